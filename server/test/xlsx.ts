import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import JSZip from 'jszip';
import { readFirstSheetRows, type XlsxRow } from '../src/domains/register-import/xlsx-sheet.ts';

/** What a cell is, beyond its text: how the spreadsheet will take it. */
interface XlsxCellFacts {
  /** The cell's `t`: `s` a shared string, `n` a number (or a date, by its format), `b`, `str`… */
  type: string;
  /** Whether the spreadsheet would compute it: a formula cell. */
  hasFormula: boolean;
  /** The number format's code, when the cell has one other than General. */
  format: string | undefined;
  isBold: boolean;
}

function parseXml(xml: string, open: (name: string, attributes: Record<string, string>) => void): void {
  const parser = new Parser({ onopentag: open }, { xmlMode: true });
  parser.write(xml);
  parser.end();
}

/**
 * A generated workbook read back as the import reads one (the first sheet's texts, row by row), with
 * the name of that sheet and, by address ("A1"), what each of its cells is.
 */
export async function readXlsx(bytes: Buffer): Promise<{
  sheet: string | undefined;
  rows: XlsxRow[];
  cells: Map<string, XlsxCellFacts>;
}> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-xlsx-'));
  const rows: XlsxRow[] = [];
  try {
    const file = path.join(directory, 'workbook.xlsx');
    fs.writeFileSync(file, bytes);
    for await (const row of readFirstSheetRows(file)) rows.push(row);
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }

  const zip = await JSZip.loadAsync(bytes);
  const text = async (part: string) => (await zip.file(part)?.async('string')) ?? '';
  let sheet: string | undefined;
  parseXml(await text('xl/workbook.xml'), (name, attributes) => {
    if (name === 'sheet') sheet ??= attributes.name;
  });
  const formats = new Map<number, string>();
  const boldFonts: boolean[] = [];
  const styles: { format: string | undefined; isBold: boolean }[] = [];
  let inCellStyles = false;
  parseXml(await text('xl/styles.xml'), (name, attributes) => {
    if (name === 'numFmt') formats.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
    else if (name === 'font') boldFonts.push(false);
    else if (name === 'b') boldFonts[boldFonts.length - 1] = true;
    else if (name === 'cellXfs') inCellStyles = true;
    else if (name === 'xf' && inCellStyles) {
      const formatId = Number(attributes.numFmtId ?? 0);
      styles.push({
        format: formatId === 0 ? undefined : (formats.get(formatId) ?? `built-in ${formatId}`),
        isBold: boldFonts[Number(attributes.fontId ?? 0)] ?? false,
      });
    }
  });
  const cells = new Map<string, XlsxCellFacts>();
  let current: XlsxCellFacts | undefined;
  parseXml(await text('xl/worksheets/sheet1.xml'), (name, attributes) => {
    if (name === 'c') {
      const style = styles[Number(attributes.s ?? 0)];
      current = {
        type: attributes.t ?? 'n',
        hasFormula: false,
        format: style?.format,
        isBold: style?.isBold ?? false,
      };
      cells.set(attributes.r ?? '', current);
    } else if (name === 'f' && current) current.hasFormula = true;
  });
  return { sheet, rows, cells };
}
