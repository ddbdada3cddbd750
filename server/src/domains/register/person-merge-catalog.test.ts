import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../../test/databases.ts';
import { readForeignKeys, type ForeignKey } from '../../../test/foreign-keys.ts';
import { createTestRuntime, type TestRuntime } from '../../../test/test-runtime.ts';
import { personMergeHandlers } from './person-merge.ts';
import '../../person-merge-handlers.ts';

for (const engine of testEngines()) {
  describe(`person merge handlers against the ${engine} catalog`, () => {
    let test: TestRuntime;
    let keys: ForeignKey[];
    before(async () => {
      test = await createTestRuntime(engine);
      keys = await readForeignKeys(test.runtime.database.db, engine);
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
