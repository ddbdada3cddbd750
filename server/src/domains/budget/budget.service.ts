import { parseAmount } from '../../../../common/amounts.ts';
import {
  computeBudget,
  feeIncomeCents,
  type BudgetLineInput,
  type BudgetSide,
} from '../../../../common/budget.ts';
import type {
  BudgetCheckView,
  BudgetEdit,
  BudgetList,
  BudgetTableView,
} from '../../../../common/budget.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { refusingStale, StaleVersionError } from '../../http/record-version.ts';
import { AppError, type FieldError } from '../../http/app-error.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { getAssociation } from '../association/association.service.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import { renderBudgetCsv, renderBudgetPdf, renderBudgetXlsx } from './budget.documents.ts';
import { getFeeGrid, membershipSummary } from '../memberships/memberships.service.ts';
import {
  findBudget,
  listBudgetAmounts,
  listBudgetColumns,
  listBudgetLines,
  listBudgetYears,
  setBudgetAmount,
  setDeclaredTotal,
  setFeeCount,
  touchBudget,
} from './budget.repository.ts';

export async function listBudgets(context: ServiceContext): Promise<BudgetList['budgets']> {
  return (await listBudgetYears(context.database.db)).map((row) => ({
    year: Number(row.year),
    title: row.title,
  }));
}

/** The day memberships are counted on for a year: its last day, or today while it runs. */
function countingDay(year: number): string {
  const today = new Date().toISOString().slice(0, 10);
  return `${year}-12-31` < today ? `${year}-12-31` : today;
}

async function loadBudget(context: ServiceContext, db: DbOrTransaction, year: number) {
  const budget = await findBudget(db, year);
  if (!budget) throw new AppError('budget_not_found', { year });
  const [columns, lines, amounts] = await Promise.all([
    listBudgetColumns(db, budget.id),
    listBudgetLines(db, budget.id),
    listBudgetAmounts(db, budget.id),
  ]);
  return { budget, columns, lines, amounts };
}

/**
 * The budget of a year as a table: its columns (the year's budget, the previous year's actual) with
 * each side's total computed and declared, every row with its amounts and differences, and the list
 * of differences. Fee lines take count × fee of the year's grid in the forecast column. This is what
 * the web page, the exports, `quorum budget check` and the minutes print.
 */
export async function budgetTable(context: ServiceContext, year: number): Promise<BudgetTableView> {
  const { db } = context.database;
  const { budget, columns, lines, amounts } = await loadBudget(context, db, year);
  const forecast = columns.find((column) => column.kind === 'forecast');
  const grid = forecast ? (await getFeeGrid(context, Number(forecast.year))).entries : [];
  const fees = new Map<string, number>(
    grid.flatMap((entry) =>
      entry.amountCents === null ? [] : [[entry.category, entry.amountCents] as const],
    ),
  );
  const hasFeeLines = lines.some((line) => line.fee_category);
  const countedOn = countingDay(forecast ? Number(forecast.year) : year);
  const summary =
    hasFeeLines && forecast
      ? await membershipSummary(context, { year: Number(forecast.year), at: countedOn })
      : null;

  const stored = new Map<string, number>();
  for (const amount of amounts)
    stored.set(`${amount.line_id}|${amount.column_key}`, Number(amount.amount_cents));
  const inputs: BudgetLineInput[] = lines.map((line) => {
    const values: Record<string, number | null> = {};
    for (const column of columns) values[column.key] = stored.get(`${line.id}|${column.key}`) ?? null;
    const fee = line.fee_category ? fees.get(line.fee_category) : undefined;
    if (forecast && fee !== undefined && line.fee_count !== null) {
      values[forecast.key] = feeIncomeCents(line.fee_count, fee);
    }
    return {
      id: line.id,
      parentId: line.parent_id,
      side: line.side as BudgetSide,
      accountCode: line.account_code,
      label: line.label,
      position: line.position,
      isResult: line.is_result === 1,
      amounts: values,
    };
  });
  const computed = computeBudget(
    columns.map((column) => ({
      key: column.key,
      label: column.label,
      declaredChargesCents:
        column.declared_charges_cents === null ? null : Number(column.declared_charges_cents),
      declaredProductsCents:
        column.declared_products_cents === null ? null : Number(column.declared_products_cents),
    })),
    inputs,
  );
  const lineById = new Map(lines.map((line) => [line.id, line]));
  return {
    year: Number(budget.year),
    title: budget.title,
    asOf: budget.as_of,
    version: budget.version,
    columns: computed.columns.map((totals) => {
      const column = columns.find((entry) => entry.key === totals.key)!;
      return {
        ...totals,
        kind: column.kind as 'forecast' | 'actual',
        year: Number(column.year),
        asOf: column.as_of,
      };
    }),
    rows: computed.rows.map((row) => {
      const line = lineById.get(row.id)!;
      const category = line.fee_category;
      const feeCents = category ? (fees.get(category) ?? null) : null;
      const validatedCount = category
        ? (summary?.counts.find((count) => count.category === category && count.status === 'validated')
            ?.count ?? 0)
        : 0;
      return {
        ...row,
        label: category && line.fee_count !== null ? `${row.label} (${line.fee_count})` : row.label,
        funder: line.funder_organisation_id
          ? { id: line.funder_organisation_id, name: line.funder_name ?? '' }
          : null,
        fee: category
          ? {
              category,
              forecastCount: line.fee_count ?? 0,
              feeCents,
              validatedCount,
              validatedIncomeCents: feeIncomeCents(validatedCount, feeCents ?? 0),
              countedOn,
            }
          : null,
        computedColumns: category && feeCents !== null && forecast ? [forecast.key] : [],
      };
    }),
    differences: computed.differences,
  };
}

function amountError(path: string, text: string | null): { cents: number | null; error?: FieldError } {
  if (text === null || text.trim() === '') return { cents: null };
  const parsed = parseAmount(text);
  if (parsed.ok) return { cents: parsed.cents };
  return { cents: null, error: { path, message: parsed.error } };
}

/** Changes several cells, declared totals and fee counts of a budget at once: all of them or none. */
export async function editBudget(
  context: ServiceContext,
  {
    actor,
    year,
    edit,
    expectedVersion,
  }: {
    actor: SessionUser | null;
    year: number;
    edit: BudgetEdit;
    /** The budget's version the edit was made on (If-Match); a stale one is refused with the budget as it now is. */
    expectedVersion?: number | undefined;
  },
): Promise<BudgetTableView> {
  const current = await budgetTable(context, year);
  if (expectedVersion !== undefined && current.version !== expectedVersion)
    throw new AppError('stale_version', { version: current.version }, { current });
  const rows = new Map(current.rows.map((row) => [row.id, row]));
  const columns = new Map(current.columns.map((column) => [column.key, column]));
  const errors: FieldError[] = [];
  const cells: { lineId: string; columnKey: string; amountCents: number | null }[] = [];
  edit.amounts.forEach((change, index) => {
    const path = `body.amounts.${index}`;
    const row = rows.get(change.lineId);
    if (!row) return errors.push({ path: `${path}.lineId`, message: 'unknown_line' });
    if (!columns.has(change.column))
      return errors.push({ path: `${path}.column`, message: 'unknown_column' });
    if (row.computedColumns.includes(change.column)) {
      return errors.push({ path: `${path}.amount`, message: 'computed_from_fee_grid' });
    }
    const { cents, error } = amountError(`${path}.amount`, change.amount);
    if (error) return errors.push(error);
    cells.push({ lineId: change.lineId, columnKey: change.column, amountCents: cents });
  });
  const totals: { columnKey: string; side: BudgetSide; amountCents: number | null }[] = [];
  edit.totals.forEach((change, index) => {
    const path = `body.totals.${index}`;
    if (!columns.has(change.column))
      return errors.push({ path: `${path}.column`, message: 'unknown_column' });
    const { cents, error } = amountError(`${path}.amount`, change.amount);
    if (error) return errors.push(error);
    totals.push({ columnKey: change.column, side: change.side, amountCents: cents });
  });
  edit.feeCounts.forEach((change, index) => {
    if (!rows.get(change.lineId)?.fee)
      errors.push({ path: `body.feeCounts.${index}.lineId`, message: 'not_a_fee_line' });
  });
  if (errors.length > 0) {
    const first = errors[0]!;
    throw new AppError(
      'budget_not_saved',
      { count: errors.length, path: first.path, reason: first.message },
      { errors },
    );
  }

  const write = () =>
    context.database.db.transaction().execute(async (transaction) => {
      const budget = (await findBudget(transaction, year))!;
      const now = nowIso();
      // Raised first: a concurrent edit of the same version waits on this row, then finds it stale.
      if (!(await touchBudget(transaction, budget.id, now, expectedVersion))) throw new StaleVersionError();
      const storedColumns = await listBudgetColumns(transaction, budget.id);
      for (const cell of cells) await setBudgetAmount(transaction, { id: newId(), ...cell });
      for (const total of totals) {
        const column = storedColumns.find((entry) => entry.key === total.columnKey)!;
        await setDeclaredTotal(transaction, {
          columnId: column.id,
          side: total.side,
          amountCents: total.amountCents,
        });
      }
      for (const change of edit.feeCounts) await setFeeCount(transaction, { ...change, now });
      await recordAuditEvent(transaction, {
        actorUserId: actor?.id ?? null,
        action: 'budget.edited',
        subjectType: 'budget',
        subjectId: budget.id,
        details: { year, cells, totals, feeCounts: edit.feeCounts },
      });
    });
  await refusingStale(write, () => budgetTable(context, year));
  return budgetTable(context, year);
}

/** `quorum budget check`: each column's totals, computed and declared, and every difference. */
export async function checkBudget(context: ServiceContext, year: number): Promise<BudgetCheckView> {
  const table = await budgetTable(context, year);
  return {
    year: table.year,
    columns: table.columns.map((column) => ({
      key: column.key,
      label: column.label,
      charges_cents: column.chargesCents,
      products_cents: column.productsCents,
      declared_charges_cents: column.declaredChargesCents,
      declared_products_cents: column.declaredProductsCents,
      balanced: column.isBalanced,
    })),
    differences: table.differences.map((difference) => ({
      account: difference.account,
      label: difference.label,
      column: difference.column,
      declared_cents: difference.declaredCents,
      computed_cents: difference.computedCents,
    })),
  };
}

/** The budget as a file: CSV, XLSX or the CERFA-like PDF. */
export async function exportBudget(
  context: ServiceContext,
  { year, format }: { year: number; format: 'csv' | 'xlsx' | 'pdf' },
) {
  const table = await budgetTable(context, year);
  if (format === 'csv') return `\ufeff${renderBudgetCsv(table)}`;
  if (format === 'xlsx') return renderBudgetXlsx(table);
  return renderBudgetPdf(table, (await getAssociation(context)).name);
}
