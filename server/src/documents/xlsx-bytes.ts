import type { CellObject } from 'write-excel-file/node';

/** Euros with two decimals, as a French spreadsheet shows an amount. */
export const euroFormat = '#,##0.00 "€"';

/** A cell: text, a number, a date, or nothing. */
type XlsxValue = string | number | Date | null;

interface XlsxColumn {
  header: string;
  /** In characters. */
  width: number;
  /** The number format of the column's numbers, `euroFormat` for amounts. */
  format?: string;
}

export interface XlsxRow {
  cells: XlsxValue[];
  isBold?: boolean;
}

/**
 * Each cell typed by what it holds: numbers as numbers (in their column's format), dates as dates,
 * and every text as a string cell, never a formula, whatever it starts with ("=", "+", "@"): a
 * spreadsheet shows `=HYPERLINK(…)` as the text it is. An empty text is an empty cell.
 */
function cellOf(value: XlsxValue, column: XlsxColumn | undefined, isBold: boolean): CellObject | null {
  if (value === null || value === '') return null;
  const bold = isBold ? { fontWeight: 'bold' as const } : {};
  if (typeof value === 'number') {
    return { value, type: Number, ...(column?.format ? { format: column.format } : {}), ...bold };
  }
  if (value instanceof Date) return { value, type: Date, format: 'dd/mm/yyyy', ...bold };
  return { value, type: String, ...bold };
}

/**
 * A one-sheet workbook as bytes, built in memory: the header row in bold and kept in view, then the
 * rows. write-excel-file is loaded on the first workbook, as pdfkit is on the first PDF.
 */
export async function xlsxBytes(options: {
  sheet: string;
  columns: readonly XlsxColumn[];
  rows: Iterable<XlsxRow>;
}): Promise<Buffer> {
  const { default: writeExcelFile } = await import('write-excel-file/node');
  const { columns } = options;
  const data: (CellObject | null)[][] = [
    columns.map((column) => ({ value: column.header, type: String, fontWeight: 'bold' as const })),
  ];
  for (const row of options.rows) {
    data.push(row.cells.map((value, index) => cellOf(value, columns[index], row.isBold ?? false)));
  }
  return writeExcelFile(data, {
    sheet: options.sheet,
    columns: columns.map((column) => ({ width: column.width })),
    stickyRowsCount: 1,
  }).toBuffer();
}
