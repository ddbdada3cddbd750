import type { DbOrTransaction } from '../../db/database.ts';
import { nextVersion } from '../../db/record-version.ts';

export async function findAnnualAccounts(db: DbOrTransaction, year: number) {
  return db.selectFrom('annual_accounts').selectAll().where('year', '=', year).executeTakeFirst();
}

export async function listAnnualAccountYears(db: DbOrTransaction) {
  return db.selectFrom('annual_accounts').select('year').orderBy('year', 'desc').execute();
}

export async function listAnnualAccountShares(db: DbOrTransaction, accountsId: string) {
  return db
    .selectFrom('annual_account_shares')
    .selectAll()
    .where('annual_accounts_id', '=', accountsId)
    .orderBy('position')
    .execute();
}

/** The budget that carries a year's actual as one of its columns (2016 réalisé sits in the 2017 budget). */
export async function findActualColumn(db: DbOrTransaction, year: number) {
  return db
    .selectFrom('budget_columns')
    .innerJoin('budgets', 'budgets.id', 'budget_columns.budget_id')
    .select(['budgets.year as budget_year', 'budget_columns.key'])
    .where('budget_columns.kind', '=', 'actual')
    .where('budget_columns.year', '=', year)
    .where('budget_columns.as_of', 'is', null)
    .orderBy('budgets.year', 'desc')
    .executeTakeFirst();
}

export interface AnnualAccountsRow {
  year: number;
  resultCents: number;
  equityCents: number;
  balanceSheetTotalCents: number;
  notes: string | null;
  shares: { label: string; accounts: string[] }[];
}

/**
 * Creates or replaces the accounts of a year with their shares; null (nothing changed) when
 * `expectedVersion` is no longer their version (0: none recorded yet).
 */
export async function saveAnnualAccounts(
  db: DbOrTransaction,
  row: AnnualAccountsRow,
  ids: { newId: () => string; now: string },
  expectedVersion?: number,
): Promise<string | null> {
  const found = await findAnnualAccounts(db, row.year);
  const values = {
    result_cents: row.resultCents,
    equity_cents: row.equityCents,
    balance_sheet_total_cents: row.balanceSheetTotalCents,
    notes: row.notes,
    updated_at: ids.now,
  };
  if (expectedVersion !== undefined && (found?.version ?? 0) !== expectedVersion) return null;
  let id: string;
  if (found) {
    id = found.id;
    let query = db
      .updateTable('annual_accounts')
      .set({ ...values, version: nextVersion })
      .where('id', '=', id);
    if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
    const result = await query.executeTakeFirst();
    if (result.numUpdatedRows === 0n) return null;
    await db.deleteFrom('annual_account_shares').where('annual_accounts_id', '=', id).execute();
  } else {
    id = ids.newId();
    await db
      .insertInto('annual_accounts')
      .values({ id, year: row.year, created_at: ids.now, ...values })
      .execute();
  }
  for (const [position, share] of row.shares.entries()) {
    await db
      .insertInto('annual_account_shares')
      .values({
        id: ids.newId(),
        annual_accounts_id: id,
        position,
        label: share.label,
        accounts: share.accounts.join(', '),
      })
      .execute();
  }
  return id;
}
