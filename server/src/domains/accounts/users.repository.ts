import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbOrTransaction } from '../../db/database.ts';
import type { UsersTable, UserTokensTable } from '../../db/tables.ts';

export type UserRow = Selectable<UsersTable>;
export type UserTokenRow = Selectable<UserTokensTable>;

export async function findUserByEmail(db: DbOrTransaction, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findUserById(db: DbOrTransaction, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listUsers(db: DbOrTransaction): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().orderBy('name').execute();
}

export async function countUsers(db: DbOrTransaction): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertUser(db: DbOrTransaction, user: Insertable<UsersTable>): Promise<void> {
  await db.insertInto('users').values(user).execute();
}

export async function updateUser(
  db: DbOrTransaction,
  id: string,
  changes: Updateable<UsersTable>,
): Promise<void> {
  await db.updateTable('users').set(changes).where('id', '=', id).execute();
}

export async function insertUserToken(
  db: DbOrTransaction,
  token: Insertable<UserTokensTable>,
): Promise<void> {
  await db.insertInto('user_tokens').values(token).execute();
}

export async function findUserToken(
  db: DbOrTransaction,
  tokenHash: string,
  purpose: string,
): Promise<UserTokenRow | undefined> {
  return db
    .selectFrom('user_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('purpose', '=', purpose)
    .executeTakeFirst();
}

/** Marks a token used; returns false when another request used it first. */
export async function consumeUserToken(db: DbOrTransaction, id: string, usedAt: string): Promise<boolean> {
  const result = await db
    .updateTable('user_tokens')
    .set({ used_at: usedAt })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A new link voids the earlier unused ones of the same purpose. */
export async function voidUserTokens(db: DbOrTransaction, userId: string, purpose: string, at: string) {
  await db
    .updateTable('user_tokens')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
}

/** Removes an account that never got its invitation: its tokens go with it. */
export async function deleteUser(db: DbOrTransaction, id: string): Promise<void> {
  await db.deleteFrom('users').where('id', '=', id).execute();
}

/** Whether the register holds this person, whom an account may be linked to. */
export async function personExists(db: DbOrTransaction, personId: string): Promise<boolean> {
  const row = await db.selectFrom('persons').select('id').where('id', '=', personId).executeTakeFirst();
  return row !== undefined;
}
