import type { BudgetTableView } from '../../../../../common/budget.schemas.ts';
import { formatLongDate, formatMoney, type Locale } from '../../../../../common/format.ts';
import {
  heading,
  list,
  paragraph,
  type Block,
  type TableRowStyle,
} from '../../../../../common/documents/blocks.ts';
import { translate } from '../../../i18n/translate.ts';
import { budgetTable } from '../../budget/budget.service.ts';
import { registerSectionKind } from '../section-kinds.ts';
import { unlessMissing, yearOf } from './absent.ts';
import { withoutWeekday } from './words.ts';

type Side = 'charges' | 'products';

/** "Budget 2025", "Réalisé 2024", or "Réalisé au 31 mai 2025" for the year's actual to date. */
function columnTitle(column: BudgetTableView['columns'][number], lang: Locale): string {
  if (column.asOf)
    return translate(lang, 'minutes:budget_column_to_date', {
      day: withoutWeekday(formatLongDate(column.asOf, lang)),
    });
  const key = column.kind === 'forecast' ? 'budget_column_forecast' : 'budget_column_actual';
  return translate(lang, `minutes:${key}`, { year: column.year });
}

/** "353 600 €", nothing for an empty line, a star where a declared figure differs from its lines. */
function cellText(row: BudgetTableView['rows'][number], columnKey: string, lang: Locale): string {
  const cell = row.cells[columnKey];
  if (!cell) return '';
  const shown = cell.declaredCents ?? cell.computedCents;
  if (shown === null || (shown === 0 && !row.isSubtotal)) return '';
  return `${formatMoney(shown, lang)}${cell.differenceCents !== null ? ' *' : ''}`;
}

function sideTable(table: BudgetTableView, side: Side, lang: Locale): Block {
  // A line with no figure in any printed column is left out, as a family none of whose lines is used.
  const sideRows = table.rows.filter(
    (row) => row.side === side && table.columns.some((column) => cellText(row, column.key, lang) !== ''),
  );
  const rows = sideRows.map((row) => [
    row.label,
    ...table.columns.map((column) => cellText(row, column.key, lang)),
  ]);
  /** Families and subtotals in bold, each line indented under its parent, the total in bold. */
  const topLevel = Math.min(...sideRows.map((row) => row.level));
  const rowStyles: TableRowStyle[] = [
    ...sideRows.map((row) => ({
      isBold: row.isSubtotal || row.parentId === null,
      indent: row.level - topLevel,
    })),
    { isBold: true },
  ];
  const total = table.columns.map((column) => {
    const computed = side === 'charges' ? column.chargesCents : column.productsCents;
    const declared = side === 'charges' ? column.declaredChargesCents : column.declaredProductsCents;
    return `${formatMoney(declared ?? computed, lang)}${declared !== null && declared !== computed ? ' *' : ''}`;
  });
  const totalLabel = translate(
    lang,
    side === 'charges' ? 'minutes:budget_total_charges' : 'minutes:budget_total_products',
  );
  return {
    type: 'table',
    header: [
      [
        translate(lang, side === 'charges' ? 'minutes:charges' : 'minutes:products'),
        ...table.columns.map((column) => columnTitle(column, lang)),
      ],
    ],
    rows: [...rows, [totalLabel, ...total]],
    align: ['left', ...table.columns.map(() => 'right' as const)],
    rowStyles,
  };
}

/** A column is printed only when it has a figure: a line, a subtotal or a declared total not zero. */
function hasFigures(table: BudgetTableView, column: BudgetTableView['columns'][number]): boolean {
  if (column.chargesCents !== 0 || column.productsCents !== 0) return true;
  if (column.declaredChargesCents || column.declaredProductsCents) return true;
  return table.rows.some((row) => {
    const cell = row.cells[column.key];
    return Boolean(cell && (cell.declaredCents || cell.computedCents));
  });
}

/**
 * The year's budget beside the previous year's actual, charges then products, each with its
 * totals; figures as declared, and every declared figure that differs from its lines noted under.
 */
registerSectionKind({
  kind: 'budget',
  defaultPosition: 80,
  meetingKinds: ['ordinary'],
  async build(context, assembly, lang) {
    const year = yearOf(assembly.held_on);
    const whole = await unlessMissing(() => budgetTable(context, year));
    if (!whole || whole.rows.length === 0) return [];
    const table = { ...whole, columns: whole.columns.filter((column) => hasFigures(whole, column)) };
    if (table.columns.length === 0) return [];
    const asOf = table.asOf
      ? withoutWeekday(formatLongDate(table.asOf, lang, context.association.timeZone))
      : null;
    const blocks: Block[] = [
      heading(2, translate(lang, 'minutes:budget_heading', { year })),
      paragraph(
        asOf
          ? translate(lang, 'minutes:budget_presented_as_of', { year, day: asOf })
          : translate(lang, 'minutes:budget_presented', { year }),
      ),
      sideTable(table, 'charges', lang),
      sideTable(table, 'products', lang),
    ];
    const shown = new Set(table.columns.map((column) => column.key));
    const differences = table.differences.filter((difference) => shown.has(difference.column));
    if (differences.length > 0) {
      const labels = new Map(table.columns.map((column) => [column.key, columnTitle(column, lang)]));
      blocks.push(
        paragraph(translate(lang, 'minutes:budget_differences')),
        list(
          differences.map((difference) => {
            const label =
              difference.account === 'total'
                ? translate(lang, `minutes:budget_difference_total_${difference.side}`)
                : difference.label;
            const what = `${label} (${labels.get(difference.column)})`;
            const money = (cents: number) => formatMoney(cents, lang);
            return translate(lang, 'minutes:budget_difference', {
              what,
              declared: money(difference.declaredCents),
              computed: money(difference.computedCents),
              difference: money(difference.differenceCents),
            });
          }),
        ),
      );
    }
    return blocks;
  },
});
