import { nextVersion } from '../../db/record-version.ts';
import type { DbOrTransaction } from '../../db/database.ts';

export async function findBudget(db: DbOrTransaction, year: number) {
  return db.selectFrom('budgets').selectAll().where('year', '=', year).executeTakeFirst();
}

export async function listBudgetYears(db: DbOrTransaction) {
  return db.selectFrom('budgets').select(['year', 'title']).orderBy('year', 'desc').execute();
}

export async function listBudgetColumns(db: DbOrTransaction, budgetId: string) {
  return db
    .selectFrom('budget_columns')
    .selectAll()
    .where('budget_id', '=', budgetId)
    .orderBy('position')
    .execute();
}

export async function listBudgetLines(db: DbOrTransaction, budgetId: string) {
  return db
    .selectFrom('budget_lines')
    .leftJoin('organisations', 'organisations.id', 'budget_lines.funder_organisation_id')
    .selectAll('budget_lines')
    .select('organisations.name as funder_name')
    .where('budget_lines.budget_id', '=', budgetId)
    .orderBy('budget_lines.position')
    .execute();
}

export async function listBudgetAmounts(db: DbOrTransaction, budgetId: string) {
  return db
    .selectFrom('budget_amounts')
    .innerJoin('budget_lines', 'budget_lines.id', 'budget_amounts.line_id')
    .select(['budget_amounts.line_id', 'budget_amounts.column_key', 'budget_amounts.amount_cents'])
    .where('budget_lines.budget_id', '=', budgetId)
    .execute();
}

/** Sets one cell; null blanks it. */
export async function setBudgetAmount(
  db: DbOrTransaction,
  cell: { id: string; lineId: string; columnKey: string; amountCents: number | null },
) {
  await db
    .deleteFrom('budget_amounts')
    .where('line_id', '=', cell.lineId)
    .where('column_key', '=', cell.columnKey)
    .execute();
  if (cell.amountCents === null) return;
  await db
    .insertInto('budget_amounts')
    .values({ id: cell.id, line_id: cell.lineId, column_key: cell.columnKey, amount_cents: cell.amountCents })
    .execute();
}

export async function setDeclaredTotal(
  db: DbOrTransaction,
  {
    columnId,
    side,
    amountCents,
  }: { columnId: string; side: 'charges' | 'products'; amountCents: number | null },
) {
  await db
    .updateTable('budget_columns')
    .set(
      side === 'charges' ? { declared_charges_cents: amountCents } : { declared_products_cents: amountCents },
    )
    .where('id', '=', columnId)
    .execute();
}

export async function setFeeCount(
  db: DbOrTransaction,
  { lineId, count, now }: { lineId: string; count: number; now: string },
) {
  await db
    .updateTable('budget_lines')
    .set({ fee_count: count, updated_at: now })
    .where('id', '=', lineId)
    .execute();
}

/** Marks a budget changed and raises its version; false (nothing changed) when `expectedVersion` is no longer its version. */
export async function touchBudget(
  db: DbOrTransaction,
  budgetId: string,
  now: string,
  expectedVersion?: number,
): Promise<boolean> {
  let query = db
    .updateTable('budgets')
    .set({ updated_at: now, version: nextVersion })
    .where('id', '=', budgetId);
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
  return (await query.executeTakeFirst()).numUpdatedRows > 0n;
}

export async function insertBudget(
  db: DbOrTransaction,
  budget: { id: string; year: number; title: string; now: string },
) {
  await db
    .insertInto('budgets')
    .values({
      id: budget.id,
      year: budget.year,
      title: budget.title,
      as_of: null,
      created_at: budget.now,
      updated_at: budget.now,
    })
    .execute();
}

export async function insertBudgetColumn(
  db: DbOrTransaction,
  column: {
    id: string;
    budgetId: string;
    key: string;
    label: string;
    kind: string;
    year: number;
    position: number;
    asOf?: string | null;
  },
) {
  await db
    .insertInto('budget_columns')
    .values({
      id: column.id,
      budget_id: column.budgetId,
      key: column.key,
      label: column.label,
      kind: column.kind,
      year: column.year,
      position: column.position,
      declared_charges_cents: null,
      declared_products_cents: null,
      as_of: column.asOf ?? null,
    })
    .execute();
}

/** Moves the day an actual-to-date column stands at. */
export async function setColumnAsOf(db: DbOrTransaction, columnId: string, asOf: string) {
  await db.updateTable('budget_columns').set({ as_of: asOf }).where('id', '=', columnId).execute();
}

/** Removes a column and every amount typed in it. */
export async function deleteBudgetColumn(
  db: DbOrTransaction,
  column: { id: string; budgetId: string; key: string },
) {
  await db
    .deleteFrom('budget_amounts')
    .where('column_key', '=', column.key)
    .where('line_id', 'in', (lines) =>
      lines.selectFrom('budget_lines').select('id').where('budget_id', '=', column.budgetId),
    )
    .execute();
  await db.deleteFrom('budget_columns').where('id', '=', column.id).execute();
}

export async function insertBudgetLine(
  db: DbOrTransaction,
  line: {
    id: string;
    budgetId: string;
    parentId: string | null;
    side: string;
    accountCode: string;
    label: string;
    position: number;
    isResult: boolean;
    funderOrganisationId: string | null;
    feeCategory: string | null;
    feeCount: number | null;
    now: string;
  },
) {
  await db
    .insertInto('budget_lines')
    .values({
      id: line.id,
      budget_id: line.budgetId,
      parent_id: line.parentId,
      side: line.side,
      account_code: line.accountCode,
      label: line.label,
      position: line.position,
      is_result: line.isResult ? 1 : 0,
      funder_organisation_id: line.funderOrganisationId,
      fee_category: line.feeCategory,
      fee_count: line.feeCount,
      created_at: line.now,
      updated_at: line.now,
    })
    .execute();
}

export async function deleteBudgetLine(db: DbOrTransaction, lineId: string) {
  await db.deleteFrom('budget_amounts').where('line_id', '=', lineId).execute();
  await db.deleteFrom('budget_lines').where('id', '=', lineId).execute();
}

/** The actual of a year wherever a budget holds it (the latest budget first), with its lines. */
export async function findActualColumn(db: DbOrTransaction, year: number, exceptBudgetId: string) {
  return db
    .selectFrom('budget_columns')
    .innerJoin('budgets', 'budgets.id', 'budget_columns.budget_id')
    .select(['budget_columns.budget_id', 'budget_columns.key'])
    .where('budget_columns.kind', '=', 'actual')
    .where('budget_columns.year', '=', year)
    .where('budget_columns.as_of', 'is', null)
    .where('budget_columns.budget_id', '!=', exceptBudgetId)
    .orderBy('budgets.year', 'desc')
    .executeTakeFirst();
}
