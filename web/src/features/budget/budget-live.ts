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

/** Every figure a person can type, by its draft key, as saved in a table (cents or a count). */
function savedFigures(table: BudgetTableView): Map<string, number | null> {
  const figures = new Map<string, number | null>();
  for (const row of table.rows) {
    for (const column of table.columns) {
      const cell = row.cells[column.key]!;
      if (!row.computedColumns.includes(column.key))
        figures.set(cellKey(row.id, column.key), row.isSubtotal ? cell.declaredCents : cell.computedCents);
    }
    if (row.fee) figures.set(feeKey(row.id), row.fee.forecastCount);
  }
  for (const column of table.columns) {
    figures.set(totalKey('charges', column.key), column.declaredChargesCents);
    figures.set(totalKey('products', column.key), column.declaredProductsCents);
  }
  return figures;
}

/** The figures someone else saved between two versions of a budget, by draft key. */
export function changedFigures(before: BudgetTableView, after: BudgetTableView): string[] {
  const now = savedFigures(after);
  return [...savedFigures(before)]
    .filter(([key, value]) => now.has(key) && now.get(key) !== value)
    .map(([key]) => key);
}

/** The draft keys of what an edit changes, in the order of the table. */
export function draftedKeys(table: BudgetTableView, drafts: Drafts): string[] {
  const edit = changedEdit(table, drafts);
  return [
    ...edit.amounts.map((amount) => cellKey(amount.lineId, amount.column)),
    ...edit.feeCounts.map((fee) => feeKey(fee.lineId)),
    ...edit.totals.map((total) => totalKey(total.side, total.column)),
  ];
}

/** Where a draft key is, in words: "613 Locations — Budget 2031", or a side's total in a column. */
export function figurePlace(
  table: BudgetTableView,
  key: string,
  words: { total: (side: BudgetSide) => string; feeCount: string },
): string {
  const [place = '', columnKey = ''] = key.split('|');
  const column = table.columns.find((entry) => entry.key === columnKey)?.label ?? columnKey;
  if (place.startsWith('total:'))
    return `${words.total(place.slice('total:'.length) as BudgetSide)} — ${column}`;
  const lineId = place.startsWith('fee:') ? place.slice('fee:'.length) : place;
  const row = table.rows.find((entry) => entry.id === lineId);
  const line = row ? `${row.accountCode} ${row.label}` : lineId;
  return place.startsWith('fee:') ? `${line} — ${words.feeCount}` : `${line} — ${column}`;
}
