import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { Database } from '../db/database.ts';
import { latestMigrationName } from '../db/migrate.ts';
import { archivedTables, type TableName } from '../db/tables.ts';
import { migrations } from '../db/migrations/index.ts';
import { firstFilledTable, insertRows, readRowsAfter } from '../db/table-rows.repository.ts';
import { rebuildPersonSearchWords } from '../domains/register/persons.repository.ts';

/**
 * A Quorum archive is gzip-compressed JSON lines, the same whatever the engine:
 *   {"format":"quorum-archive","version":1,"schema":"<last migration>",...}   header
 *   {"table":"persons","row":{...}}                                             one line a row
 *   {"end":true,"rows":N}                                                       proves it is complete
 * Rows are written in id order with sorted keys, so one database gives one archive on either engine.
 */
export const archiveFormat = 'quorum-archive';
export const archiveVersion = 1;
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
}

export class ArchiveError extends Error {}

function sortedRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(row)
      .sort()
      .map((key) => [key, row[key]]),
  );
}

async function* rowsInIdOrder(database: Database, table: TableName): AsyncGenerator<Record<string, unknown>> {
  let lastId: string | null = null;
  for (;;) {
    const rows = await readRowsAfter(database, table, lastId, batchSize);
    for (const row of rows) yield row;
    if (rows.length < batchSize) return;
    lastId = String(rows[rows.length - 1]!.id);
  }
}

/** Writes the whole database to FILE; the file appears only once complete. */
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
  async function* lines(): AsyncGenerator<string> {
    yield `${JSON.stringify(header)}\n`;
    let total = 0;
    for (const table of archivedTables) {
      rows[table] = 0;
      for await (const row of rowsInIdOrder(database, table)) {
        rows[table] += 1;
        total += 1;
        yield `${JSON.stringify({ table, row: sortedRow(row) })}\n`;
      }
    }
    yield `${JSON.stringify({ end: true, rows: total })}\n`;
  }
  const target = path.resolve(file);
  const partial = `${target}.partial-${process.pid}`;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  try {
    await pipeline(lines, createGzip(), fs.createWriteStream(partial));
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return { file: target, version: archiveVersion, schema: header.schema, rows };
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

/** Loads FILE into an empty, migrated database of either engine: every row, or none. */
export async function restoreArchive(database: Database, file: string): Promise<ArchiveSummary> {
  if (!fs.existsSync(file)) throw new ArchiveError(`no such file: ${file}`);
  const filled = await firstFilledTable(database.db, [...archivedTables, 'sessions']);
  if (filled) {
    throw new ArchiveError(
      `the database is not empty (table ${filled} has rows): restore only into an empty database`,
    );
  }
  const input = fs.createReadStream(file).pipe(createGunzip());
  const reader = readline.createInterface({ input, crlfDelay: Infinity });
  const lines = reader[Symbol.asyncIterator]();
  let header: ArchiveHeader;
  try {
    header = parseHeader((await lines.next()).value as string | undefined);
  } catch (error) {
    reader.close();
    input.destroy();
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError(`this file is not a Quorum archive (${(error as Error).message})`);
  }
  const rows: Record<string, number> = {};
  const known = new Set<string>(archivedTables);
  try {
    await database.db.transaction().execute(async (transaction) => {
      let batch: Record<string, unknown>[] = [];
      let batchTable: TableName | undefined;
      let total = 0;
      let isComplete = false;
      const flush = async () => {
        if (batchTable) await insertRows(transaction, batchTable, batch);
        batch = [];
      };
      for await (const line of { [Symbol.asyncIterator]: () => lines }) {
        if (line === '') continue;
        const entry = JSON.parse(line) as {
          table?: string;
          row?: Record<string, unknown>;
          end?: boolean;
          rows?: number;
        };
        if (entry.end) {
          if (entry.rows !== total)
            throw new ArchiveError(`archive announces ${entry.rows} rows but holds ${total}`);
          isComplete = true;
          break;
        }
        if (!entry.table || !known.has(entry.table) || !entry.row) {
          throw new ArchiveError(`archive line ${total + 2} names an unknown table: ${String(entry.table)}`);
        }
        if (entry.table !== batchTable || batch.length >= 200) await flush();
        batchTable = entry.table as TableName;
        batch.push(entry.row);
        rows[entry.table] = (rows[entry.table] ?? 0) + 1;
        total += 1;
      }
      await flush();
      if (!isComplete) throw new ArchiveError('the archive is truncated: its end marker is missing');
      await rebuildPersonSearchWords(transaction);
    });
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    if (error instanceof SyntaxError || (error as { code?: string }).code === 'Z_DATA_ERROR') {
      throw new ArchiveError(`the archive is damaged: ${(error as Error).message}`);
    }
    throw error;
  } finally {
    reader.close();
  }
  return { file: path.resolve(file), version: header.version, schema: header.schema, rows };
}
