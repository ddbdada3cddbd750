import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { Db, Engine } from '../../db/database.ts';
import { testEngines } from '../../../test/databases.ts';
import { createTestRuntime, type TestRuntime } from '../../../test/test-runtime.ts';
import { personMergeHandlers } from './person-merge.ts';
import './person-merge-handlers.ts';

interface ForeignKey {
  table: string;
  column: string;
  referenced: string;
}

/** Every foreign key of the database, read from the engine's own catalog (not from the migrations). */
async function foreignKeys(db: Db, engine: Engine): Promise<ForeignKey[]> {
  if (engine === 'sqlite') {
    const tables = await sql<{ name: string }>`
      select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db);
    const keys: ForeignKey[] = [];
    for (const { name } of tables.rows) {
      const rows = await sql<{ table: string; from: string }>`
        select "table", "from" from pragma_foreign_key_list(${name})`.execute(db);
      keys.push(...rows.rows.map((row) => ({ table: name, column: row.from, referenced: row.table })));
    }
    return keys;
  }
  const rows = await sql<ForeignKey>`
    select child.relname as "table", attribute.attname as "column", parent.relname as referenced
    from pg_constraint constraint_
    join pg_class child on child.oid = constraint_.conrelid
    join pg_namespace namespace on namespace.oid = child.relnamespace
    join pg_class parent on parent.oid = constraint_.confrelid
    cross join lateral unnest(constraint_.conkey) as key(number)
    join pg_attribute attribute on attribute.attrelid = constraint_.conrelid and attribute.attnum = key.number
    where constraint_.contype = 'f' and namespace.nspname = current_schema()`.execute(db);
  return rows.rows;
}

for (const engine of testEngines()) {
  describe(`person merge handlers against the ${engine} catalog`, () => {
    let test: TestRuntime;
    let keys: ForeignKey[];
    before(async () => {
      test = await createTestRuntime(engine);
      keys = await foreignKeys(test.runtime.database.db, engine);
    });
    after(() => test.close());

    const declared = () =>
      personMergeHandlers().flatMap((handler) =>
        handler.columns.map((column) => ({ ...column, domain: handler.domain })),
      );

    it('reads the foreign keys of the catalog', () => {
      // A catalog query that found nothing would let every column through.
      assert.ok(keys.some((key) => key.table === 'poll_voters' && key.referenced === 'memberships'));
      assert.ok(keys.some((key) => key.table === 'affiliations' && key.referenced === 'persons'));
    });

    it('has a handler for every column that references a person or a membership', () => {
      const missing = keys
        .filter((key) => key.referenced === 'persons' || key.referenced === 'memberships')
        .filter(
          (key) => !declared().some((column) => column.table === key.table && column.column === key.column),
        )
        .map((key) => `${key.table}.${key.column} → ${key.referenced}`);
      assert.deepEqual(
        missing,
        [],
        'columns no person merge handler re-points (register one: person-merge.ts)',
      );
    });

    it('declares only columns that do reference a person or a membership', () => {
      const stale = declared()
        .filter(
          (column) =>
            !keys.some(
              (key) =>
                key.table === column.table &&
                key.column === column.column &&
                (key.referenced === 'persons' || key.referenced === 'memberships'),
            ),
        )
        .map((column) => `${column.domain}: ${column.table}.${column.column}`);
      assert.deepEqual(stale, []);
    });
  });
}
