import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createTestDatabase, testEngines, type TestDatabase } from '../../test/databases.ts';
import { createUser } from '../../test/factories.ts';
import { countRows, rowsOf } from '../../test/inspect.ts';
import { loadConfig } from '../config.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { loadDemo } from '../db/seed/demo.ts';
import { archivedTables } from '../db/tables.ts';
import { openRuntime } from '../runtime.ts';
import { restoreArchive, writeArchive } from './archive.ts';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-archive-'));

/**
 * The archive's rows and their tables' checksums, without its header (which says when and from which
 * engine it was written) and the whole archive's checksum (which covers the header).
 */
function archiveBody(file: string): string {
  const lines = gunzipSync(fs.readFileSync(file)).toString('utf8').trimEnd().split('\n');
  const end = JSON.parse(lines.at(-1)!) as { rows: number; tables: unknown };
  return [...lines.slice(1, -1), JSON.stringify({ rows: end.rows, tables: end.tables })].join('\n');
}

async function emptyDatabase(
  engine: 'sqlite' | 'postgres',
): Promise<{ database: Database; test: TestDatabase }> {
  const test = await createTestDatabase(engine);
  const database = openDatabase(test.url, test.options);
  await migrateToLatest(database);
  return { database, test };
}

async function rowCount(database: Database): Promise<number> {
  let total = 0;
  for (const table of archivedTables) total += await countRows(database, table);
  return total;
}

describe('backup archives', () => {
  let source: { database: Database; test: TestDatabase };
  const original = path.join(directory, 'original.qarchive');

  before(async () => {
    source = await emptyDatabase('sqlite');
    await loadDemo(source.database.db);
    const runtime = await openRuntime({
      config: {
        ...loadConfig({}),
        databaseUrl: source.test.url,
        logLevel: 'silent',
      },
    });
    await createUser(runtime, { role: 'administrator', email: 'admin@example.org' });
    await runtime.close();
    await writeArchive(source.database, original);
  });
  after(async () => {
    await source.database.close();
    await source.test.drop();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  for (const engine of testEngines()) {
    it(`round-trips SQLite → archive → ${engine} → archive, and the two archives are equal`, async () => {
      const target = await emptyDatabase(engine);
      try {
        const restored = await restoreArchive(target.database, original);
        assert.equal(restored.rows.persons, 80);
        assert.equal(restored.rows.memberships, 81);
        assert.equal(restored.rows.fee_grid_entries, 4);
        // The word index is not archived: it is rebuilt, word for word.
        const words = async (database: Database) =>
          (await rowsOf(database, 'person_search_words', {}, { orderBy: ['person_id', 'word'] })).map(
            (row) => `${row.person_id} ${row.word}`,
          );
        const restoredWords = await words(target.database);
        assert.ok(restoredWords.length > 80);
        assert.deepEqual(restoredWords, await words(source.database));
        const again = path.join(directory, `again-${engine}.qarchive`);
        await writeArchive(target.database, again);
        assert.equal(archiveBody(again), archiveBody(original));
        assert.ok(archiveBody(original).includes('"name":"La 27e Région"'));
      } finally {
        await target.database.close();
        await target.test.drop();
      }
    });

    it(`refuses to restore into a database that is not empty (${engine})`, async () => {
      const target = await emptyDatabase(engine);
      try {
        await loadDemo(target.database.db);
        const before = await rowCount(target.database);
        await assert.rejects(restoreArchive(target.database, original), /not empty/);
        assert.equal(await rowCount(target.database), before);
      } finally {
        await target.database.close();
        await target.test.drop();
      }
    });

    it(`refuses a truncated archive and leaves the database empty (${engine})`, async () => {
      const lines = gunzipSync(fs.readFileSync(original)).toString('utf8').trimEnd().split('\n');
      const truncated = path.join(directory, 'truncated.qarchive');
      fs.writeFileSync(truncated, gzipSync(`${lines.slice(0, -1).join('\n')}\n`));
      const target = await emptyDatabase(engine);
      try {
        await assert.rejects(restoreArchive(target.database, truncated), /truncated/);
        assert.equal(await rowCount(target.database), 0, 'nothing half-restored');
      } finally {
        await target.database.close();
        await target.test.drop();
      }
    });
  }

  it('refuses an archive of a newer version, naming the versions', async () => {
    const lines = gunzipSync(fs.readFileSync(original)).toString('utf8').split('\n');
    const header = { ...JSON.parse(lines[0]!), version: 99 };
    const newer = path.join(directory, 'newer.qarchive');
    fs.writeFileSync(newer, gzipSync([JSON.stringify(header), ...lines.slice(1)].join('\n')));
    const target = await emptyDatabase('sqlite');
    try {
      await assert.rejects(
        restoreArchive(target.database, newer),
        /version 99 is newer than this Quorum reads \(2\)/,
      );
    } finally {
      await target.database.close();
      await target.test.drop();
    }
  });

  it('refuses a file that is not an archive', async () => {
    const notArchive = path.join(directory, 'notes.txt');
    fs.writeFileSync(notArchive, 'PAUL Christian - Président\n');
    const target = await emptyDatabase('sqlite');
    try {
      await assert.rejects(restoreArchive(target.database, notArchive), /not a Quorum archive/);
      await assert.rejects(
        restoreArchive(target.database, path.join(directory, 'missing.qarchive')),
        /no such file/,
      );
    } finally {
      await target.database.close();
      await target.test.drop();
    }
  });
});
