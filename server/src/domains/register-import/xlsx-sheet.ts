import path from 'node:path';
import type { Readable } from 'node:stream';
import { Parser } from 'htmlparser2';
import yauzl from 'yauzl';

/**
 * Reads the first worksheet of an XLSX file as rows of cell texts, streaming its XML.
 *
 * The archive is opened through its central directory (yauzl), so every part is found whatever order
 * the writer put them in, and each part is read only when it is needed: the workbook, its relations,
 * the styles and the shared strings first, then the sheet, one piece at a time. The size each part
 * declares is checked against its limit before it is opened, and yauzl stops a part whose inflated
 * bytes pass the size it declared: a ZIP bomb is refused before anything of it is held.
 */

/** The most a part may inflate to, in bytes: a real register fits well under these. */
const limits = {
  sheetBytes: 200 * 1024 * 1024,
  /** Held in memory while the sheet is read, as its cells point into them. */
  sharedStringsBytes: 25 * 1024 * 1024,
  /** The workbook, its relations and the styles: small in any real file. */
  otherPartBytes: 10 * 1024 * 1024,
};

export type XlsxProblem =
  | { kind: 'part_too_large'; part: string; limitBytes: number }
  | { kind: 'without_sheet' }
  | { kind: 'unreadable'; reason: string };

/** Why a file cannot be read as a workbook; the caller turns it into the answer people read. */
export class XlsxError extends Error {
  readonly problem: XlsxProblem;

  constructor(problem: XlsxProblem) {
    super(problem.kind === 'unreadable' ? problem.reason : problem.kind);
    this.name = 'XlsxError';
    this.problem = problem;
  }
}

export interface XlsxRow {
  /** The sheet's 1-based row number. */
  row: number;
  /** Cell texts from column A, trimmed; a missing cell is ''. */
  cells: string[];
}

const unreadable = (reason: string) => new XlsxError({ kind: 'unreadable', reason });

const maxParts = 10_000;

/** Excel's last column (XFD) and row: a reference past them is not a real cell. */
const maxColumn = 16_384;
const maxRow = 1_048_576;

/** The part's name inside the archive: `/xl/worksheets/sheet1.xml` and `xl/worksheets/sheet1.xml` alike. */
function partName(name: string): string {
  return name.replace(/^\/+/, '').toLowerCase();
}

/** A relation's target, relative to the folder of the part that declares it, or absolute. */
function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return partName(target);
  return partName(path.posix.normalize(path.posix.join(path.posix.dirname(fromPart), target)));
}

function relationsOf(part: string): string {
  return partName(path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`));
}

/** An element's name without its namespace prefix (`x:row` → `row`). */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** `_x000D_` and the like: characters XML cannot carry, as Office escapes them in strings. */
function unescapeOffice(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

interface XmlHandler {
  open(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** The built-in number formats that show a date or a time (ECMA-376 18.8.30, and the East Asian ones). */
function isBuiltInDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** A format code shows a date when a date or time letter remains once quoted text, escapes and colours are set aside. */
function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/[\\_*]./g, '');
  return /[ymdhsb]/i.test(bare.replace(/general/gi, ''));
}

/** An Excel serial day as YYYY-MM-DD (the 1900 system counts from 1899-12-30, the 1904 one from 1904-01-01). */
export function serialDay(serial: number, is1904: boolean): string | undefined {
  // Rounded to the millisecond first, as Excel shows 23:59:59.9996 as the next day.
  const milliseconds = Math.round((serial - 25_569 + (is1904 ? 1_462 : 0)) * 86_400_000);
  const daysSince1970 = Math.floor(milliseconds / 86_400_000);
  // The civil date of a day number (H. Hinnant's algorithm): a date column is read 100 000 times.
  const days = daysSince1970 + 719_468;
  const era = Math.floor(days / 146_097);
  const dayOfEra = days - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1_460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (!(year >= 1 && year <= 9999)) return undefined;
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

interface Workbook {
  firstSheet: string | undefined;
  sharedStrings: string | undefined;
  styles: string | undefined;
  is1904: boolean;
}

class XlsxArchive {
  readonly #zip: yauzl.ZipFile;
  readonly #entries: Map<string, yauzl.Entry>;

  private constructor(zip: yauzl.ZipFile, entries: Map<string, yauzl.Entry>) {
    this.#zip = zip;
    this.#entries = entries;
  }

  static async open(filePath: string): Promise<XlsxArchive> {
    // autoClose off: the entries are listed first, then opened in the order the reading needs.
    const zip = await yauzl.openPromise(filePath, { autoClose: false, validateEntrySizes: true });
    const entries = new Map<string, yauzl.Entry>();
    try {
      // Tens of parts in a workbook, a few thousand with many sheets and images: not a million to list.
      if (zip.entryCount > maxParts) throw unreadable(`${zip.entryCount} parts`);
      for await (const entry of zip.eachEntry()) {
        if (!entry.fileName.endsWith('/')) entries.set(partName(entry.fileName), entry);
      }
    } catch (error) {
      zip.close();
      throw error;
    }
    return new XlsxArchive(zip, entries);
  }

  has(part: string): boolean {
    return this.#entries.has(part);
  }

  close(): void {
    this.#zip.close();
  }

  /** The part's XML text, a piece at a time; refused when it declares more than `limitBytes`. */
  async *text(part: string, limitBytes: number): AsyncGenerator<string> {
    const entry = this.#entries.get(part);
    if (!entry) throw unreadable(`${part} is missing`);
    if (entry.uncompressedSize > limitBytes) {
      throw new XlsxError({ kind: 'part_too_large', part: entry.fileName, limitBytes });
    }
    // validateEntrySizes (on when opened): the stream fails at the first byte past the declared size.
    const stream: Readable = await this.#zip.openReadStreamPromise(entry);
    const decoder = new TextDecoder('utf-8');
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        yield decoder.decode(chunk, { stream: true });
      }
      yield decoder.decode();
    } finally {
      stream.destroy();
    }
  }

  /** Streams a part through an XML parser; yields after each piece so the caller can take what it built. */
  async *parse(part: string, limitBytes: number, handler: XmlHandler): AsyncGenerator<void> {
    const parser = new Parser(
      {
        onopentag: (name, attributes) => handler.open(localName(name), attributes),
        ontext: handler.text && ((text) => handler.text!(text)),
        // At the end, the parser closes what is still open ("implied"): a part cut short is not complete.
        onclosetag: handler.close && ((name, isImplied) => isImplied || handler.close!(localName(name))),
      },
      { xmlMode: true, decodeEntities: true },
    );
    for await (const piece of this.text(part, limitBytes)) {
      parser.write(piece);
      yield;
    }
    parser.end();
  }

  async read(part: string, handler: XmlHandler): Promise<void> {
    for await (const _ of this.parse(part, limits.otherPartBytes, handler));
  }

  /** The relations of a part: id → target part and type (its last word), and the first target of each type. */
  async relations(part: string): Promise<{
    byId: Map<string, { target: string; type: string | undefined }>;
    byType: Map<string, string>;
  }> {
    const byId = new Map<string, { target: string; type: string | undefined }>();
    const byType = new Map<string, string>();
    const file = relationsOf(part);
    if (!this.has(file)) return { byId, byType };
    await this.read(file, {
      open(name, attributes) {
        if (name !== 'Relationship' || attributes.TargetMode === 'External' || !attributes.Target) return;
        const target = resolveTarget(part, attributes.Target);
        const type = attributes.Type?.split('/').pop();
        if (attributes.Id) byId.set(attributes.Id, { target, type });
        if (type && !byType.has(type)) byType.set(type, target);
      },
    });
    return { byId, byType };
  }

  async workbook(): Promise<Workbook | undefined> {
    const root = await this.relations('');
    const workbookPart = root.byType.get('officeDocument') ?? 'xl/workbook.xml';
    if (!this.has(workbookPart)) return undefined;
    const relations = await this.relations(workbookPart);
    let firstSheet: string | undefined;
    let is1904 = false;
    await this.read(workbookPart, {
      open(name, attributes) {
        if (name === 'workbookPr') is1904 = ['1', 'true'].includes(attributes.date1904 ?? '');
        if (name !== 'sheet' || firstSheet !== undefined) return;
        // The relation id is `r:id`, whatever prefix the file gives the relationships namespace.
        const id = Object.entries(attributes).find(
          ([key]) => localName(key) === 'id' && key.includes(':'),
        )?.[1];
        const relation = id === undefined ? undefined : relations.byId.get(id);
        // A chart sheet has no cells: the first sheet is the first worksheet.
        if (relation?.type === 'chartsheet' || relation?.type === 'dialogsheet') return;
        firstSheet = relation?.target ?? '';
      },
    });
    const part = (candidate: string | undefined) =>
      candidate !== undefined && this.has(candidate) ? candidate : undefined;
    return {
      firstSheet,
      sharedStrings: part(relations.byType.get('sharedStrings') ?? 'xl/sharedstrings.xml'),
      styles: part(relations.byType.get('styles') ?? 'xl/styles.xml'),
      is1904,
    };
  }

  /** For each cell style (`s`), whether its number format shows a date. */
  async dateStyles(part: string | undefined): Promise<boolean[]> {
    if (!part) return [];
    const formats = new Map<number, string>();
    const styleFormats: number[] = [];
    let inCellStyles = false;
    await this.read(part, {
      open(name, attributes) {
        if (name === 'numFmt') formats.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
        else if (name === 'cellXfs') inCellStyles = true;
        else if (name === 'xf' && inCellStyles) styleFormats.push(Number(attributes.numFmtId ?? 0));
      },
      close(name) {
        if (name === 'cellXfs') inCellStyles = false;
      },
    });
    return styleFormats.map((id) => {
      const code = formats.get(id);
      return code === undefined ? isBuiltInDateFormat(id) : isDateFormatCode(code);
    });
  }

  /** Each shared string's text, rich text runs joined, phonetic guides left out. */
  async sharedStrings(part: string | undefined): Promise<string[]> {
    const strings: string[] = [];
    if (!part) return strings;
    let current: string | undefined;
    let depthInPhonetic = 0;
    let isText = false;
    let isComplete = false;
    const parsing = this.parse(part, limits.sharedStringsBytes, {
      open(name) {
        if (name === 'si') current = '';
        else if (name === 'rPh') depthInPhonetic += 1;
        else if (name === 't' && depthInPhonetic === 0) isText = true;
      },
      text(text) {
        if (isText && current !== undefined) current += text;
      },
      close(name) {
        if (name === 't') isText = false;
        else if (name === 'rPh') depthInPhonetic -= 1;
        else if (name === 'si' && current !== undefined) {
          strings.push(unescapeOffice(current));
          current = undefined;
        } else if (name === 'sst') isComplete = true;
      },
    });
    for await (const _ of parsing);
    if (!isComplete) throw unreadable(`${part} ends early`);
    return strings;
  }

  async *rows(part: string, context: { strings: string[]; dateStyles: boolean[]; is1904: boolean }) {
    const { strings, dateStyles, is1904 } = context;
    const ready: XlsxRow[] = [];
    let rowNumber = 0;
    let cells: string[] | undefined;
    let column = 0;
    let type = '';
    let style = 0;
    let value: string | undefined;
    let inline: string | undefined;
    let collecting: 'value' | 'inline' | undefined;
    let depthInPhonetic = 0;
    let isComplete = false;

    const cellText = (): string | undefined => {
      if (type === 'inlineStr') return inline === undefined ? value : unescapeOffice(inline);
      if (value === undefined) return undefined;
      switch (type) {
        case 's':
          return strings[Number.parseInt(value, 10)] ?? '';
        case 'str':
          return unescapeOffice(value);
        case 'b':
          return String(Number.parseInt(value, 10) !== 0);
        case 'e':
          return '';
        case 'd':
          return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : value;
        default: {
          if (value.trim() === '') return '';
          const number = Number(value);
          if (Number.isNaN(number)) return value;
          return (dateStyles[style] && serialDay(number, is1904)) || String(number);
        }
      }
    };

    const parsing = this.parse(part, limits.sheetBytes, {
      open(name, attributes) {
        switch (name) {
          case 'row': {
            const number = attributes.r === undefined ? rowNumber + 1 : Number.parseInt(attributes.r, 10);
            if (!(number >= 1 && number <= maxRow)) throw unreadable(`row ${attributes.r} out of the sheet`);
            rowNumber = number;
            cells = [];
            column = 0;
            break;
          }
          case 'c': {
            const letters = attributes.r?.match(/^[A-Za-z]+/)?.[0];
            let number = column + 1;
            if (letters) {
              number = 0;
              for (const letter of letters.toUpperCase()) number = number * 26 + letter.charCodeAt(0) - 64;
            }
            if (number > maxColumn) throw unreadable(`cell ${attributes.r} out of the sheet`);
            column = number;
            type = attributes.t ?? 'n';
            style = attributes.s === undefined ? 0 : Number.parseInt(attributes.s, 10);
            value = undefined;
            inline = undefined;
            break;
          }
          case 'v':
            value = '';
            collecting = 'value';
            break;
          case 'is':
            inline = '';
            break;
          case 'rPh':
            depthInPhonetic += 1;
            break;
          case 't':
            if (inline !== undefined && depthInPhonetic === 0) collecting = 'inline';
            break;
        }
      },
      text(text) {
        if (collecting === 'value') value += text;
        else if (collecting === 'inline') inline += text;
      },
      close(name) {
        switch (name) {
          case 'v':
          case 't':
            collecting = undefined;
            break;
          case 'rPh':
            depthInPhonetic -= 1;
            break;
          case 'c': {
            const text = cells && cellText();
            if (cells && text !== undefined) cells[column - 1] = text.trim();
            break;
          }
          case 'row':
            if (cells && cells.some((cell) => cell !== '')) {
              ready.push({ row: rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
            }
            cells = undefined;
            break;
          case 'sheetData':
            isComplete = true;
            break;
        }
      },
    });
    for await (const _ of parsing) {
      yield* ready;
      ready.length = 0;
    }
    yield* ready;
    if (!isComplete) throw unreadable(`${part} ends early`);
  }
}

/**
 * The first worksheet's rows that hold something, as trimmed texts: numbers as written ("2018", "12.5"),
 * dates (numbers in a date format) as YYYY-MM-DD, formulas by their last result, rich text joined,
 * booleans "true"/"false", errors as ''.
 */
export async function* readFirstSheetRows(filePath: string): AsyncGenerator<XlsxRow> {
  let archive: XlsxArchive;
  try {
    archive = await XlsxArchive.open(filePath);
  } catch (error) {
    throw error instanceof XlsxError ? error : unreadable(String(error));
  }
  try {
    const workbook = await archive.workbook();
    if (!workbook || workbook.firstSheet === undefined) throw new XlsxError({ kind: 'without_sheet' });
    if (!archive.has(workbook.firstSheet)) throw unreadable('the first sheet is missing');
    const dateStyles = await archive.dateStyles(workbook.styles);
    const strings = await archive.sharedStrings(workbook.sharedStrings);
    yield* archive.rows(workbook.firstSheet, { strings, dateStyles, is1904: workbook.is1904 });
  } catch (error) {
    throw error instanceof XlsxError ? error : unreadable(String(error));
  } finally {
    archive.close();
  }
}
