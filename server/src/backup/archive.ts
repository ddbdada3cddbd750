import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { Database, DbOrTransaction, Engine } from '../db/database.ts';
import { latestMigrationName } from '../db/migrate.ts';
import { archivedTables, type TableName } from '../db/tables.ts';
import { migrations } from '../db/migrations/index.ts';
import { analyzeTables, firstFilledTable, insertRows, readRowsAfter } from '../db/table-rows.repository.ts';
import { rebuildPersonSearchWords } from '../domains/register/persons.repository.ts';

/**
 * A Quorum archive is gzip-compressed JSON lines, the same whatever the engine:
 *   {"format":"quorum-archive","version":2,"schema":"<last migration>",...}   header
 *   {"table":"persons","row":{...}}                                             one line a row
 *   {"end":true,"rows":N,"tables":{"persons":{"rows":N,"sha256":"…"},…},"sha256":"…"}
 * The end line proves the archive complete and carries a SHA-256 per table (of its row lines) and
 * one of every line before it: an archive changed after it was written is refused. Rows are written
 * in id order with sorted keys, from one snapshot of the database, so one database gives one archive
 * on either engine. Version 1 archives (without checksums) are still read.
 */
export const archiveFormat = 'quorum-archive';
export const archiveVersion = 2;
const batchSize = 1000;

export interface ArchiveHeader {
  format: string;
  version: number;
  schema: string;
  createdAt: string;
  sourceEngine: string;
  tables: string[];
}

export interface ArchiveSummary {
  file: string;
  version: number;
  schema: string;
  rows: Record<string, number>;
  /** SHA-256 of the archive's content (every line before its end line); absent in version 1. */
  sha256?: string;
}

interface TableChecksum {
  rows: number;
  sha256: string;
}

interface EndLine {
  end: true;
  rows: number;
  tables?: Record<string, TableChecksum>;
  sha256?: string;
}

export class ArchiveError extends Error {}

function sortedRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(row)
      .sort()
      .map((key) => [key, row[key]]),
  );
}

async function* rowsInIdOrder(
  db: DbOrTransaction,
  engine: Engine,
  table: TableName,
): AsyncGenerator<Record<string, unknown>> {
  let lastId: string | null = null;
  for (;;) {
    const rows = await readRowsAfter(db, engine, table, lastId, batchSize);
    for (const row of rows) yield row;
    if (rows.length < batchSize) return;
    lastId = String(rows[rows.length - 1]!.id);
  }
}

/** Running SHA-256 digests of a whole archive and of each table's lines. */
class ArchiveDigests {
  private readonly whole = createHash('sha256');
  private readonly tables = new Map<string, { rows: number; hash: Hash }>();

  header(line: string): void {
    this.whole.update(line);
  }

  row(table: string, line: string): void {
    this.whole.update(line);
    let entry = this.tables.get(table);
    if (!entry) {
      entry = { rows: 0, hash: createHash('sha256') };
      this.tables.set(table, entry);
    }
    entry.rows += 1;
    entry.hash.update(line);
  }

  /** The digests, once every line is in; the hashes are spent after this. */
  finish(): { tables: Record<string, TableChecksum>; sha256: string } {
    const tables: Record<string, TableChecksum> = {};
    for (const [table, entry] of this.tables)
      tables[table] = { rows: entry.rows, sha256: entry.hash.digest('hex') };
    return { tables, sha256: this.whole.digest('hex') };
  }
}

/**
 * Writes the whole database to FILE from one snapshot, so writes committed meanwhile are either all
 * in it or all out of it; the file appears only once complete.
 */
export async function writeArchive(database: Database, file: string): Promise<ArchiveSummary> {
  const rows: Record<string, number> = {};
  const header: ArchiveHeader = {
    format: archiveFormat,
    version: archiveVersion,
    schema: latestMigrationName(),
    createdAt: new Date().toISOString(),
    sourceEngine: database.engine,
    tables: [...archivedTables],
  };
  const digests = new ArchiveDigests();
  let sha256 = '';
  async function* lines(db: DbOrTransaction): AsyncGenerator<string> {
    const headerLine = `${JSON.stringify(header)}\n`;
    digests.header(headerLine);
    yield headerLine;
    let total = 0;
    for (const table of archivedTables) {
      rows[table] = 0;
      for await (const row of rowsInIdOrder(db, database.engine, table)) {
        rows[table] += 1;
        total += 1;
        const line = `${JSON.stringify({ table, row: sortedRow(row) })}\n`;
        digests.row(table, line);
        yield line;
      }
    }
    const checksums = digests.finish();
    sha256 = checksums.sha256;
    const end: EndLine = { end: true, rows: total, tables: checksums.tables, sha256 };
    yield `${JSON.stringify(end)}\n`;
  }
  const target = path.resolve(file);
  const partial = `${target}.partial-${process.pid}`;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  try {
    await database.snapshot((db) => pipeline(lines(db), createGzip(), fs.createWriteStream(partial)));
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return { file: target, version: archiveVersion, schema: header.schema, rows, sha256 };
}

function parseHeader(line: string | undefined): ArchiveHeader {
  let header: Partial<ArchiveHeader>;
  try {
    header = JSON.parse(line ?? '') as Partial<ArchiveHeader>;
  } catch {
    throw new ArchiveError('this file is not a Quorum archive (no header line)');
  }
  if (header.format !== archiveFormat) throw new ArchiveError('this file is not a Quorum archive');
  if (typeof header.version !== 'number' || header.version > archiveVersion) {
    throw new ArchiveError(
      `archive version ${String(header.version)} is newer than this Quorum reads (${archiveVersion}): update Quorum first`,
    );
  }
  if (!header.schema || !(header.schema in migrations)) {
    throw new ArchiveError(
      `archive schema "${String(header.schema)}" is unknown to this Quorum: update Quorum first`,
    );
  }
  return header as ArchiveHeader;
}

type RowSink = (table: TableName, row: Record<string, unknown>) => Promise<void>;

/**
 * Reads FILE line by line, handing each row to `sink`, and checks that it is whole and unchanged: its
 * row count and, from version 2, the checksum of each table and of the whole. Throws ArchiveError
 * otherwise, after the rows already handed on (the caller's transaction then rolls them back).
 */
async function readArchive(file: string, sink: RowSink): Promise<ArchiveSummary> {
  if (!fs.existsSync(file)) throw new ArchiveError(`no such file: ${file}`);
  const input = fs.createReadStream(file).pipe(createGunzip());
  const reader = readline.createInterface({ input, crlfDelay: Infinity });
  const lines = reader[Symbol.asyncIterator]();
  try {
    let firstLine: string | undefined;
    try {
      firstLine = (await lines.next()).value as string | undefined;
    } catch (error) {
      throw new ArchiveError(`this file is not a Quorum archive (${(error as Error).message})`);
    }
    const header = parseHeader(firstLine);
    const digests = new ArchiveDigests();
    digests.header(`${firstLine}\n`);
    const rows: Record<string, number> = {};
    const known = new Set<string>(archivedTables);
    let total = 0;
    let end: EndLine | undefined;
    for await (const line of { [Symbol.asyncIterator]: () => lines }) {
      if (line === '') continue;
      const entry = JSON.parse(line) as { table?: string; row?: Record<string, unknown> } & Partial<EndLine>;
      if (entry.end) {
        end = entry as EndLine;
        break;
      }
      if (!entry.table || !known.has(entry.table) || !entry.row) {
        throw new ArchiveError(`archive line ${total + 2} names an unknown table: ${String(entry.table)}`);
      }
      digests.row(entry.table, `${line}\n`);
      await sink(entry.table as TableName, entry.row);
      rows[entry.table] = (rows[entry.table] ?? 0) + 1;
      total += 1;
    }
    if (!end) throw new ArchiveError('the archive is truncated: its end marker is missing');
    if (end.rows !== total) throw new ArchiveError(`archive announces ${end.rows} rows but holds ${total}`);
    if (header.version < 2)
      return { file: path.resolve(file), version: header.version, schema: header.schema, rows };
    const computed = digests.finish();
    for (const table of new Set([...Object.keys(end.tables ?? {}), ...Object.keys(computed.tables)])) {
      const expected = end.tables?.[table];
      const found = computed.tables[table];
      if (expected?.sha256 !== found?.sha256 || expected?.rows !== found?.rows) {
        throw new ArchiveError(
          `the archive fails its checksum: table ${table} was changed after it was written (${found?.rows ?? 0} rows, ${expected?.rows ?? 0} announced)`,
        );
      }
    }
    if (end.sha256 !== computed.sha256) {
      throw new ArchiveError(
        'the archive fails its checksum: its header or end line was changed after it was written',
      );
    }
    return {
      file: path.resolve(file),
      version: header.version,
      schema: header.schema,
      rows,
      sha256: computed.sha256,
    };
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    if (error instanceof SyntaxError || (error as { code?: string }).code === 'Z_DATA_ERROR') {
      throw new ArchiveError(`the archive is damaged: ${(error as Error).message}`);
    }
    throw error;
  } finally {
    reader.close();
    input.destroy();
  }
}

/** Checks FILE without restoring it: whole, unchanged, readable by this Quorum. */
export async function verifyArchive(file: string): Promise<ArchiveSummary> {
  return readArchive(file, async () => {});
}

/**
 * Loads FILE into an empty, migrated database of either engine: every row, or none (an archive that
 * fails its checksum is refused before anything is written). The planner's statistics are gathered at the
 * end, as a freshly loaded PostgreSQL database has none.
 */
export async function restoreArchive(database: Database, file: string): Promise<ArchiveSummary> {
  if (!fs.existsSync(file)) throw new ArchiveError(`no such file: ${file}`);
  const filled = await firstFilledTable(database.db, [...archivedTables, 'sessions']);
  if (filled) {
    throw new ArchiveError(
      `the database is not empty (table ${filled} has rows): restore only into an empty database`,
    );
  }
  // Checked whole first, so a changed archive is refused for what it is rather than for the first
  // constraint its change happens to break.
  await verifyArchive(file);
  const summary = await database.db.transaction().execute(async (transaction) => {
    let batch: Record<string, unknown>[] = [];
    let batchTable: TableName | undefined;
    const flush = async () => {
      if (batchTable) await insertRows(transaction, batchTable, batch);
      batch = [];
    };
    const read = await readArchive(file, async (table, row) => {
      if (table !== batchTable || batch.length >= 200) await flush();
      batchTable = table;
      batch.push(row);
    });
    await flush();
    await rebuildPersonSearchWords(transaction);
    return read;
  });
  await analyzeTables(database.db);
  return summary;
}
