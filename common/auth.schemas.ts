import { z } from 'zod';
import { roles } from './roles.ts';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'invalid_email' }));

/** Long passphrases are encouraged; the upper bound keeps hashing cheap. */
export const passwordSchema = z.string().min(10, { error: 'password_too_short' }).max(200);

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: passwordSchema,
});
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const inviteUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1).max(200),
  role: z.enum(roles),
  /** The register record this account is for: a member sees and edits it as their own. */
  personId: z.string().min(1).nullable().optional(),
});

export const updateUserSchema = z.object({
  role: z.enum(roles),
  personId: z.string().min(1).nullable(),
});
export type InviteUserInput = z.infer<typeof inviteUserSchema>;

export const tokenSchema = z.string().min(20).max(200);

export const acceptInvitationSchema = z.object({ token: tokenSchema, password: passwordSchema });
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

export const requestPasswordResetSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({ token: tokenSchema, password: passwordSchema });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(roles),
  locale: z.enum(['fr', 'en']),
  hasPassword: z.boolean(),
  hasTwoFactor: z.boolean(),
  personId: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const sessionSchema = z.object({
  user: userSchema.nullable(),
  csrfToken: z.string().nullable(),
  /** The association requires a second factor of this account, which has none yet: enrol first. */
  mustEnrolTwoFactor: z.boolean(),
});
export type SessionView = z.infer<typeof sessionSchema>;

/** Whether any account exists: without one, the sign-in page says how to create the first administrator. */
export const firstRunSchema = z.object({ hasAccounts: z.boolean() });
export type FirstRunView = z.infer<typeof firstRunSchema>;

/** A session just opened (sign-in, accepted invitation): the account and its CSRF token. */
export const signedInSessionSchema = z.object({
  user: userSchema,
  csrfToken: z.string(),
  mustEnrolTwoFactor: z.boolean(),
});
export type SignedInSession = z.infer<typeof signedInSessionSchema>;

/** Whom an invitation link is for, shown before the password is chosen. */
export const invitationSchema = z.object({ email: z.string(), name: z.string() });
export type InvitationView = z.infer<typeof invitationSchema>;

export const userListSchema = z.object({ users: z.array(userSchema) });
export type UserList = z.infer<typeof userListSchema>;

export const userEnvelopeSchema = z.object({ user: userSchema });
export type UserEnvelope = z.infer<typeof userEnvelopeSchema>;
