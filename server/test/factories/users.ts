import type { Role } from '../../../common/roles.ts';
import { toSessionUser, withoutTwoFactor, type SessionUser } from '../../src/domains/accounts/accounts.ts';
import { hashPassword } from '../../src/domains/accounts/passwords.ts';
import { insertUser, type UserRow } from '../../src/domains/accounts/users.repository.ts';
import { newId, nowIso } from '../../src/ids.ts';
import type { ServiceContext } from '../../src/context.ts';

export const testPassword = 'correct horse battery';

let sequence = 0;

/** An account with a known password, created straight in the database. */
export async function createUser(
  context: ServiceContext,
  options: { role?: Role; email?: string; name?: string; password?: string } = {},
): Promise<UserRow> {
  sequence += 1;
  const now = nowIso();
  const user: UserRow = {
    id: newId(),
    email: options.email ?? `user${sequence}-${Date.now()}@example.org`,
    name: options.name ?? `Utilisateur ${sequence}`,
    role: options.role ?? 'member',
    locale: 'fr',
    password_hash: await hashPassword(options.password ?? testPassword),
    person_id: null,
    ...withoutTwoFactor,
    created_at: now,
    updated_at: now,
  };
  await insertUser(context.database.db, user);
  return user;
}

/** The signed-in user a service call acts as, for services that need one. */
export async function createActor(
  context: ServiceContext,
  options: { role?: Role } = {},
): Promise<SessionUser> {
  return toSessionUser(await createUser(context, { role: options.role ?? 'administrator' }));
}
