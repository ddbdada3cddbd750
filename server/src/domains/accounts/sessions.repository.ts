import type { Insertable, Selectable } from 'kysely';
import type { DbOrTransaction } from '../../db/database.ts';
import type { SessionsTable } from '../../db/tables.ts';
import type { UserRow } from './users.repository.ts';

export type SessionRow = Selectable<SessionsTable>;

export async function insertSession(db: DbOrTransaction, session: Insertable<SessionsTable>): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

export async function findLiveSession(
  db: DbOrTransaction,
  id: string,
  now: string,
): Promise<{ session: SessionRow; user: UserRow } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select([
      'sessions.id as session_id',
      'sessions.csrf_token as session_csrf_token',
      'sessions.created_at as session_created_at',
      'sessions.expires_at as session_expires_at',
      'sessions.last_seen_at as session_last_seen_at',
    ])
    .where('sessions.id', '=', id)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return undefined;
  const {
    session_id,
    session_csrf_token,
    session_created_at,
    session_expires_at,
    session_last_seen_at,
    ...user
  } = row;
  return {
    session: {
      id: session_id,
      user_id: user.id,
      csrf_token: session_csrf_token,
      created_at: session_created_at,
      expires_at: session_expires_at,
      last_seen_at: session_last_seen_at,
    },
    user,
  };
}

export async function touchSession(db: DbOrTransaction, id: string, lastSeenAt: string, expiresAt: string) {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

export async function deleteSession(db: DbOrTransaction, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Signs a user out everywhere but, optionally, the session that asked. */
export async function deleteUserSessions(db: DbOrTransaction, userId: string, keepSessionId?: string) {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepSessionId) query = query.where('id', '!=', keepSessionId);
  await query.execute();
}

export async function deleteExpiredSessions(db: DbOrTransaction, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}
