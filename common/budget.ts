/**
 * Budget arithmetic, with no I/O: the server computes with it, the web app recomputes live totals
 * with it while a person types, the minutes print what it returns.
 *
 * A line with lines beneath it is a subtotal: its computed figure is the sum of those lines, and the
 * amount stored for it is what a source declared (a paper budget, an import), kept as declared. A
 * line without lines beneath it holds its amount. Each side's total is the sum of its top lines;
 * each column may also hold the totals a source declared.
 */
export const budgetSides = ['charges', 'products'] as const;
export type BudgetSide = (typeof budgetSides)[number];

export interface BudgetColumnInput {
  key: string;
  label: string;
  declaredChargesCents: number | null;
  declaredProductsCents: number | null;
}

export interface BudgetLineInput {
  id: string;
  parentId: string | null;
  side: BudgetSide;
  accountCode: string;
  label: string;
  position: number;
  isResult: boolean;
  /** Per column key: the amount of a line, or the declared figure of a subtotal; null when blank. */
  amounts: Record<string, number | null>;
}

export interface BudgetCell {
  /** The line's amount, or the sum of the lines beneath a subtotal; null for a blank line. */
  computedCents: number | null;
  /** What the source declared for a subtotal; null for a plain line or when nothing was declared. */
  declaredCents: number | null;
  /** declared − computed, when both exist and differ; null otherwise. */
  differenceCents: number | null;
}

export interface BudgetRow {
  id: string;
  parentId: string | null;
  side: BudgetSide;
  accountCode: string;
  label: string;
  /** 0 for a top line (a family such as "60 - Achats"), 1 beneath it, and so on. */
  level: number;
  isSubtotal: boolean;
  isResult: boolean;
  cells: Record<string, BudgetCell>;
}

export interface BudgetColumnTotals {
  key: string;
  label: string;
  chargesCents: number;
  productsCents: number;
  declaredChargesCents: number | null;
  declaredProductsCents: number | null;
  isBalanced: boolean;
  /** Computed charges − computed products: positive when charges exceed products. */
  imbalanceCents: number;
}

export interface BudgetDifference {
  /** The account code of the subtotal ("62", "74"), or "total" for a side's total. */
  account: string;
  label: string;
  side: BudgetSide;
  lineId: string | null;
  column: string;
  declaredCents: number;
  computedCents: number;
  /** declared − computed. */
  differenceCents: number;
}

export interface ComputedBudget {
  rows: BudgetRow[];
  columns: BudgetColumnTotals[];
  differences: BudgetDifference[];
}

function difference(declared: number | null, computed: number | null): number | null {
  if (declared === null) return null;
  const delta = declared - (computed ?? 0);
  return delta === 0 ? null : delta;
}

export const sideTotalLabels: Record<BudgetSide, string> = {
  charges: 'Total des charges',
  products: 'Total des produits',
};

/** Sums every level of a budget, compares each declared figure with the sum of its lines. */
export function computeBudget(
  columns: readonly BudgetColumnInput[],
  lines: readonly BudgetLineInput[],
): ComputedBudget {
  const children = new Map<string | null, BudgetLineInput[]>();
  for (const line of lines) {
    const list = children.get(line.parentId) ?? [];
    list.push(line);
    children.set(line.parentId, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.position - b.position);

  const rows: BudgetRow[] = [];
  const differences: BudgetDifference[] = [];
  const visit = (line: BudgetLineInput, level: number, seen: Set<string>): Record<string, number | null> => {
    if (seen.has(line.id)) throw new Error(`budget line ${line.id} is its own ancestor`);
    const beneath = children.get(line.id) ?? [];
    const row: BudgetRow = {
      id: line.id,
      parentId: line.parentId,
      side: line.side,
      accountCode: line.accountCode,
      label: line.label,
      level,
      isSubtotal: beneath.length > 0,
      isResult: line.isResult,
      cells: {},
    };
    rows.push(row);
    const childValues = beneath.map((child) => visit(child, level + 1, new Set([...seen, line.id])));
    const values: Record<string, number | null> = {};
    for (const column of columns) {
      const stored = line.amounts[column.key] ?? null;
      if (!row.isSubtotal) {
        row.cells[column.key] = { computedCents: stored, declaredCents: null, differenceCents: null };
        values[column.key] = stored;
        continue;
      }
      const computed = childValues.reduce((sum, child) => sum + (child[column.key] ?? 0), 0);
      const delta = difference(stored, computed);
      row.cells[column.key] = { computedCents: computed, declaredCents: stored, differenceCents: delta };
      values[column.key] = computed;
      if (delta !== null) {
        differences.push({
          account: line.accountCode,
          label: line.label,
          side: line.side,
          lineId: line.id,
          column: column.key,
          declaredCents: stored!,
          computedCents: computed,
          differenceCents: delta,
        });
      }
    }
    return values;
  };

  const sideTotals: Record<BudgetSide, Record<string, number>> = { charges: {}, products: {} };
  for (const side of budgetSides) {
    for (const top of (children.get(null) ?? []).filter((line) => line.side === side)) {
      const values = visit(top, 0, new Set());
      for (const column of columns) {
        sideTotals[side][column.key] = (sideTotals[side][column.key] ?? 0) + (values[column.key] ?? 0);
      }
    }
  }

  if (rows.length !== lines.length) {
    const reached = new Set(rows.map((row) => row.id));
    const lost = lines.filter((line) => !reached.has(line.id)).map((line) => line.id);
    throw new Error(`budget lines under no top line: ${lost.join(', ')}`);
  }

  const totals = columns.map((column): BudgetColumnTotals => {
    const chargesCents = sideTotals.charges[column.key] ?? 0;
    const productsCents = sideTotals.products[column.key] ?? 0;
    for (const side of budgetSides) {
      const declared = side === 'charges' ? column.declaredChargesCents : column.declaredProductsCents;
      const computed = side === 'charges' ? chargesCents : productsCents;
      const delta = difference(declared, computed);
      if (delta !== null) {
        differences.push({
          account: 'total',
          label: sideTotalLabels[side],
          side,
          lineId: null,
          column: column.key,
          declaredCents: declared!,
          computedCents: computed,
          differenceCents: delta,
        });
      }
    }
    return {
      key: column.key,
      label: column.label,
      chargesCents,
      productsCents,
      declaredChargesCents: column.declaredChargesCents,
      declaredProductsCents: column.declaredProductsCents,
      isBalanced: chargesCents === productsCents,
      imbalanceCents: chargesCents - productsCents,
    };
  });

  return { rows, columns: totals, differences: orderDifferences(differences, columns, rows) };
}

/** Differences in the table's reading order: charges then products, row by row, total last. */
function orderDifferences(
  differences: BudgetDifference[],
  columns: readonly BudgetColumnInput[],
  rows: readonly BudgetRow[],
): BudgetDifference[] {
  const rowIndex = new Map(rows.map((row, index) => [row.id, index]));
  const columnIndex = new Map(columns.map((column, index) => [column.key, index]));
  const rank = (entry: BudgetDifference) => [
    budgetSides.indexOf(entry.side),
    entry.lineId === null ? Number.MAX_SAFE_INTEGER : rowIndex.get(entry.lineId)!,
    columnIndex.get(entry.column)!,
  ];
  return [...differences].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    for (let index = 0; index < x.length; index += 1) {
      if (x[index] !== y[index]) return x[index]! - y[index]!;
    }
    return 0;
  });
}

/** The income a fee line forecasts: the count of members times the fee of the year. */
export function feeIncomeCents(count: number, feeCents: number): number {
  return count * feeCents;
}
