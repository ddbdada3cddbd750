import { sql, type Transaction } from 'kysely';
import type { Database } from './database.ts';
import type { Tables } from './tables.ts';

/**
 * A transaction that is on disk when it returns. SQLite runs WAL with synchronous=NORMAL, where
 * a commit may be lost on power failure; this one runs with synchronous=FULL, so the WAL is
 * fsync'd at commit. The single SQLite connection is held throughout, so no other write slips in
 * between. PostgreSQL commits durably already (synchronous_commit on).
 */
export async function durableTransaction<T>(
  database: Database,
  work: (transaction: Transaction<Tables>) => Promise<T>,
): Promise<T> {
  if (database.engine !== 'sqlite') return database.db.transaction().execute(work);
  return database.db.connection().execute(async (connection) => {
    await sql`pragma synchronous = FULL`.execute(connection);
    try {
      return await connection.transaction().execute(work);
    } finally {
      await sql`pragma synchronous = NORMAL`.execute(connection);
    }
  });
}
