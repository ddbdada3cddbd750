import { z } from 'zod';
import { emailSchema, tokenSchema } from './auth.schemas.ts';

/** A six-digit code from the authenticator app, or one of the recovery codes. */
export const twoFactorCodeSchema = z
  .string()
  .trim()
  .min(6, { error: 'two_factor_code_format' })
  .max(40, { error: 'two_factor_code_format' });

/** The password was right; the account signs in with a second factor: this challenge awaits the code. */
export const twoFactorChallengeSchema = z.object({ twoFactorChallenge: z.string() });
export type TwoFactorChallenge = z.infer<typeof twoFactorChallengeSchema>;

export const twoFactorSignInSchema = z.object({
  email: emailSchema,
  challenge: tokenSchema,
  code: twoFactorCodeSchema,
});
export type TwoFactorSignInInput = z.infer<typeof twoFactorSignInSchema>;

export const twoFactorStatusSchema = z.object({
  isEnabled: z.boolean(),
  enabledAt: z.string().nullable(),
  recoveryCodesLeft: z.number().int(),
});
export type TwoFactorStatus = z.infer<typeof twoFactorStatusSchema>;

/** What enrolment shows once: the secret in text, its otpauth:// URI and that URI as a QR code (data: URL). */
export const twoFactorSetupSchema = z.object({
  secret: z.string(),
  uri: z.string(),
  qrCode: z.string(),
});
export type TwoFactorSetup = z.infer<typeof twoFactorSetupSchema>;

export const twoFactorConfirmSchema = z.object({ code: twoFactorCodeSchema });
export type TwoFactorConfirmInput = z.infer<typeof twoFactorConfirmSchema>;

/** The recovery codes, shown once. */
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof recoveryCodesSchema>;

export const twoFactorDisableSchema = z.object({
  password: z.string().min(1).max(200),
  code: twoFactorCodeSchema,
});
export type TwoFactorDisableInput = z.infer<typeof twoFactorDisableSchema>;

const blankAsAbsent = (value: string | undefined) => (value === '' ? undefined : value);

/**
 * New recovery codes: a current code from the app, or the password, proves it is the account's
 * owner. A field left blank is absent, as a form sends it.
 */
export const renewRecoveryCodesSchema = z
  .object({
    password: z.string().max(200).optional().transform(blankAsAbsent),
    code: z.string().trim().max(40, { error: 'two_factor_code_format' }).optional().transform(blankAsAbsent),
  })
  .refine((body) => body.password !== undefined || body.code !== undefined, {
    error: 'two_factor_code_or_password',
    path: ['code'],
  });
export type RenewRecoveryCodesInput = z.infer<typeof renewRecoveryCodesSchema>;

export const twoFactorRequirementSchema = z.object({ required: z.boolean() });
