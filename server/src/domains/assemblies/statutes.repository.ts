import type { Insertable, Selectable } from 'kysely';
import type { DbOrTransaction } from '../../db/database.ts';
import type { StatutesVersionsTable } from '../../db/tables.ts';

export type StatutesRow = Selectable<StatutesVersionsTable>;

/** The version in force on a day: the latest that took effect on or before it. */
export async function findStatutesRowInForce(
  db: DbOrTransaction,
  day: string,
): Promise<StatutesRow | undefined> {
  return db
    .selectFrom('statutes_versions')
    .selectAll()
    .where('effective_from', '<=', day)
    .orderBy('effective_from', 'desc')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

export async function listStatutesRows(db: DbOrTransaction): Promise<StatutesRow[]> {
  return db.selectFrom('statutes_versions').selectAll().orderBy('effective_from', 'desc').execute();
}

export async function findStatutesRow(db: DbOrTransaction, id: string): Promise<StatutesRow | undefined> {
  return db.selectFrom('statutes_versions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertStatutesRow(
  db: DbOrTransaction,
  row: Insertable<StatutesVersionsTable>,
): Promise<void> {
  await db.insertInto('statutes_versions').values(row).execute();
}
