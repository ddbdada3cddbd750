import { z } from 'zod';
import { passwordSchema } from '../../../../common/auth.schemas.ts';

/** A new password typed twice: the server only ever receives `password`. */
export const newPasswordFormSchema = z
  .object({ password: passwordSchema, confirmation: z.string() })
  .refine((values) => values.password === values.confirmation, {
    path: ['confirmation'],
    error: 'passwords_do_not_match',
  });

export const newPasswordInitialValues = { password: '', confirmation: '' };
