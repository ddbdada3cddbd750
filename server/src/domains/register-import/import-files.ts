import fs from 'node:fs';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { ErrorCode } from '../../../../common/errors.ts';
import type { MessageParams } from '../../../../common/i18n/messages.ts';
import { AppError } from '../../http/app-error.ts';
import { readFirstSheetRows, XlsxError } from './xlsx-sheet.ts';

/**
 * The largest file an import accepts; the upload route raises its body limit to this, and only it. A
 * register of 200 000 persons with a dozen columns is about 20 MB of CSV, and less as XLSX.
 */
export const maxImportBytes = 20 * 1024 * 1024;

/** The most data rows an import reads: counted as the file is read, refused at the first row past it. */
export const maxImportRows = 200_000;

export type ImportFormat = 'csv' | 'xlsx';

export interface StoredFile {
  path: string;
  format: ImportFormat;
  bytes: number;
  /** CSV only: the separator found on the header line. */
  delimiter: string;
}

/** One non-empty line of the file: its 1-based line (CSV) or row (XLSX) number, header included. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** A refused file: `detail` says why, `reason` is the code the web app reads in `errors[0].message`. */
function refuse(detail: ErrorCode, reason: string, params?: MessageParams): AppError {
  return new AppError('validation_failed', params, { detail, errors: [{ path: 'body', message: reason }] });
}

function tooLargeFile(): AppError {
  return new AppError(
    'payload_too_large',
    { megabytes: maxImportBytes / 1024 / 1024 },
    { detail: 'import_file_too_large' },
  );
}

const knownBinaries: [number[], ErrorCode][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'import_file_png'],
  [[0xff, 0xd8, 0xff], 'import_file_jpeg'],
  [[0x47, 0x49, 0x46, 0x38], 'import_file_gif'],
  [[0x25, 0x50, 0x44, 0x46], 'import_file_pdf'],
  [[0x1f, 0x8b], 'import_file_gzip'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'import_file_old_office'],
  [[0xff, 0xfe], 'import_file_utf16'],
  [[0xfe, 0xff], 'import_file_utf16'],
];

const notImportable = (what: ErrorCode) => refuse(what, 'not_csv_or_xlsx');

/** What the first bytes of an upload say it is: an XLSX candidate (a ZIP), text, or something refused. */
export function sniffFormat(head: Buffer): ImportFormat {
  if (head.length >= 4 && head.readUInt32BE(0) === 0x504b0304) return 'xlsx';
  if (head.length >= 4 && head.readUInt32BE(0) === 0x504b0506) throw notImportable('import_file_empty_zip');
  for (const [signature, what] of knownBinaries) {
    if (signature.every((byte, index) => head[index] === byte)) throw notImportable(what);
  }
  if (head.includes(0)) throw notImportable('import_file_binary');
  return 'csv';
}

/** The separator of a CSV: the one of ";", "," and tab found most on the header line, outside quotes. */
export function detectDelimiter(firstLine: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let isQuoted = false;
  for (const character of firstLine) {
    if (character === '"') isQuoted = !isQuoted;
    else if (!isQuoted && counts.has(character)) counts.set(character, counts.get(character)! + 1);
  }
  let best = ',';
  for (const [candidate, count] of counts) if (count > counts.get(best)!) best = candidate;
  return best;
}

/**
 * Writes an upload to `filePath` as it arrives, never holding it whole: refuses it (and removes
 * what was written) past the size limit, when it is empty, or when it is neither text in UTF-8 nor
 * a ZIP (XLSX). The XLSX's contents are checked later, when its rows are read.
 */
export async function storeUpload(
  body: Readable,
  options: {
    filePath: string;
    declaredBytes?: number | undefined;
    maxBytes?: number;
    /** The refusal past `maxBytes`: the import's size limit unless the quota comes first. */
    tooLarge?: () => AppError;
  },
): Promise<StoredFile> {
  const maxBytes = options.maxBytes ?? maxImportBytes;
  const tooLarge = options.tooLarge ?? tooLargeFile;
  if (options.declaredBytes !== undefined && options.declaredBytes > maxBytes) {
    body.resume();
    throw tooLarge();
  }
  const output = fs.createWriteStream(options.filePath, { flags: 'wx' });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytes = 0;
  let head = Buffer.alloc(0);
  let format: ImportFormat | undefined;
  let firstLine = '';
  let hasText = false;
  const readText = (buffer: Buffer, isLast = false) => {
    let text: string;
    try {
      text = decoder.decode(buffer, { stream: !isLast });
    } catch {
      throw refuse('import_file_not_utf8', 'not_utf8');
    }
    if (!hasText && /[^\s\uFEFF]/.test(text)) hasText = true;
    if (firstLine.length < 65536 && !/[\r\n]/.test(firstLine)) firstLine += text.slice(0, 65536);
  };
  try {
    // Not destroyed on an early exit: the rest is drained, so the client reads the refusal.
    for await (const chunk of body.iterator({ destroyOnReturn: false })) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
      bytes += buffer.length;
      if (bytes > maxBytes) throw tooLarge();
      if (!format) {
        // The first bytes decide what the file is; they are read as text once that is known.
        head = Buffer.concat([head, buffer]);
        if (head.length >= 8) {
          format = sniffFormat(head);
          if (format === 'csv') readText(head);
        }
      } else if (format === 'csv') {
        readText(buffer);
      }
      if (!output.write(buffer)) await once(output, 'drain');
    }
    if (!format && head.length > 0) {
      format = sniffFormat(head);
      if (format === 'csv') readText(head);
    }
    if (format === 'csv') readText(Buffer.alloc(0), true);
    if (bytes === 0 || (format === 'csv' && !hasText)) {
      throw refuse('import_file_empty', 'empty_file');
    }
    output.end();
    await once(output, 'finish');
  } catch (error) {
    // The file is created when the stream opens, which may come after the refusal: wait for the
    // stream to close before removing what it wrote, or a late open would leave an empty file behind.
    if (!output.closed) {
      const closed = once(output, 'close');
      output.destroy();
      await closed;
    }
    await fs.promises.rm(options.filePath, { force: true });
    // The rest of the body is read and dropped, so the client gets the answer rather than a reset.
    body.resume();
    throw error;
  }
  return {
    path: options.filePath,
    format: format!,
    bytes,
    delimiter: detectDelimiter(firstLine.replace(/^\uFEFF/, '').split(/\r?\n|\r/)[0] ?? ''),
  };
}

function lineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

async function* readCsvRows(file: StoredFile): AsyncGenerator<SheetRow> {
  const input = fs.createReadStream(file.path);
  const parser = input.pipe(
    parse({
      delimiter: file.delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }),
  );
  // Line numbers are counted here: a record spans one line plus the line breaks quoted in its fields.
  let line = 1;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      const row = line;
      line += 1 + record.reduce((sum, field) => sum + lineBreaks(field), 0);
      const cells = record.map((field) => field.trim());
      if (cells.every((cell) => cell === '')) continue;
      yield { row, cells };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw refuse('import_csv_malformed', 'malformed_csv', { line, reason });
  } finally {
    input.destroy();
  }
}

async function* readXlsxRows(file: StoredFile): AsyncGenerator<SheetRow> {
  try {
    yield* readFirstSheetRows(file.path);
  } catch (error) {
    if (!(error instanceof XlsxError)) throw error;
    const { problem } = error;
    if (problem.kind === 'without_sheet') throw refuse('import_zip_without_sheet', 'not_xlsx');
    if (problem.kind === 'part_too_large') {
      throw refuse('import_xlsx_part_too_large', 'xlsx_too_large', {
        part: problem.part,
        megabytes: problem.limitBytes / 1024 / 1024,
      });
    }
    throw refuse('import_zip_not_xlsx', 'not_xlsx');
  }
}

/**
 * Every non-empty line of a stored file, header first, read as a stream; refused as soon as it has
 * more than `maxRows` data rows, before anything past them is read.
 */
export async function* readRows(
  file: StoredFile,
  options: { maxRows?: number } = {},
): AsyncGenerator<SheetRow> {
  const maxRows = options.maxRows ?? maxImportRows;
  let rows = 0;
  for await (const row of file.format === 'csv' ? readCsvRows(file) : readXlsxRows(file)) {
    // The header is the first row yielded; the data rows follow.
    if (rows > maxRows)
      throw refuse('import_too_many_rows', 'too_many_rows', { rows: maxRows, line: row.row });
    rows += 1;
    yield row;
  }
}

/** Header names as the mapping shows them: a blank header becomes "Colonne N". */
export function columnNames(header: readonly string[]): string[] {
  return header.map((name, index) => (name === '' ? `Colonne ${index + 1}` : name));
}

export interface FileOverview {
  columns: string[];
  sampleRows: string[][];
  /** Data rows (header excluded): counted for CSV, which is quick; unknown for XLSX until a run. */
  rowCount: number | null;
}

/** The header, the first rows and (CSV) how many rows follow: what the mapping step shows. */
export async function inspectFile(file: StoredFile, sampleSize = 5): Promise<FileOverview> {
  let columns: string[] | undefined;
  const sampleRows: string[][] = [];
  let rowCount = 0;
  for await (const { cells } of readRows(file)) {
    if (!columns) {
      columns = columnNames(cells);
      continue;
    }
    rowCount += 1;
    if (sampleRows.length < sampleSize) sampleRows.push(columns.map((_, index) => cells[index] ?? ''));
    if (file.format === 'xlsx' && sampleRows.length >= sampleSize) break;
  }
  if (!columns) throw refuse('import_file_empty', 'empty_file');
  if (rowCount === 0) {
    throw refuse('import_file_without_rows', 'no_rows');
  }
  return { columns, sampleRows, rowCount: file.format === 'csv' ? rowCount : null };
}
