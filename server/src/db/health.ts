import { sql } from 'kysely';
import type { DbOrTransaction } from './database.ts';

/** Whether the database answers: throws when it does not (the health route answers 503). */
export async function pingDatabase(db: DbOrTransaction): Promise<void> {
  await sql`select 1`.execute(db);
}
