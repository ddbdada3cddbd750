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

export async function touchBudget(db: DbOrTransaction, budgetId: string, now: string) {
  await db.updateTable('budgets').set({ updated_at: now }).where('id', '=', budgetId).execute();
}
