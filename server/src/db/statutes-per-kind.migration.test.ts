import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, testEngines, type TestDatabase } from '../../test/databases.ts';
import { openDatabase, type Database } from './database.ts';
import { up } from './migrations/20261207-0002-statutes-per-kind.ts';

for (const engine of testEngines()) {
  describe(`the statutes-per-kind migration on ${engine}`, () => {
    let test: TestDatabase;
    let database: Database;
    before(async () => {
      test = await createTestDatabase(engine);
      database = openDatabase(test.url, test.options);
      // The table as it stood before the migration, holding a version of the older shape.
      await database.db.schema.alterTable('statutes_versions').dropColumn('meeting_rules').execute();
      const version = {
        effective_from: '2008-01-01',
        voting_weights: JSON.stringify({ individual: 1 }),
        requires_fee_paid: 0,
        is_second_convocation_free: 1,
        max_proxies_per_holder: 2,
        does_remote_count: 1,
        default_majority: 'simple',
        notice_days: 15,
        notes: null,
        created_at: '2026-12-01T00:00:00.000Z',
        created_by: null,
      };
      await database.db
        .insertInto('statutes_versions')
        .values([
          {
            ...version,
            id: 'with-proxies',
            ordinary_quorum: JSON.stringify({ numerator: 1, denominator: 4 }),
            extraordinary_quorum: JSON.stringify({ numerator: 1, denominator: 2 }),
            do_proxies_count: 1,
          },
          {
            ...version,
            id: 'present-only',
            ordinary_quorum: null,
            extraordinary_quorum: JSON.stringify({ numerator: 2, denominator: 3 }),
            do_proxies_count: 0,
            max_proxies_per_holder: 0,
            does_remote_count: 0,
            default_majority: 'absolute',
            notice_days: 30,
          },
        ] as never)
        .execute();
      await up(database.db);
    });
    after(async () => {
      await database.close();
      await test.drop();
    });

    const rulesOf = async (id: string) => {
      const row = await database.db
        .selectFrom('statutes_versions')
        .select('meeting_rules')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return JSON.parse(row.meeting_rules ?? 'null');
    };

    it('gives a general assembly the rules its version expressed', async () => {
      const rules = await rulesOf('with-proxies');
      assert.deepEqual(rules.ordinary, {
        quorum: { numerator: 1, denominator: 4 },
        quorumBase: 'present_or_represented',
        doesRemoteCount: true,
        areProxiesAllowed: true,
        maxProxiesPerHolder: 2,
        isRemoteAllowed: true,
        areCorrespondenceVotesAllowed: false,
        canChangeAgenda: false,
        majority: 'simple',
        majorityBase: 'expressed',
        voters: 'members',
        noticeDays: 15,
      });
      assert.deepEqual(rules.extraordinary.quorum, { numerator: 1, denominator: 2 });
      assert.equal(rules.board.voters, 'board');
      assert.equal(rules.board.quorum, null);
      assert.equal(rules.bureau.voters, 'board');
    });

    it('keeps a quorum of the members present and no proxies as such', async () => {
      const rules = await rulesOf('present-only');
      assert.equal(rules.ordinary.quorum, null);
      assert.deepEqual(rules.extraordinary.quorum, { numerator: 2, denominator: 3 });
      assert.equal(rules.extraordinary.quorumBase, 'present');
      assert.equal(rules.extraordinary.areProxiesAllowed, false);
      assert.equal(rules.extraordinary.doesRemoteCount, false);
      assert.equal(rules.extraordinary.majority, 'absolute');
      assert.equal(rules.extraordinary.noticeDays, 30);
    });
  });
}
