import type {
  RecoveryCodes,
  TwoFactorSetup,
  TwoFactorStatus,
} from '../../../../common/two-factor.schemas.ts';
import type { AssociationView } from '../../../../common/association.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { AppError, invalidField } from '../../http/app-error.ts';
import { hashToken, newId, nowIso } from '../../ids.ts';
import { getAssociation, writeTwoFactorRequirement } from '../association/association.service.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import { withoutTwoFactor, type SessionUser } from './accounts.ts';
import { signInWithChallenge, type OpenedSession } from './accounts.service.ts';
import { verifyPassword } from './passwords.ts';
import { deleteUserSessions } from './sessions.repository.ts';
import {
  acceptedTotpStep,
  isTotpCode,
  newRecoveryCode,
  newTotpSecret,
  normaliseRecoveryCode,
  qrCodeDataUrl,
  recoveryCodeCount,
  totpUri,
} from './two-factor.ts';
import {
  acceptTotpStep,
  countUnusedRecoveryCodes,
  deleteRecoveryCodes,
  insertRecoveryCodes,
  useRecoveryCode,
} from './two-factor.repository.ts';
import { findUserByEmail, findUserById, updateUser, type UserRow } from './users.repository.ts';

async function requireAccount(context: ServiceContext, userId: string): Promise<UserRow> {
  const user = await findUserById(context.database.db, userId);
  if (!user) throw new AppError('user_not_found');
  return user;
}

export async function twoFactorStatus(context: ServiceContext, userId: string): Promise<TwoFactorStatus> {
  const user = await requireAccount(context, userId);
  return {
    isEnabled: user.totp_enabled_at !== null,
    enabledAt: user.totp_enabled_at,
    recoveryCodesLeft:
      user.totp_enabled_at === null ? 0 : await countUnusedRecoveryCodes(context.database.db, user.id),
  };
}

/**
 * Starts enrolment: a new secret kept aside until a first code confirms it. Shown this once (and again
 * only by starting over); once confirmed it never leaves the server.
 */
export async function startTwoFactorEnrolment(
  context: ServiceContext,
  { actor }: { actor: SessionUser },
): Promise<TwoFactorSetup> {
  const user = await requireAccount(context, actor.id);
  if (user.totp_enabled_at !== null) throw new AppError('two_factor_already_enabled');
  const secret = newTotpSecret();
  await updateUser(context.database.db, user.id, { totp_pending_secret: secret, updated_at: nowIso() });
  const association = await getAssociation(context);
  const uri = totpUri(secret, { issuer: `Quorum ${association.shortName}`, label: user.email });
  return { secret, uri, qrCode: await qrCodeDataUrl(uri) };
}

/** Eight new recovery codes in place of the old ones, which stop working; their hashes only are kept. */
async function replaceRecoveryCodes(
  transaction: DbOrTransaction,
  userId: string,
  now: string,
): Promise<string[]> {
  const recoveryCodes = Array.from({ length: recoveryCodeCount }, newRecoveryCode);
  await deleteRecoveryCodes(transaction, userId);
  await insertRecoveryCodes(
    transaction,
    recoveryCodes.map((recoveryCode) => ({
      id: newId(),
      user_id: userId,
      code_hash: hashToken(normaliseRecoveryCode(recoveryCode)),
      used_at: null,
      created_at: now,
    })),
  );
  return recoveryCodes;
}

/**
 * A first code from the app confirms the secret; the eight recovery codes are shown this once. The
 * account's other sessions are signed out: whoever opened them signs in again, with the code.
 */
export async function confirmTwoFactorEnrolment(
  context: ServiceContext,
  { actor, sessionId, code }: { actor: SessionUser; sessionId: string; code: string },
): Promise<RecoveryCodes> {
  const user = await requireAccount(context, actor.id);
  if (user.totp_enabled_at !== null) throw new AppError('two_factor_already_enabled');
  if (!user.totp_pending_secret) throw new AppError('two_factor_not_started');
  const step = isTotpCode(code) ? acceptedTotpStep(user.totp_pending_secret, code) : null;
  if (step === null) throw invalidField('body.code', 'invalid_two_factor_code');
  const now = nowIso();
  const recoveryCodes = await context.database.db.transaction().execute(async (transaction) => {
    await updateUser(transaction, user.id, {
      totp_secret: user.totp_pending_secret,
      totp_pending_secret: null,
      totp_enabled_at: now,
      totp_last_step: step,
      updated_at: now,
    });
    const codes = await replaceRecoveryCodes(transaction, user.id, now);
    await deleteUserSessions(transaction, user.id, sessionId);
    await recordAuditEvent(transaction, {
      actorUserId: user.id,
      action: 'user.two_factor_enabled',
      subjectType: 'user',
      subjectId: user.id,
    });
    return codes;
  });
  return { recoveryCodes };
}

/**
 * New recovery codes, shown this once, for someone who used some or fears theirs were seen: a current
 * code from the app, or the password, proves it is them. The old codes stop working.
 */
export async function renewRecoveryCodes(
  context: ServiceContext,
  { actor, password, code }: { actor: SessionUser; password?: string | undefined; code?: string | undefined },
): Promise<RecoveryCodes> {
  const user = await requireAccount(context, actor.id);
  if (user.totp_enabled_at === null || !user.totp_secret) throw new AppError('two_factor_not_enabled');
  if (code !== undefined) {
    const step = isTotpCode(code) ? acceptedTotpStep(user.totp_secret, code) : null;
    if (step === null || !(await acceptTotpStep(context.database.db, user.id, step))) {
      throw invalidField('body.code', 'invalid_two_factor_code');
    }
  } else if (!user.password_hash || !(await verifyPassword(user.password_hash, password ?? ''))) {
    throw invalidField('body.password', 'invalid_credentials_current_password');
  }
  const recoveryCodes = await context.database.db.transaction().execute(async (transaction) => {
    const codes = await replaceRecoveryCodes(transaction, user.id, nowIso());
    await recordAuditEvent(transaction, {
      actorUserId: user.id,
      action: 'user.recovery_codes_renewed',
      subjectType: 'user',
      subjectId: user.id,
      details: { provedWith: code !== undefined ? 'code' : 'password' },
    });
    return codes;
  });
  return { recoveryCodes };
}

/**
 * Whether a code proves the second factor now: a TOTP code of a step later than the last accepted,
 * or an unused recovery code (then used up, and audited).
 */
async function acceptSecondFactor(context: ServiceContext, user: UserRow, code: string): Promise<boolean> {
  if (!user.totp_secret) return false;
  const { db } = context.database;
  if (isTotpCode(code)) {
    const step = acceptedTotpStep(user.totp_secret, code);
    return step !== null && (await acceptTotpStep(db, user.id, step));
  }
  return db.transaction().execute(async (transaction) => {
    const isUsed = await useRecoveryCode(
      transaction,
      user.id,
      hashToken(normaliseRecoveryCode(code)),
      nowIso(),
    );
    if (!isUsed) return false;
    await recordAuditEvent(transaction, {
      actorUserId: user.id,
      action: 'user.recovery_code_used',
      subjectType: 'user',
      subjectId: user.id,
      details: { left: await countUnusedRecoveryCodes(transaction, user.id) },
    });
    return true;
  });
}

/** The sign-in's second step: the challenge the password step gave, and a code or a recovery code. */
export async function completeTwoFactorSignIn(
  context: ServiceContext,
  options: { email: string; challenge: string; code: string },
): Promise<OpenedSession> {
  return signInWithChallenge(context, options, (user) => acceptSecondFactor(context, user, options.code));
}

/** Turns the second factor off: the password and a current code (or a recovery code) are both asked. */
export async function disableTwoFactor(
  context: ServiceContext,
  { actor, password, code }: { actor: SessionUser; password: string; code: string },
): Promise<void> {
  const user = await requireAccount(context, actor.id);
  if (user.totp_enabled_at === null) throw new AppError('two_factor_not_enabled');
  if (!user.password_hash || !(await verifyPassword(user.password_hash, password))) {
    throw invalidField('body.password', 'invalid_credentials_current_password');
  }
  if (!(await acceptSecondFactor(context, user, code))) {
    throw invalidField('body.code', 'invalid_two_factor_code');
  }
  await removeTwoFactor(context, user, { actorUserId: user.id, action: 'user.two_factor_disabled' });
}

async function removeTwoFactor(
  context: ServiceContext,
  user: UserRow,
  audit: { actorUserId: string | null; action: string; details?: Record<string, unknown> },
  options: { signOutEverywhere?: boolean } = {},
): Promise<void> {
  await context.database.db.transaction().execute(async (transaction) => {
    await updateUser(transaction, user.id, { ...withoutTwoFactor, updated_at: nowIso() });
    await deleteRecoveryCodes(transaction, user.id);
    if (options.signOutEverywhere) await deleteUserSessions(transaction, user.id);
    await recordAuditEvent(transaction, {
      ...audit,
      subjectType: 'user',
      subjectId: user.id,
    });
  });
}

/**
 * From the command line, for someone who lost their device and their recovery codes: the account
 * signs in with its password alone again (and, if the association requires it, enrols anew). Every
 * session it has open is signed out: one opened with the lost device is no longer trusted.
 */
export async function resetTwoFactor(
  context: ServiceContext,
  { email }: { email: string },
): Promise<UserRow> {
  const user = await findUserByEmail(context.database.db, email);
  if (!user) throw invalidField('email', 'user_not_found');
  await removeTwoFactor(
    context,
    user,
    {
      actorUserId: null,
      action: 'user.two_factor_reset',
      details: { via: 'cli', wasEnabled: user.totp_enabled_at !== null },
    },
    { signOutEverywhere: true },
  );
  return user;
}

/**
 * An administrator turns the requirement on or off. Turning it on asks that they have a second factor
 * themselves, so that nobody locks themselves out by turning it on.
 */
export async function setTwoFactorRequirement(
  context: ServiceContext,
  { actor, required }: { actor: SessionUser; required: boolean },
): Promise<AssociationView> {
  const user = await requireAccount(context, actor.id);
  if (required && user.totp_enabled_at === null)
    throw invalidField('body.required', 'two_factor_enrol_first');
  await context.database.db
    .transaction()
    .execute((transaction) => writeTwoFactorRequirement(context, transaction, { actor, required }));
  return getAssociation(context);
}
