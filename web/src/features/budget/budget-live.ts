import { parseAmount, type AmountError } from '../../../../common/amounts.ts';
import {
  computeBudget,
  feeIncomeCents,
  type BudgetLineInput,
  type BudgetSide,
  type ComputedBudget,
} from '../../../../common/budget.ts';
import type { BudgetTableView } from './budget.api.ts';

/**
 * Typed text as the person left it: "lineId|column" for a line's amount or a subtotal's declared
 * figure, "total:side|column" for a declared total, "fee:lineId" for a fee line's forecast count.
 */
export type Drafts = Record<string, string>;

export const cellKey = (lineId: string, column: string) => `${lineId}|${column}`;
export const totalKey = (side: BudgetSide, column: string) => `total:${side}|${column}`;
export const feeKey = (lineId: string) => `fee:${lineId}`;

export function draftError(text: string | undefined): AmountError | null {
  if (text === undefined || text.trim() === '') return null;
  const parsed = parseAmount(text);
  return parsed.ok ? null : parsed.error;
}

/** A forecast count as typed: a whole number from 0, or an error. */
export function countError(text: string | undefined): 'not_a_count' | null {
  if (text === undefined) return null;
  return /^\s*\d{1,7}\s*$/.test(text) ? null : 'not_a_count';
}

export function hasDraftErrors(drafts: Drafts): boolean {
  return Object.entries(drafts).some(([key, text]) =>
    key.startsWith('fee:') ? countError(text) !== null : draftError(text) !== null,
  );
}

/** A typed amount, or what was saved when the text does not read as one. */
function draftCents(draft: string | undefined, saved: number | null): number | null {
  if (draft === undefined) return saved;
  if (draft.trim() === '') return null;
  const parsed = parseAmount(draft);
  return parsed.ok ? parsed.cents : saved;
}

/**
 * The budget as it would be with the drafts saved, computed by the same rules as the server: what
 * the page shows while a person types. A draft that does not read as an amount keeps the saved one.
 */
export function liveBudget(table: BudgetTableView, drafts: Drafts): ComputedBudget {
  const lines: BudgetLineInput[] = table.rows.map((row, position) => ({
    id: row.id,
    parentId: row.parentId,
    side: row.side,
    accountCode: row.accountCode,
    label: row.label,
    position,
    isResult: row.isResult,
    amounts: Object.fromEntries(
      table.columns.map((column) => {
        const cell = row.cells[column.key]!;
        const draft = drafts[cellKey(row.id, column.key)];
        if (row.isSubtotal) return [column.key, draftCents(draft, cell.declaredCents)];
        const count = drafts[feeKey(row.id)];
        if (row.fee && row.fee.feeCents !== null && row.computedColumns.includes(column.key)) {
          const forecast = count !== undefined && countError(count) === null ? Number(count) : null;
          if (forecast !== null) return [column.key, feeIncomeCents(forecast, row.fee.feeCents)];
        }
        return [column.key, draftCents(draft, cell.computedCents)];
      }),
    ),
  }));
  return computeBudget(
    table.columns.map((column) => ({
      key: column.key,
      label: column.label,
      declaredChargesCents: draftCents(drafts[totalKey('charges', column.key)], column.declaredChargesCents),
      declaredProductsCents: draftCents(
        drafts[totalKey('products', column.key)],
        column.declaredProductsCents,
      ),
    })),
    lines,
  );
}

const unchanged = (draft: string, saved: number | null) => {
  const parsed = draft.trim() === '' ? null : parseAmount(draft);
  return parsed === null ? saved === null : parsed.ok && parsed.cents === saved;
};

/** The drafts that change something, as the API takes them. */
export function changedEdit(table: BudgetTableView, drafts: Drafts) {
  const amounts: { lineId: string; column: string; amount: string | null }[] = [];
  const totals: { side: BudgetSide; column: string; amount: string | null }[] = [];
  const feeCounts: { lineId: string; count: number }[] = [];
  for (const row of table.rows) {
    for (const column of table.columns) {
      const draft = drafts[cellKey(row.id, column.key)];
      if (draft === undefined) continue;
      const cell = row.cells[column.key]!;
      if (unchanged(draft, row.isSubtotal ? cell.declaredCents : cell.computedCents)) continue;
      amounts.push({ lineId: row.id, column: column.key, amount: draft.trim() === '' ? null : draft });
    }
    const count = drafts[feeKey(row.id)];
    if (
      row.fee &&
      count !== undefined &&
      countError(count) === null &&
      Number(count) !== row.fee.forecastCount
    )
      feeCounts.push({ lineId: row.id, count: Number(count) });
  }
  for (const column of table.columns) {
    for (const side of ['charges', 'products'] as const) {
      const draft = drafts[totalKey(side, column.key)];
      const saved = side === 'charges' ? column.declaredChargesCents : column.declaredProductsCents;
      if (draft === undefined || unchanged(draft, saved)) continue;
      totals.push({ side, column: column.key, amount: draft.trim() === '' ? null : draft });
    }
  }
  return { amounts, totals, feeCounts, count: amounts.length + totals.length + feeCounts.length };
}
