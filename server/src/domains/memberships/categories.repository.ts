import type { Insertable, Updateable } from 'kysely';
import type { DbOrTransaction } from '../../db/database.ts';
import type { MembershipCategoriesTable, MembershipRatesTable } from '../../db/tables.ts';
import { nextVersion } from '../../db/record-version.ts';

export async function listCategoryRows(db: DbOrTransaction) {
  return db.selectFrom('membership_categories').selectAll().orderBy('position').orderBy('code').execute();
}

export async function findCategoryRow(db: DbOrTransaction, code: string) {
  return db.selectFrom('membership_categories').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function insertCategoryRow(
  db: DbOrTransaction,
  row: Omit<Insertable<MembershipCategoriesTable>, 'position'>,
) {
  const last = await db
    .selectFrom('membership_categories')
    .select((builder) => builder.fn.max('position').as('position'))
    .executeTakeFirst();
  await db
    .insertInto('membership_categories')
    .values({ ...row, position: Number(last?.position ?? 0) + 1 })
    .execute();
}

/** Changes a category and raises its version; false (nothing changed) when `expectedVersion` is no longer its version. */
export async function updateCategoryRow(
  db: DbOrTransaction,
  code: string,
  changes: Updateable<MembershipCategoriesTable>,
  expectedVersion?: number,
): Promise<boolean> {
  let query = db
    .updateTable('membership_categories')
    .set({ ...changes, version: nextVersion })
    .where('code', '=', code);
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
  const result = await query.executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** A category's new code, carried to the fee grids, rates and budget fee lines that name it. */
export async function renameCategoryCode(db: DbOrTransaction, from: string, to: string) {
  await db
    .updateTable('membership_categories')
    .set({ code: to, version: nextVersion })
    .where('code', '=', from)
    .execute();
  await db.updateTable('fee_grid_entries').set({ category: to }).where('category', '=', from).execute();
  await db
    .updateTable('membership_rates')
    .set({ category: to, version: nextVersion })
    .where('category', '=', from)
    .execute();
  await db.updateTable('budget_lines').set({ fee_category: to }).where('fee_category', '=', from).execute();
}

export async function deleteCategoryRow(db: DbOrTransaction, code: string) {
  await db.deleteFrom('membership_categories').where('code', '=', code).execute();
}

/** The categories' order; their versions stay (a form open on one is not made stale by moving it). */
export async function setCategoryPositions(db: DbOrTransaction, codes: readonly string[], now: string) {
  for (const [index, code] of codes.entries())
    await db
      .updateTable('membership_categories')
      .set({ position: index + 1, updated_at: now })
      .where('code', '=', code)
      .execute();
}

/** How many memberships each category has, over every year. */
export async function countMembershipsPerCategory(db: DbOrTransaction): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('memberships')
    .select(['category', (builder) => builder.fn.countAll<number>().as('count')])
    .groupBy('category')
    .execute();
  return new Map(rows.map((row) => [row.category, Number(row.count)]));
}

/** Whether a fee grid, a rate or a budget line names the category. */
export async function isCategoryInGrids(db: DbOrTransaction, code: string): Promise<boolean> {
  const [grid, rate, line] = await Promise.all([
    db.selectFrom('fee_grid_entries').select('id').where('category', '=', code).executeTakeFirst(),
    db.selectFrom('membership_rates').select('id').where('category', '=', code).executeTakeFirst(),
    db.selectFrom('budget_lines').select('id').where('fee_category', '=', code).executeTakeFirst(),
  ]);
  return Boolean(grid ?? rate ?? line);
}

export async function listRateRows(db: DbOrTransaction, year: number) {
  return db
    .selectFrom('membership_rates')
    .selectAll()
    .where('year', '=', year)
    .orderBy('category')
    .orderBy('amount_cents', 'desc')
    .orderBy('created_at')
    .execute();
}

export async function findRateRow(db: DbOrTransaction, id: string) {
  return db.selectFrom('membership_rates').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertRateRow(db: DbOrTransaction, row: Insertable<MembershipRatesTable>) {
  await db.insertInto('membership_rates').values(row).execute();
}

/** Changes a rate and raises its version; false (nothing changed) when `expectedVersion` is no longer its version. */
export async function updateRateRow(
  db: DbOrTransaction,
  id: string,
  changes: Updateable<MembershipRatesTable>,
  expectedVersion?: number,
): Promise<boolean> {
  let query = db
    .updateTable('membership_rates')
    .set({ ...changes, version: nextVersion })
    .where('id', '=', id);
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
  const result = await query.executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteRateRow(db: DbOrTransaction, id: string) {
  await db.deleteFrom('membership_rates').where('id', '=', id).execute();
}

export async function countMembershipsOfRate(db: DbOrTransaction, id: string): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((builder) => builder.fn.countAll<number>().as('count'))
    .where('rate_id', '=', id)
    .executeTakeFirst();
  return Number(row?.count ?? 0);
}
