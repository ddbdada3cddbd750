import { parseAmount, type AmountError } from '../../../../common/amounts.ts';
import { computeBudget, type BudgetLineInput, type ComputedBudget } from '../../../../common/budget.ts';
import type { BudgetTableView } from './budget.api.ts';

/** Typed text per "lineId|column", as the person left it. */
export type Drafts = Record<string, string>;

export const cellKey = (lineId: string, column: string) => `${lineId}|${column}`;

export function draftError(text: string | undefined): AmountError | null {
  if (text === undefined || text.trim() === '') return null;
  const parsed = parseAmount(text);
  return parsed.ok ? null : parsed.error;
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
        if (row.isSubtotal) return [column.key, cell.declaredCents];
        const draft = drafts[cellKey(row.id, column.key)];
        if (draft === undefined) return [column.key, cell.computedCents];
        if (draft.trim() === '') return [column.key, null];
        const parsed = parseAmount(draft);
        return [column.key, parsed.ok ? parsed.cents : cell.computedCents];
      }),
    ),
  }));
  return computeBudget(
    table.columns.map((column) => ({
      key: column.key,
      label: column.label,
      declaredChargesCents: column.declaredChargesCents,
      declaredProductsCents: column.declaredProductsCents,
    })),
    lines,
  );
}

/** The drafts that change something, as the API takes them. */
export function changedAmounts(table: BudgetTableView, drafts: Drafts) {
  const changes: { lineId: string; column: string; amount: string | null }[] = [];
  for (const row of table.rows) {
    for (const column of table.columns) {
      const draft = drafts[cellKey(row.id, column.key)];
      if (draft === undefined) continue;
      const parsed = draft.trim() === '' ? null : parseAmount(draft);
      const saved = row.cells[column.key]!.computedCents;
      if (parsed === null ? saved === null : parsed.ok && parsed.cents === saved) continue;
      changes.push({ lineId: row.id, column: column.key, amount: draft.trim() === '' ? null : draft });
    }
  }
  return changes;
}
