import type {
  FirstRunView,
  SessionView,
  SignedInSession,
  UserList,
} from '../../../../common/auth.schemas.ts';
import { twoFactorRoles, type Role } from '../../../../common/roles.ts';
import type { ServiceContext } from '../../context.ts';
import { AppError, invalidField } from '../../http/app-error.ts';
import { hashToken, isoAfter, newId, newSecretToken, nowIso } from '../../ids.ts';
import { getAssociation, isTwoFactorRequired } from '../association/association.service.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import {
  invitationLifetimeMs,
  presentUser,
  languageOf,
  passwordResetLifetimeMs,
  sessionAbsoluteLifetimeMs,
  sessionLifetimeMs,
  sessionTouchIntervalMs,
  toSessionUser,
  twoFactorChallengeLifetimeMs,
  type SessionUser,
  type TokenPurpose,
  withoutTwoFactor,
} from './accounts.ts';
import { invitationMail, passwordResetMail } from './accounts.mails.ts';
import { canManageUsers } from './accounts.policy.ts';
import { hashPassword, verifyAgainstNothing, verifyPassword } from './passwords.ts';
import {
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  findLiveSession,
  insertSession,
  touchSession,
} from './sessions.repository.ts';
import {
  consumeUserToken,
  countUsers,
  deleteUser,
  findUserByEmail,
  findUserById,
  findUserToken,
  insertUser,
  insertUserToken,
  listUsers,
  personExists,
  updateUser,
  voidUserTokens,
  type UserRow,
} from './users.repository.ts';

export interface OpenedSession {
  user: UserRow;
  /** The cookie's value; only its hash is stored. */
  token: string;
  csrfToken: string;
}

export interface LoadedSession {
  user: SessionUser;
  sessionId: string;
  csrfToken: string;
}

async function openSession(context: ServiceContext, user: UserRow): Promise<OpenedSession> {
  const token = newSecretToken();
  const csrfToken = newSecretToken();
  const now = nowIso();
  await insertSession(context.database.db, {
    id: hashToken(token),
    user_id: user.id,
    csrf_token: csrfToken,
    created_at: now,
    last_seen_at: now,
    expires_at: isoAfter(sessionLifetimeMs),
  });
  return { user, token, csrfToken };
}

/**
 * The password step. An account with a second factor gets no session yet: a challenge, which the
 * code (or a recovery code) turns into one (`completeTwoFactorSignIn`).
 */
export async function signIn(
  context: ServiceContext,
  { email, password }: { email: string; password: string },
): Promise<OpenedSession | { twoFactorChallenge: string }> {
  const user = await findUserByEmail(context.database.db, email);
  const isValid = user?.password_hash
    ? await verifyPassword(user.password_hash, password)
    : await verifyAgainstNothing(password);
  if (!user || !isValid) throw new AppError('invalid_credentials');
  await deleteExpiredSessions(context.database.db, nowIso());
  if (user.totp_enabled_at !== null) {
    const challenge = await context.database.db
      .transaction()
      .execute((transaction) =>
        issueToken(context, transaction, user, 'two_factor_sign_in', twoFactorChallengeLifetimeMs),
      );
    return { twoFactorChallenge: challenge };
  }
  return openSession(context, user);
}

/** The second step: a live challenge for this account turns into a session once `isAccepted` passes. */
export async function signInWithChallenge(
  context: ServiceContext,
  { email, challenge }: { email: string; challenge: string },
  isAccepted: (user: UserRow) => Promise<boolean>,
): Promise<OpenedSession> {
  const row = await findUserToken(context.database.db, hashToken(challenge), 'two_factor_sign_in');
  const user = row ? await findUserById(context.database.db, row.user_id) : undefined;
  if (!row || !user || row.used_at !== null || row.expires_at <= nowIso() || user.email !== email) {
    throw new AppError('two_factor_challenge_expired');
  }
  if (!(await isAccepted(user))) {
    throw new AppError('invalid_two_factor_code', undefined, {
      errors: [{ path: 'body.code', message: 'invalid_two_factor_code' }],
    });
  }
  if (!(await consumeUserToken(context.database.db, row.id, nowIso()))) {
    throw new AppError('two_factor_challenge_expired');
  }
  return openSession(context, user);
}

/** Finds the session a cookie names, sliding its expiry forward now and then. */
export async function loadSession(
  context: ServiceContext,
  token: string,
): Promise<LoadedSession | undefined> {
  const now = new Date();
  const found = await findLiveSession(context.database.db, hashToken(token), now.toISOString());
  if (!found) return undefined;
  const endOfLife = Date.parse(found.session.created_at) + sessionAbsoluteLifetimeMs;
  if (now.getTime() >= endOfLife) {
    await deleteSession(context.database.db, found.session.id);
    return undefined;
  }
  if (now.getTime() - Date.parse(found.session.last_seen_at) > sessionTouchIntervalMs) {
    const slid = Math.min(now.getTime() + sessionLifetimeMs, endOfLife);
    await touchSession(
      context.database.db,
      found.session.id,
      now.toISOString(),
      new Date(slid).toISOString(),
    );
  }
  return {
    user: toSessionUser(found.user),
    sessionId: found.session.id,
    csrfToken: found.session.csrf_token,
  };
}

/**
 * Whether Quorum has no account yet: the sign-in page then says how to create the first administrator
 * (`quorum admin create`, on the server's machine: nobody can claim the first account from the web).
 */
export async function firstRunState(context: ServiceContext): Promise<FirstRunView> {
  return { hasAccounts: (await countUsers(context.database.db)) > 0 };
}

/** The signed-in account as it stands now (its role may have changed), and its CSRF token. */
export async function currentSession(
  context: ServiceContext,
  user: SessionUser | null,
  csrfToken: string | null,
): Promise<SessionView> {
  if (!user) return { user: null, csrfToken: null, mustEnrolTwoFactor: false };
  const row = await findUserById(context.database.db, user.id);
  if (!row) return { user: null, csrfToken, mustEnrolTwoFactor: false };
  const presented = presentUser(row);
  return { user: presented, csrfToken, mustEnrolTwoFactor: await mustEnrolTwoFactor(context, presented) };
}

/** What a route answers when it opened a session. */
export async function signedInView(context: ServiceContext, opened: OpenedSession): Promise<SignedInSession> {
  const user = presentUser(opened.user);
  return { user, csrfToken: opened.csrfToken, mustEnrolTwoFactor: await mustEnrolTwoFactor(context, user) };
}

/** The association requires a second factor of this account's role, and it has none yet. */
export async function mustEnrolTwoFactor(
  context: ServiceContext,
  user: Pick<SessionUser, 'role' | 'hasTwoFactor'>,
): Promise<boolean> {
  if (user.hasTwoFactor || !twoFactorRoles.includes(user.role)) return false;
  return isTwoFactorRequired(context);
}

/** Every account, for the administrators' page. */
export async function listUserAccounts(context: ServiceContext): Promise<UserList> {
  return { users: (await listUsers(context.database.db)).map(presentUser) };
}

export async function signOut(context: ServiceContext, sessionId: string): Promise<void> {
  await deleteSession(context.database.db, sessionId);
}

export async function changePassword(
  context: ServiceContext,
  options: { userId: string; sessionId: string; currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await findUserById(context.database.db, options.userId);
  if (!user?.password_hash || !(await verifyPassword(user.password_hash, options.currentPassword))) {
    throw new AppError(
      'invalid_credentials',
      { context: 'current_password' },
      {
        errors: [{ path: 'body.currentPassword', message: 'invalid_credentials' }],
      },
    );
  }
  const passwordHash = await hashPassword(options.newPassword);
  await context.database.db.transaction().execute(async (transaction) => {
    await updateUser(transaction, user.id, { password_hash: passwordHash, updated_at: nowIso() });
    // Other devices signed in with the old password are signed out.
    await deleteUserSessions(transaction, user.id, options.sessionId);
    await recordAuditEvent(transaction, {
      actorUserId: user.id,
      action: 'user.password_changed',
      subjectType: 'user',
      subjectId: user.id,
    });
  });
}

async function issueToken(
  context: ServiceContext,
  transaction: ServiceContext['database']['db'],
  user: UserRow,
  purpose: TokenPurpose,
  lifetimeMs: number,
): Promise<string> {
  const token = newSecretToken();
  const now = nowIso();
  await voidUserTokens(transaction, user.id, purpose, now);
  await insertUserToken(transaction, {
    id: newId(),
    user_id: user.id,
    purpose,
    token_hash: hashToken(token),
    expires_at: isoAfter(lifetimeMs),
    used_at: null,
    created_at: now,
  });
  return token;
}

export interface InviteUserOptions {
  actor: SessionUser | null;
  email: string;
  name: string;
  role: Role;
  personId?: string | null | undefined;
}

async function assertPersonExists(
  context: ServiceContext,
  personId: string | null | undefined,
): Promise<void> {
  if (!personId) return;
  if (!(await personExists(context.database.db, personId)))
    throw invalidField('body.personId', 'unknown_person');
}

/** An administrator changes an account's role or the register record it is for. */
export async function updateUserAccount(
  context: ServiceContext,
  options: { actor: SessionUser; userId: string; role: Role; personId: string | null },
): Promise<UserRow> {
  await assertPersonExists(context, options.personId);
  await context.database.db.transaction().execute(async (transaction) => {
    const user = await findUserById(transaction, options.userId);
    if (!user) throw new AppError('user_not_found');
    if (user.id === options.actor.id && options.role !== 'administrator') {
      throw invalidField('body.role', 'cannot_demote_self');
    }
    await updateUser(transaction, user.id, {
      role: options.role,
      person_id: options.personId,
      updated_at: nowIso(),
    });
    if (user.role !== options.role) await deleteUserSessions(transaction, user.id);
    await recordAuditEvent(transaction, {
      actorUserId: options.actor.id,
      action: 'user.updated',
      subjectType: 'user',
      subjectId: user.id,
      details: {
        from: { role: user.role, personId: user.person_id },
        to: { role: options.role, personId: options.personId },
      },
    });
  });
  return (await findUserById(context.database.db, options.userId))!;
}

/** Creates an account without a password and e-mails the link that lets its owner choose one. */
export async function inviteUser(context: ServiceContext, options: InviteUserOptions): Promise<UserRow> {
  if (options.actor && !canManageUsers(options.actor)) throw new AppError('invitations_admin_only');
  const { db } = context.database;
  await assertPersonExists(context, options.personId);
  if (await findUserByEmail(db, options.email)) {
    throw new AppError(
      'email_taken',
      { context: 'account', email: options.email },
      {
        errors: [{ path: 'body.email', message: 'email_taken' }],
      },
    );
  }
  const now = nowIso();
  const user: UserRow = {
    id: newId(),
    email: options.email,
    name: options.name,
    role: options.role,
    locale: options.actor?.locale ?? 'fr',
    password_hash: null,
    person_id: options.personId ?? null,
    ...withoutTwoFactor,
    created_at: now,
    updated_at: now,
  };
  const token = await db.transaction().execute(async (transaction) => {
    await insertUser(transaction, user);
    await recordAuditEvent(transaction, {
      actorUserId: options.actor?.id ?? null,
      action: 'user.invited',
      subjectType: 'user',
      subjectId: user.id,
      details: { email: user.email, role: user.role },
    });
    return issueToken(context, transaction, user, 'invitation', invitationLifetimeMs);
  });
  const association = await getAssociation(context);
  try {
    await context.mailer.send(
      invitationMail({
        to: user.email,
        name: user.name,
        link: `${context.config.publicUrl}/invitation#${token}`,
        associationName: association.name,
        locale: languageOf(user),
      }),
    );
  } catch (error) {
    // Without the e-mail the invitation is useless: undo it whole so it can be sent again.
    await deleteUser(db, user.id);
    throw new AppError('invitation_mail_failed', undefined, {
      internal: `invitation mail to ${user.email} failed: ${String(error)}`,
    });
  }
  return user;
}

async function liveToken(context: ServiceContext, token: string, purpose: TokenPurpose) {
  const row = await findUserToken(context.database.db, hashToken(token), purpose);
  if (!row || row.used_at !== null || row.expires_at <= nowIso()) {
    throw new AppError('token_invalid', { context: 'expired' });
  }
  const user = await findUserById(context.database.db, row.user_id);
  if (!user) throw new AppError('token_invalid', { context: 'no_account' });
  return { row, user };
}

export async function describeInvitation(context: ServiceContext, token: string) {
  const { user } = await liveToken(context, token, 'invitation');
  return { email: user.email, name: user.name };
}

async function setPasswordWithToken(
  context: ServiceContext,
  { token, password, purpose }: { token: string; password: string; purpose: TokenPurpose },
): Promise<UserRow> {
  const { row, user } = await liveToken(context, token, purpose);
  const passwordHash = await hashPassword(password);
  await context.database.db.transaction().execute(async (transaction) => {
    if (!(await consumeUserToken(transaction, row.id, nowIso()))) {
      throw new AppError('token_invalid', { context: 'used' });
    }
    await updateUser(transaction, user.id, { password_hash: passwordHash, updated_at: nowIso() });
    await deleteUserSessions(transaction, user.id);
    await recordAuditEvent(transaction, {
      actorUserId: user.id,
      action: purpose === 'invitation' ? 'user.invitation_accepted' : 'user.password_reset',
      subjectType: 'user',
      subjectId: user.id,
    });
  });
  return { ...user, password_hash: passwordHash };
}

export async function acceptInvitation(
  context: ServiceContext,
  options: { token: string; password: string },
): Promise<OpenedSession> {
  const user = await setPasswordWithToken(context, { ...options, purpose: 'invitation' });
  return openSession(context, user);
}

/**
 * Answers the same way, at once, whether or not the address has an account: the link is issued and
 * mailed after the answer, and a mail failure goes to the log, not to the caller.
 */
export async function requestPasswordReset(
  context: ServiceContext,
  { email }: { email: string },
): Promise<void> {
  void sendPasswordReset(context, email).catch((error: unknown) => {
    context.logger.error({ err: error, email }, 'password reset mail failed');
  });
}

async function sendPasswordReset(context: ServiceContext, email: string): Promise<void> {
  const user = await findUserByEmail(context.database.db, email);
  if (!user) {
    context.logger.info({ email }, 'password reset asked for an unknown e-mail');
    return;
  }
  const token = await context.database.db
    .transaction()
    .execute((transaction) =>
      issueToken(context, transaction, user, 'password_reset', passwordResetLifetimeMs),
    );
  const association = await getAssociation(context);
  await context.mailer.send(
    passwordResetMail({
      to: user.email,
      name: user.name,
      link: `${context.config.publicUrl}/password/reset#${token}`,
      associationName: association.name,
      locale: languageOf(user),
    }),
  );
}

export async function resetPassword(context: ServiceContext, options: { token: string; password: string }) {
  await setPasswordWithToken(context, { ...options, purpose: 'password_reset' });
}

/** The first administrator, from the command line. */
export async function createAdministrator(
  context: ServiceContext,
  options: { email: string; name: string; password: string },
): Promise<UserRow> {
  const { db } = context.database;
  const existing = await findUserByEmail(db, options.email);
  if (existing) throw invalidField('email', 'email_taken_account', { email: options.email });
  const now = nowIso();
  const user: UserRow = {
    id: newId(),
    email: options.email,
    name: options.name,
    role: 'administrator',
    locale: 'fr',
    password_hash: await hashPassword(options.password),
    person_id: null,
    ...withoutTwoFactor,
    created_at: now,
    updated_at: now,
  };
  await db.transaction().execute(async (transaction) => {
    await insertUser(transaction, user);
    await recordAuditEvent(transaction, {
      actorUserId: null,
      action: 'user.administrator_created',
      subjectType: 'user',
      subjectId: user.id,
      details: { email: user.email, via: 'cli' },
    });
  });
  return user;
}
