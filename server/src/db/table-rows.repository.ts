import { sql } from 'kysely';
import type { DbOrTransaction, Engine } from './database.ts';
import type { TableName } from './tables.ts';

/**
 * Whole-table reads and writes that know no domain, for the engine-neutral archives
 * (server/src/backup/archive.ts): every table of the schema is read and written alike.
 */

/** One batch of a table's rows in id order, after `afterId`; the same order on both engines. */
export async function readRowsAfter(
  db: DbOrTransaction,
  engine: Engine,
  table: TableName,
  afterId: string | null,
  limit: number,
): Promise<Record<string, unknown>[]> {
  // PostgreSQL compares text by locale; "C" makes its order the byte order SQLite uses.
  const idColumn = engine === 'postgres' ? sql`id collate "C"` : sql`id`;
  let query = db.selectFrom(table).selectAll().orderBy(idColumn).limit(limit);
  if (afterId !== null) query = query.where(sql<boolean>`${idColumn} > ${afterId}`);
  return (await query.execute()) as Record<string, unknown>[];
}

/** The first of these tables that holds a row, if any. */
export async function firstFilledTable(
  db: DbOrTransaction,
  tables: readonly TableName[],
): Promise<TableName | undefined> {
  for (const table of tables) {
    const row = await db.selectFrom(table).select('id').limit(1).executeTakeFirst();
    if (row) return table;
  }
  return undefined;
}

/** Inserts rows as they were archived (every column given). */
export async function insertRows(
  db: DbOrTransaction,
  table: TableName,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto(table)
    .values(rows as never)
    .execute();
}

/** Gathers the planner's statistics of every table (ANALYZE), as a freshly loaded database has none. */
export async function analyzeTables(db: DbOrTransaction): Promise<void> {
  await sql`analyze`.execute(db);
}
