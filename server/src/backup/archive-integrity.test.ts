import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { insertIndividualMembers, type BulkMember } from '../../test/bulk-members.ts';
import { createTestDatabase, testEngines } from '../../test/databases.ts';
import { countRows, hasPlannerStatistics } from '../../test/inspect.ts';
import { openDatabase, type Database, type Engine } from '../db/database.ts';
import { archivedTables } from '../db/tables.ts';
import { newId } from '../ids.ts';
import { restoreArchive, verifyArchive, writeArchive } from './archive.ts';
import { runScheduledBackup, scheduledArchives } from './schedule.ts';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-archive-integrity-'));
after(() => fs.rmSync(directory, { recursive: true, force: true }));

const now = '2026-03-01T10:00:00.000Z';

function members(count: number, prefix: string): BulkMember[] {
  return Array.from({ length: count }, (_, index) => ({
    personId: newId(),
    membershipId: newId(),
    firstName: `${prefix}${index}`,
    lastName: `Membre${index}`,
  }));
}

/** The archive's lines, parsed: its rows per table. */
function archiveRows(file: string): Map<string, Record<string, unknown>[]> {
  const tables = new Map<string, Record<string, unknown>[]>();
  for (const line of gunzipSync(fs.readFileSync(file)).toString('utf8').trimEnd().split('\n').slice(1, -1)) {
    const entry = JSON.parse(line) as { table: string; row: Record<string, unknown> };
    tables.set(entry.table, [...(tables.get(entry.table) ?? []), entry.row]);
  }
  return tables;
}

/** Rewrites one archive line through `change` (index counted among row lines), gzip again. */
function editArchive(file: string, target: string, change: (lines: string[]) => string[]): void {
  const lines = gunzipSync(fs.readFileSync(file)).toString('utf8').trimEnd().split('\n');
  fs.writeFileSync(target, gzipSync(`${change(lines).join('\n')}\n`));
}

async function totalRows(database: Database): Promise<number> {
  let total = 0;
  for (const table of archivedTables) total += await countRows(database, table);
  return total;
}

async function statutesAndCategory(database: Database): Promise<void> {
  const { insertPlainStatutes } = await import('../../test/bulk-members.ts');
  await insertPlainStatutes(database.db, now);
}

const otherEngine = (engine: Engine): Engine =>
  testEngines().includes('postgres') ? (engine === 'sqlite' ? 'postgres' : 'sqlite') : 'sqlite';

describe('backups are one snapshot, and checked', () => {
  for (const engine of testEngines()) {
    it(`a backup taken while another connection commits a 20 000-row import holds the database before or after it, never between, and restores on ${otherEngine(engine)} (${engine})`, async () => {
      const source = await createTestDatabase(engine, 'demo');
      const writer = openDatabase(source.url, source.options);
      const importer = openDatabase(source.url, source.options);
      const target = await createTestDatabase(otherEngine(engine));
      const restored = openDatabase(target.url, target.options);
      try {
        await statutesAndCategory(writer);
        // A register big enough that reading it takes a while.
        const existing = members(3000, 'Ancien');
        for (let start = 0; start < existing.length; start += 300) {
          await insertIndividualMembers(writer.db, existing.slice(start, start + 300), { year: 2026, now });
        }
        const personsBefore = 80 + existing.length;
        const file = path.join(directory, `snapshot-${engine}.qarchive`);
        let isBackupDone = false;
        let wasBackupRunningAtCommit = false;
        let startBackup!: () => void;
        const importReady = new Promise<void>((resolve) => (startBackup = resolve));
        // 3 000 new members: their persons, match keys, search words, memberships and validations, over 20 000 rows.
        const imported = members(3000, 'Nouveau');
        const importRun = importer.db.transaction().execute(async (transaction) => {
          for (let start = 0; start < imported.length; start += 250) {
            await insertIndividualMembers(transaction, imported.slice(start, start + 250), {
              year: 2026,
              now,
              validatedOn: '2026-03-01',
            });
          }
          startBackup();
          // The commit comes while the backup is reading.
          await new Promise((resolve) => setTimeout(resolve, 40));
          wasBackupRunningAtCommit = !isBackupDone;
        });
        await importReady;
        const backup = writeArchive(writer, file).finally(() => (isBackupDone = true));
        await Promise.all([importRun, backup]);
        assert.ok(wasBackupRunningAtCommit, 'the import committed while the backup was running');

        const rows = archiveRows(file);
        const persons = new Set((rows.get('persons') ?? []).map((row) => row.id));
        assert.ok(
          persons.size === personsBefore || persons.size === personsBefore + imported.length,
          `the archive holds ${persons.size} persons: neither ${personsBefore} nor ${personsBefore + imported.length}`,
        );
        const isAfter = persons.size !== personsBefore;
        const memberships = rows.get('memberships') ?? [];
        for (const membership of memberships) {
          if (membership.person_id !== null)
            assert.ok(persons.has(membership.person_id), 'no membership without its person');
        }
        const importedMemberships = memberships.filter((row) =>
          imported.some((member) => member.membershipId === row.id),
        ).length;
        assert.equal(importedMemberships, isAfter ? imported.length : 0);
        const statusChanges = (rows.get('membership_status_changes') ?? []).length;
        const statusesBefore = statusChanges - (isAfter ? imported.length : 0);
        assert.ok(statusesBefore >= 0);

        await restoreArchive(restored, file);
        assert.equal(
          await totalRows(restored),
          [...rows.values()].reduce((sum, list) => sum + list.length, 0),
        );
      } finally {
        await Promise.all([writer.close(), importer.close(), restored.close()]);
        await Promise.all([source.drop(), target.drop()]);
      }
    });

    it(`refuses an archive changed after it was written, and restores nothing of it (${engine})`, async () => {
      const source = await createTestDatabase('sqlite', 'demo');
      const database = openDatabase(source.url, source.options);
      const file = path.join(directory, `checked-${engine}.qarchive`);
      try {
        const written = await writeArchive(database, file);
        assert.match(written.sha256 ?? '', /^[0-9a-f]{64}$/);
        assert.equal((await verifyArchive(file)).sha256, written.sha256);
      } finally {
        await database.close();
        await source.drop();
      }
      const edits: Record<string, (lines: string[]) => string[]> = {
        'a row changed': (lines) =>
          lines.map((line) =>
            line.includes('"table":"persons"')
              ? line.replace(/"last_name":"[^"]*"/, '"last_name":"FAUX"')
              : line,
          ),
        'a row removed': (lines) => [...lines.slice(0, 3), ...lines.slice(4)],
        'a row added': (lines) => {
          const copy = JSON.parse(lines[5]!) as { table: string; row: Record<string, unknown> };
          const end = JSON.parse(lines.at(-1)!) as { rows: number };
          return [
            ...lines.slice(0, -1),
            JSON.stringify({ ...copy, row: { ...copy.row, id: newId() } }),
            JSON.stringify({ ...end, rows: end.rows + 1 }),
          ];
        },
        'the header changed': (lines) => [
          lines[0]!.replace(/"createdAt":"[^"]*"/, '"createdAt":"2000-01-01T00:00:00.000Z"'),
          ...lines.slice(1),
        ],
      };
      for (const [edit, change] of Object.entries(edits)) {
        const edited = path.join(directory, `edited-${engine}.qarchive`);
        editArchive(file, edited, change);
        await assert.rejects(verifyArchive(edited), /checksum|announces/, `verify: ${edit}`);
        const target = await createTestDatabase(engine);
        const restored = openDatabase(target.url, target.options);
        try {
          await assert.rejects(restoreArchive(restored, edited), /checksum|announces/, `restore: ${edit}`);
          assert.equal(await totalRows(restored), 0, `nothing restored: ${edit}`);
        } finally {
          await restored.close();
          await target.drop();
        }
      }
    });

    it(`gathers the planner's statistics at the end of a restore (${engine})`, async () => {
      const source = await createTestDatabase('sqlite', 'demo');
      const database = openDatabase(source.url, source.options);
      const file = path.join(directory, `statistics-${engine}.qarchive`);
      const target = await createTestDatabase(engine);
      const restored = openDatabase(target.url, target.options);
      try {
        await writeArchive(database, file);
        await restoreArchive(restored, file);
        assert.ok(await hasPlannerStatistics(restored, 'persons'), 'the planner has statistics on persons');
      } finally {
        await Promise.all([database.close(), restored.close()]);
        await Promise.all([source.drop(), target.drop()]);
      }
    });
  }

  it('writes scheduled backups into the folder, one process at a time, keeping the newest N', async () => {
    const source = await createTestDatabase('sqlite', 'demo');
    const database = openDatabase(source.url, source.options);
    const folder = path.join(directory, 'scheduled');
    try {
      const schedule = { directory: folder, keep: 2, everyMs: 3600_000 };
      // What a backup killed mid-write leaves: removed by the next one.
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(path.join(folder, 'quorum-20260228T100000Z.qarchive.partial-4242'), 'half');
      const times = ['2026-03-01T10:00:00Z', '2026-03-02T10:00:00Z', '2026-03-03T10:00:00Z'];
      for (const time of times) await runScheduledBackup(database, schedule, new Date(time));
      assert.deepEqual(scheduledArchives(folder), [
        'quorum-20260302T100000Z.qarchive',
        'quorum-20260303T100000Z.qarchive',
      ]);
      for (const name of scheduledArchives(folder)) await verifyArchive(path.join(folder, name));
      assert.ok(!fs.readdirSync(folder).some((name) => name.includes('.partial-')), 'no partial file left');
      // Another process holding the lock: this one skips its turn.
      fs.writeFileSync(path.join(folder, '.quorum-backup.lock'), '1');
      assert.equal(await runScheduledBackup(database, schedule, new Date('2026-03-04T10:00:00Z')), undefined);
      assert.equal(scheduledArchives(folder).length, 2);
    } finally {
      await database.close();
      await source.drop();
    }
  });
});
