import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, testEngines, type TestDatabase } from '../../test/databases.ts';
import { openDatabase, type Database } from './database.ts';
import { up } from './migrations/20261207-0008-categories-and-rates.ts';

for (const engine of testEngines()) {
  describe(`the categories-and-rates migration on ${engine}`, () => {
    let test: TestDatabase;
    let database: Database;
    before(async () => {
      test = await createTestDatabase(engine);
      database = openDatabase(test.url, test.options);
      const { db } = database;
      // The schema as it stood before the migration, with memberships under the codes of the old fixed list.
      for (const table of ['membership_categories', 'membership_rates', 'register_fields'] as const)
        await db.schema.dropTable(table).execute();
      for (const column of ['rate_kind', 'rate_id', 'amount_cents'])
        await db.schema.alterTable('memberships').dropColumn(column).execute();
      for (const column of ['usual_name', 'custom_fields'])
        await db.schema.alterTable('persons').dropColumn(column).execute();
      const now = '2026-12-01T00:00:00.000Z';
      await db
        .insertInto('persons')
        .values({
          id: 'p1',
          first_name: 'Anne',
          last_name: 'Martin',
          created_at: now,
          updated_at: now,
        } as never)
        .execute();
      await db
        .insertInto('organisations')
        .values({
          id: 'o1',
          name: 'Ville de Lorient',
          kind: 'city',
          created_at: now,
          updated_at: now,
        } as never)
        .execute();
      await db
        .insertInto('memberships')
        .values([
          { id: 'm1', year: 2025, person_id: 'p1', category: 'individual', created_at: now, updated_at: now },
          {
            id: 'm2',
            year: 2025,
            organisation_id: 'o1',
            category: 'legal_entity',
            created_at: now,
            updated_at: now,
          },
          { id: 'm3', year: 2024, organisation_id: 'o1', category: 'club', created_at: now, updated_at: now },
        ] as never)
        .execute();
      await db
        .insertInto('fee_grid_entries')
        .values({
          id: 'g1',
          year: 2025,
          category: 'qualified_person',
          amount_cents: 4_000,
          created_at: now,
          updated_at: now,
        } as never)
        .execute();
      await up(db);
    });
    after(async () => {
      await database.close();
      await test.drop();
    });

    it('keeps every category the data uses under its code, worded as before, voting with one vote', async () => {
      const rows = await database.db
        .selectFrom('membership_categories')
        .selectAll()
        .orderBy('position')
        .execute();
      assert.deepEqual(
        rows.map((row) => [
          row.code,
          row.kind,
          row.label_fr,
          row.plural_en,
          Number(row.is_voting),
          Number(row.vote_weight),
        ]),
        [
          ['legal_entity', 'organisation', 'Personne morale', 'Legal entities', 1, 1],
          ['individual', 'person', 'Personne physique', 'Individuals', 1, 1],
          ['qualified_person', 'person', 'Personnalité qualifiée', 'Qualified persons', 1, 1],
          ['club', 'organisation', 'club', 'club', 1, 1],
        ],
      );
      const membership = await database.db
        .selectFrom('memberships')
        .select(['rate_kind', 'amount_cents'])
        .where('id', '=', 'm1')
        .executeTakeFirstOrThrow();
      assert.deepEqual(
        membership,
        { rate_kind: null, amount_cents: null },
        'the full rate of the grid, as before',
      );
    });
  });
}
