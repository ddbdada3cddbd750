import { parseAccountPrefixes } from '../../../../common/annual-accounts.ts';
import { parseAmount } from '../../../../common/amounts.ts';
import { newId, nowIso } from '../../ids.ts';
import { saveAnnualAccounts } from '../../domains/budget/annual-accounts.repository.ts';
import type { Db } from '../database.ts';
import { accounts2016 } from './la-27e-region.accounts.ts';

function cents(text: string): number {
  const parsed = parseAmount(text, { allowNegative: true });
  if (!parsed.ok) throw new Error(`demo amount ${text}: ${parsed.error}`);
  return parsed.cents;
}

/** The 2016 accounts as the reference states them; once only. */
async function loadDemoAccounts(database: Db): Promise<void> {
  await database.transaction().execute(async (db) => {
    const found = await db
      .selectFrom('annual_accounts')
      .select('id')
      .where('year', '=', accounts2016.year)
      .executeTakeFirst();
    if (found) return;
    await saveAnnualAccounts(
      db,
      {
        year: accounts2016.year,
        resultCents: cents(accounts2016.result),
        equityCents: cents(accounts2016.equity),
        balanceSheetTotalCents: cents(accounts2016.balanceSheetTotal),
        notes: accounts2016.notes,
        shares: accounts2016.shares.map((share) => ({
          label: share.label,
          accounts: parseAccountPrefixes(share.accounts)!,
        })),
      },
      { newId, now: nowIso() },
    );
  });
}

/** The reference's accounts, staff and programmes; each part once only. */
export async function loadDemoActivity(database: Db): Promise<void> {
  await loadDemoAccounts(database);
}
