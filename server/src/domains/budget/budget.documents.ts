import { stringify } from 'csv-stringify/sync';
import { safeCsvOptions } from '../../documents/csv.ts';
import { pdfBytes } from '../../documents/pdf-bytes.ts';
import { euroFormat, xlsxBytes, type XlsxRow } from '../../documents/xlsx-bytes.ts';
import type { BudgetTableView } from '../../../../common/budget.schemas.ts';
import { formatDay, formatMoney } from '../../../../common/format.ts';

type Row = BudgetTableView['rows'][number];

/** A cell's amount, without the "€" the column's header gives. */
const money = (cents: number | null) => (cents === null ? '' : formatMoney(cents).replace(/\u202f€$/, ''));
const sideName = { charges: 'Charges', products: 'Produits' } as const;

/** One line per budget row: side, account, label, then computed and declared figures per column. */
export function renderBudgetCsv(table: BudgetTableView): string {
  const header = ['Côté', 'Compte', 'Niveau', 'Libellé'];
  for (const column of table.columns)
    header.push(`${column.label} (centimes)`, `${column.label} déclaré (centimes)`);
  const rows = table.rows.map((row) => {
    const cells: (string | number)[] = [sideName[row.side], row.accountCode, row.level, row.label];
    for (const column of table.columns) {
      const cell = row.cells[column.key]!;
      cells.push(cell.computedCents ?? '', cell.declaredCents ?? '');
    }
    return cells;
  });
  const totals = (['charges', 'products'] as const).map((side) => {
    const cells: (string | number)[] = [
      sideName[side],
      'total',
      '',
      `Total des ${side === 'charges' ? 'charges' : 'produits'}`,
    ];
    for (const column of table.columns) {
      cells.push(
        side === 'charges' ? column.chargesCents : column.productsCents,
        (side === 'charges' ? column.declaredChargesCents : column.declaredProductsCents) ?? '',
      );
    }
    return cells;
  });
  return stringify([header, ...rows, ...totals], safeCsvOptions());
}

/** The budget as a workbook: amounts in euros with two decimals, subtotals in bold, totals at the end. */
export function renderBudgetXlsx(table: BudgetTableView): Promise<Buffer> {
  const euros = (cents: number | null) => (cents === null ? null : cents / 100);
  const amount = (header: string) => ({ header, width: 16, format: euroFormat });
  const rows: XlsxRow[] = table.rows.map((row) => ({
    cells: [
      sideName[row.side],
      row.accountCode,
      `${'  '.repeat(row.level)}${row.label}`,
      ...table.columns.flatMap((column) => [
        euros(row.cells[column.key]!.computedCents),
        euros(row.cells[column.key]!.declaredCents),
      ]),
    ],
    isBold: row.isSubtotal,
  }));
  for (const side of ['charges', 'products'] as const) {
    rows.push({
      cells: [
        sideName[side],
        '',
        side === 'charges' ? 'Total des charges' : 'Total des produits',
        ...table.columns.flatMap((column) =>
          side === 'charges'
            ? [euros(column.chargesCents), euros(column.declaredChargesCents)]
            : [euros(column.productsCents), euros(column.declaredProductsCents)],
        ),
      ],
      isBold: true,
    });
  }
  return xlsxBytes({
    sheet: `Budget ${table.year}`,
    columns: [
      { header: 'Côté', width: 10 },
      { header: 'Compte', width: 8 },
      { header: 'Libellé', width: 52 },
      ...table.columns.flatMap((column) => [amount(column.label), amount(`${column.label} déclaré`)]),
    ],
    rows,
  });
}

function rowCells(row: Row | undefined, table: BudgetTableView) {
  if (!row) return ['', ...table.columns.map(() => '')];
  const bold = row.isSubtotal ? { src: 'Helvetica-Bold' } : undefined;
  const label = `${row.level > 0 ? '   ' : ''}${row.label}`;
  return [
    bold ? { text: label, font: bold } : label,
    ...table.columns.map((column) => {
      const cell = row.cells[column.key]!;
      const shown = row.isSubtotal && cell.declaredCents !== null ? cell.declaredCents : cell.computedCents;
      const text = money(shown) + (cell.differenceCents !== null ? ` *` : '');
      return { text, align: { x: 'right' as const }, ...(bold ? { font: bold } : {}) };
    }),
  ];
}

/**
 * The budget laid out like the CERFA 12156 budget table: charges on the left, products on the right,
 * each with the year's budget and the previous year's actual; subtotals as declared, with a star and
 * a note under the table where the sum of their lines differs.
 */
export function renderBudgetPdf(table: BudgetTableView, associationName: string): Promise<Buffer> {
  return pdfBytes(
    {
      size: 'A4',
      layout: 'landscape',
      margin: 32,
      info: { Title: table.title, Author: associationName },
    },
    (document) => {
      document
        .font('Helvetica-Bold')
        .fontSize(13)
        .text(`BUDGET PRÉVISIONNEL ${table.year} - ${associationName.toUpperCase()}`, { align: 'center' });
      if (table.asOf)
        document
          .font('Helvetica')
          .fontSize(9)
          .text(`Au ${formatDay(table.asOf)}`, { align: 'center' });
      document.moveDown(0.6).fontSize(7.5);
      const charges = table.rows.filter((row) => row.side === 'charges');
      const products = table.rows.filter((row) => row.side === 'products');
      const head = (title: string) => [
        { text: title, font: { src: 'Helvetica-Bold' } },
        ...table.columns.map((column) => ({
          text: column.label,
          font: { src: 'Helvetica-Bold' },
          align: { x: 'right' as const },
        })),
      ];
      const total = (side: 'charges' | 'products') => [
        {
          text: side === 'charges' ? 'Total des charges' : 'Total des produits',
          font: { src: 'Helvetica-Bold' },
        },
        ...table.columns.map((column) => {
          const declared = side === 'charges' ? column.declaredChargesCents : column.declaredProductsCents;
          const computed = side === 'charges' ? column.chargesCents : column.productsCents;
          return {
            text: `${formatMoney(declared ?? computed)}${declared !== null && declared !== computed ? ' *' : ''}`,
            font: { src: 'Helvetica-Bold' },
            align: { x: 'right' as const },
          };
        }),
      ];
      const count = Math.max(charges.length, products.length);
      const body = Array.from({ length: count }, (_, index) => [
        ...rowCells(charges[index], table),
        ...rowCells(products[index], table),
      ]);
      const columnWidths = table.columns.map(() => 62);
      document.table({
        columnStyles: ['*', ...columnWidths, '*', ...columnWidths],
        rowStyles: { height: 13, padding: [2, 3] },
        data: [
          [...head('CHARGES'), ...head('PRODUITS')],
          ...body,
          [...total('charges'), ...total('products')],
        ],
      });
      if (table.differences.length > 0) {
        document
          .moveDown(0.8)
          .font('Helvetica-Bold')
          .fontSize(8)
          .text('* Chiffres déclarés différents de la somme de leurs lignes :', 32);
        const labels = new Map(table.columns.map((column) => [column.key, column.label]));
        document.font('Helvetica');
        for (const difference of table.differences) {
          document.text(
            `${difference.account === 'total' ? '' : `${difference.account} `}${difference.label} (${labels.get(difference.column)}) : déclaré ${formatMoney(difference.declaredCents)}, somme des lignes ${formatMoney(difference.computedCents)}, écart ${formatMoney(difference.differenceCents)}`,
          );
        }
      }
    },
  );
}
