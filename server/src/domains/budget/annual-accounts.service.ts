import { formatShare, parseAmount, shareInTenthsOfPercent } from '../../../../common/amounts.ts';
import {
  parseAccountPrefixes,
  productsOfAccounts,
  summarizeActual,
  type ActualLine,
} from '../../../../common/annual-accounts.ts';
import type { AnnualAccountsEdit, AnnualAccountsView } from '../../../../common/annual-accounts.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import { AppError, type FieldError } from '../../http/app-error.ts';
import { refusingStale, StaleVersionError } from '../../http/record-version.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import {
  findActualColumn,
  findAnnualAccounts,
  listAnnualAccountShares,
  listAnnualAccountYears,
  saveAnnualAccounts,
} from './annual-accounts.repository.ts';
import { budgetTable } from './budget.service.ts';

/** Reprises sur provisions: the CERFA chart's 78 accounts. */
const provisionReversalAccounts = ['78'];

export async function listAnnualAccounts(context: ServiceContext) {
  return (await listAnnualAccountYears(context.database.db)).map((row) => Number(row.year));
}

/** The leaf lines of a year's actual, read from the budget that carries it as a column. */
async function actualLines(context: ServiceContext, year: number) {
  const column = await findActualColumn(context.database.db, year);
  if (!column) return null;
  const table = await budgetTable(context, Number(column.budget_year));
  const lines: ActualLine[] = table.rows
    .filter((row) => !row.isSubtotal)
    .map((row) => ({
      side: row.side,
      accountCode: row.accountCode,
      isResult: row.isResult,
      amountCents: row.cells[column.key]?.computedCents ?? 0,
    }));
  return { budgetYear: table.year, column: column.key, lines };
}

/**
 * The accounts of a closed year, for the budget page and the minutes: the recorded result, equity,
 * balance-sheet total and notes; the year's actual summed from its lines (products and charges
 * without the result line, the result they give, the provision reversal); and each chosen share of
 * total products computed from those lines ("Subventions et mécénat : 61,8 %").
 */
export async function annualAccounts(context: ServiceContext, year: number): Promise<AnnualAccountsView> {
  const { db } = context.database;
  const [recorded, actual] = await Promise.all([findAnnualAccounts(db, year), actualLines(context, year)]);
  if (!recorded && !actual) throw new AppError('annual_accounts_not_found', { year });
  const shares = recorded ? await listAnnualAccountShares(db, recorded.id) : [];
  const summary = actual ? summarizeActual(actual.lines) : null;
  const resultCents = recorded ? Number(recorded.result_cents) : null;
  return {
    year,
    version: recorded?.version ?? 0,
    recorded: recorded
      ? {
          resultCents: resultCents!,
          equityCents: Number(recorded.equity_cents),
          balanceSheetTotalCents: Number(recorded.balance_sheet_total_cents),
          notes: recorded.notes,
        }
      : null,
    actual:
      actual && summary
        ? {
            budgetYear: actual.budgetYear,
            column: actual.column,
            ...summary,
            provisionReversalCents: productsOfAccounts(actual.lines, provisionReversalAccounts),
          }
        : null,
    resultAgrees: summary && resultCents !== null ? summary.resultCents === resultCents : null,
    shares: shares.map((share) => {
      const accounts = parseAccountPrefixes(share.accounts) ?? [];
      const amountCents = actual ? productsOfAccounts(actual.lines, accounts) : null;
      const shareTenths =
        amountCents !== null && summary ? shareInTenthsOfPercent(amountCents, summary.productsCents) : null;
      return { label: share.label, accounts, amountCents, shareTenths, share: formatShare(shareTenths) };
    }),
  };
}

/** Records the accounts of a year (result, equity, balance-sheet total, notes, shares): all or nothing. */
export async function recordAnnualAccounts(
  context: ServiceContext,
  {
    actor,
    year,
    edit,
    expectedVersion,
  }: {
    actor: SessionUser | null;
    year: number;
    edit: AnnualAccountsEdit;
    /** The version the accounts were edited on (If-Match; 0 when none were recorded); a stale one is refused. */
    expectedVersion?: number | undefined;
  },
): Promise<AnnualAccountsView> {
  const errors: FieldError[] = [];
  const amount = (field: 'result' | 'equity' | 'balanceSheetTotal', allowNegative: boolean) => {
    const parsed = parseAmount(edit[field], { allowNegative });
    if (parsed.ok) return parsed.cents;
    errors.push({ path: `body.${field}`, message: parsed.error });
    return 0;
  };
  const resultCents = amount('result', true);
  const equityCents = amount('equity', true);
  const balanceSheetTotalCents = amount('balanceSheetTotal', false);
  const shares = edit.shares.map((share, index) => {
    const accounts = parseAccountPrefixes(share.accounts);
    if (!accounts) errors.push({ path: `body.shares.${index}.accounts`, message: 'not_account_codes' });
    return { label: share.label, accounts: accounts ?? [] };
  });
  if (errors.length > 0) {
    const first = errors[0]!;
    throw new AppError('annual_accounts_not_saved', { path: first.path, reason: first.message }, { errors });
  }
  const write = () =>
    context.database.db.transaction().execute(async (transaction) => {
      const now = nowIso();
      const id = await saveAnnualAccounts(
        transaction,
        {
          year,
          resultCents,
          equityCents,
          balanceSheetTotalCents,
          notes: edit.notes?.trim() || null,
          shares,
        },
        { newId, now },
        expectedVersion,
      );
      if (id === null) throw new StaleVersionError();
      await recordAuditEvent(transaction, {
        actorUserId: actor?.id ?? null,
        action: 'annual_accounts.recorded',
        subjectType: 'annual_accounts',
        subjectId: id,
        details: { year, resultCents, equityCents, balanceSheetTotalCents, shares },
      });
    });
  await refusingStale(write, () => annualAccounts(context, year));
  return annualAccounts(context, year);
}
