import type { BudgetLineInput } from '../../../common/budget.schemas.ts';
import type { MembershipCategory } from '../../../common/memberships.ts';
import type { ServiceContext } from '../../src/context.ts';
import {
  addBudgetLine,
  createBudget as saveBudget,
  setActualToDate,
} from '../../src/domains/budget/budget-structure.service.ts';
import { editBudget } from '../../src/domains/budget/budget.service.ts';
import { recordAnnualAccounts } from '../../src/domains/budget/annual-accounts.service.ts';
import {
  findBudget,
  insertBudgetColumn,
  insertBudgetLine,
  setBudgetAmount,
} from '../../src/domains/budget/budget.repository.ts';
import { newId, nowIso } from '../../src/ids.ts';
import { countRows } from '../inspect.ts';

/**
 * A year's budget through the budget's services: the chart's families (`from: 'empty'`) or the
 * previous year's lines, then each of `lines` added under the family of its code's first two
 * digits with its forecast amount as typed ("12 000") and the previous year's actual (`actual`), as
 * the treasurer types them; with `asOf`, the year's actual to that day (`toDate`) in a column of its own.
 */
export async function createBudget(
  context: ServiceContext,
  options: {
    year: number;
    from?: 'empty' | 'previous';
    title?: string;
    asOf?: string;
    lines?: (Omit<BudgetLineInput, 'parentId' | 'label'> & {
      label: string;
      amount?: string;
      actual?: string;
      toDate?: string;
    })[];
  },
) {
  let table = await saveBudget(context, {
    actor: null,
    input: {
      year: options.year,
      from: options.from ?? 'empty',
      ...(options.title ? { title: options.title } : {}),
    },
  });
  if (options.asOf)
    table = await setActualToDate(context, {
      actor: null,
      year: options.year,
      input: { asOf: options.asOf },
    });
  const amounts: { lineId: string; column: string; amount: string }[] = [];
  for (const line of options.lines ?? []) {
    const family = table.rows.find(
      (row) => row.level === 0 && row.accountCode === line.accountCode.slice(0, 2),
    );
    table = await addBudgetLine(context, {
      actor: null,
      year: options.year,
      input: {
        parentId: family?.id ?? null,
        accountCode: line.accountCode,
        label: line.label,
        side: line.side,
      },
    });
    const added = table.rows.find((row) => row.accountCode === line.accountCode && row.label === line.label)!;
    if (line.amount)
      amounts.push({ lineId: added.id, column: `budget_${options.year}`, amount: line.amount });
    if (line.actual)
      amounts.push({ lineId: added.id, column: `actual_${options.year - 1}`, amount: line.actual });
    if (line.toDate)
      amounts.push({ lineId: added.id, column: `to_date_${options.year}`, amount: line.toDate });
  }
  if (amounts.length === 0) return table;
  return editBudget(context, {
    actor: null,
    year: options.year,
    edit: { amounts, totals: [], feeCounts: [] },
  });
}

/**
 * A column added to an existing budget with amounts in cents per line, as if the year's actual had
 * been typed when it closed (no service adds a column to a budget that exists).
 */
export async function createBudgetColumn(
  context: ServiceContext,
  options: {
    year: number;
    key: string;
    label: string;
    kind: 'forecast' | 'actual';
    columnYear?: number;
    position: number;
    amounts?: { lineId: string; amountCents: number }[];
  },
) {
  const { db } = context.database;
  const budget = await findBudget(db, options.year);
  if (!budget) throw new Error(`no budget ${options.year}`);
  await db.transaction().execute(async (transaction) => {
    await insertBudgetColumn(transaction, {
      id: newId(),
      budgetId: budget.id,
      key: options.key,
      label: options.label,
      kind: options.kind,
      year: options.columnYear ?? options.year,
      position: options.position,
    });
    for (const { lineId, amountCents } of options.amounts ?? [])
      await setBudgetAmount(transaction, { id: newId(), lineId, columnKey: options.key, amountCents });
  });
}

/** A year's accounts as the treasurer records them (amounts as typed: "-14 071"), with their shares. */
export async function createAnnualAccounts(
  context: ServiceContext,
  options: {
    year: number;
    result: string;
    equity?: string;
    balanceSheetTotal?: string;
    notes?: string | null;
    shares?: { label: string; accounts: string }[];
  },
) {
  return recordAnnualAccounts(context, {
    actor: null,
    year: options.year,
    edit: {
      result: options.result,
      equity: options.equity ?? '100 000',
      balanceSheetTotal: options.balanceSheetTotal ?? '300 000',
      notes: options.notes ?? null,
      shares: options.shares ?? [],
    },
  });
}

/**
 * A line no service adds (a fee line counting members of a category, a line naming its funder, the
 * year's result line), written through the budget's repository, last among its siblings.
 */
export async function createSpecialBudgetLine(
  context: ServiceContext,
  options: {
    year: number;
    parentId: string | null;
    side: 'charges' | 'products';
    accountCode: string;
    label: string;
    isResult?: boolean;
    funderOrganisationId?: string;
    fee?: { category: MembershipCategory; count: number };
  },
) {
  const { db } = context.database;
  const budget = await findBudget(db, options.year);
  if (!budget) throw new Error(`no budget ${options.year}`);
  const id = newId();
  await insertBudgetLine(db, {
    id,
    budgetId: budget.id,
    parentId: options.parentId,
    side: options.side,
    accountCode: options.accountCode,
    label: options.label,
    position: await countRows(db, 'budget_lines', { budget_id: budget.id, parent_id: options.parentId }),
    isResult: options.isResult ?? false,
    funderOrganisationId: options.funderOrganisationId ?? null,
    feeCategory: options.fee?.category ?? null,
    feeCount: options.fee?.count ?? null,
    now: nowIso(),
  });
  return id;
}
