import { isLanguage, type Language } from '../../../../common/i18n/messages.ts';
import type { Role } from '../../../../common/roles.ts';
import type { User } from '../../../../common/auth.schemas.ts';
import type { UserRow } from './users.repository.ts';

export const sessionLifetimeMs = 14 * 24 * 3600 * 1000;
/**
 * However active, a session ends this long after its sign-in: a stolen cookie cannot be kept alive
 * forever by using it.
 */
export const sessionAbsoluteLifetimeMs = 30 * 24 * 3600 * 1000;
/** A session's expiry slides forward at most this often, to spare a write per request. */
export const sessionTouchIntervalMs = 5 * 60 * 1000;
export const invitationLifetimeMs = 7 * 24 * 3600 * 1000;
export const passwordResetLifetimeMs = 60 * 60 * 1000;

export type TokenPurpose = 'invitation' | 'password_reset' | 'two_factor_sign_in';

/** Between the password and the second factor: the time to type a code. */
export const twoFactorChallengeLifetimeMs = 5 * 60 * 1000;

/** The two-factor columns of an account that has none. */
export const withoutTwoFactor = {
  totp_secret: null,
  totp_pending_secret: null,
  totp_enabled_at: null,
  totp_last_step: null,
} as const;

/** The signed-in account, as routes and policies see it. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: Language;
  /** Signs in with a second factor (TOTP). */
  hasTwoFactor: boolean;
}

/** The language an account reads Quorum in: its own, French when unknown. */
export function languageOf(row: Pick<UserRow, 'locale'>): Language {
  return isLanguage(row.locale) ? row.locale : 'fr';
}

export function toSessionUser(row: UserRow): SessionUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    locale: languageOf(row),
    hasTwoFactor: row.totp_enabled_at !== null,
  };
}

/** What leaves the server about an account: never the password hash. */
export function presentUser(row: UserRow): User {
  return {
    ...toSessionUser(row),
    hasPassword: row.password_hash !== null,
    personId: row.person_id,
    createdAt: row.created_at,
  };
}
