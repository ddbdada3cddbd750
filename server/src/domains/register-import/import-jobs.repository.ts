import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbOrTransaction } from '../../db/database.ts';
import type { RegisterImportsTable } from '../../db/tables.ts';

export type ImportJobRow = Selectable<RegisterImportsTable>;

export async function insertImportJob(db: DbOrTransaction, row: Insertable<RegisterImportsTable>) {
  await db.insertInto('register_imports').values(row).execute();
}

export async function findImportJob(db: DbOrTransaction, id: string): Promise<ImportJobRow | undefined> {
  return db.selectFrom('register_imports').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateImportJob(
  db: DbOrTransaction,
  id: string,
  changes: Updateable<RegisterImportsTable>,
): Promise<void> {
  await db.updateTable('register_imports').set(changes).where('id', '=', id).execute();
}

/**
 * Marks a run as started unless one is running already (and was heard of since `staleBefore`: a
 * process that died mid-run leaves it behind) or the file was imported: whether it did.
 */
export async function claimImportJob(
  db: DbOrTransaction,
  id: string,
  changes: { phase: string; total: number | null; updated_at: string },
  staleBefore: string,
): Promise<boolean> {
  const result = await db
    .updateTable('register_imports')
    .set({ ...changes, processed: 0, is_running: 1, error: null })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('is_running', '=', 0), eb('updated_at', '<', staleBefore)]))
    .where('phase', '!=', 'imported')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The bytes of uploads still kept: what counts against the association's quota. */
export async function storedUploadBytes(db: DbOrTransaction): Promise<number> {
  const row = await db
    .selectFrom('register_imports')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('bytes'), eb.lit(0)).as('bytes'))
    .where('has_file', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.bytes);
}

export async function listExpiredImportJobs(db: DbOrTransaction, before: string): Promise<string[]> {
  const rows = await db
    .selectFrom('register_imports')
    .select('id')
    .where('created_at', '<', before)
    // A run left by a process that stopped is not heard of again: it goes too.
    .where((eb) => eb.or([eb('is_running', '=', 0), eb('updated_at', '<', before)]))
    .execute();
  return rows.map((row) => row.id);
}

export async function deleteImportJob(db: DbOrTransaction, id: string): Promise<void> {
  await db.deleteFrom('register_imports').where('id', '=', id).execute();
}

/** Files uploaded, or checked, and not imported yet (nor given up): what waits for someone's decision. */
export async function countWaitingImportJobs(db: DbOrTransaction): Promise<number> {
  const row = await db
    .selectFrom('register_imports')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('phase', 'in', ['uploaded', 'checked'])
    .where('has_file', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
