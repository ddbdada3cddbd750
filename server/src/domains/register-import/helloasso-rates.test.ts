import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { repositoryRoot } from '../../config.ts';
import { testEngines } from '../../../test/databases.ts';
import { createCategories, createUser } from '../../../test/factories.ts';
import { registerCounts } from '../../../test/register-index.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

interface RateUse {
  value: string;
  year: number;
  rows: number;
  readAs: string;
  category: string;
  kind: string;
  conditions: string | null;
  amountCents: number | null;
}

/**
 * HelloAsso's membership export names the rate the member chose ("Tarif"), not the category: the
 * import reads it as the rate of the year, whose category it names.
 */
for (const engine of testEngines()) {
  describe(`HelloAsso's "Tarif" column, the rate of the year, on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    const file = fs.readFileSync(path.join(repositoryRoot, 'fixtures', 'imports', 'helloasso-tarifs.csv'));

    before(async () => {
      test = await createTestApp(engine);
      await createCategories(test.runtime, [
        { code: 'active', kind: 'person', fr: ['Membre actif', 'Membres actifs'], en: ['Member', 'Members'] },
        {
          code: 'honorary',
          kind: 'person',
          fr: ['Membre honoraire', 'Membres honoraires'],
          en: ['Honorary member', 'Honorary members'],
        },
      ]);
      const treasurer = test.client();
      await treasurer.signIn((await createUser(test.runtime, { role: 'treasurer' })).email);
      const grid = await treasurer.request('PUT', '/api/fee-grids/2025', {
        entries: [{ category: 'active', amountCents: 3_000 }],
      });
      assert.equal(grid.statusCode, 200, grid.body);
      for (const rate of [
        { category: 'active', kind: 'reduced', amountCents: 1_500, conditionsFr: 'étudiants' },
        { category: 'honorary', kind: 'free', amountCents: 0, conditionsFr: null },
      ]) {
        const added = await treasurer.post('/api/membership-rates/2025', rate);
        assert.equal(added.statusCode, 201, added.body);
      }
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
    });
    after(() => test.close());

    async function upload(body: Buffer | string) {
      const uploaded = await secretary.request('POST', '/api/register/imports?fileName=helloasso.csv', body, {
        'content-type': 'text/csv',
      });
      assert.equal(uploaded.statusCode, 201, uploaded.body);
      return uploaded.json();
    }

    it('maps "Tarif" to the rate, says in the dry run how each value is read, and records the rates', async () => {
      const view = await upload(file);
      assert.equal(view.source, 'helloasso');
      assert.equal(view.suggestedMapping.rate, 'Tarif');
      assert.equal(view.suggestedMapping.category, undefined, '"Tarif" is not the category');
      const dryRun = await secretary.post(`/api/register/imports/${view.importId}/dry-run`, {
        mapping: view.suggestedMapping,
      });
      assert.equal(dryRun.statusCode, 200, dryRun.body);
      const report = dryRun.json();
      assert.deepEqual(report.rejected, []);
      assert.deepEqual(
        report.rates.map((use: RateUse) => [
          use.value,
          use.year,
          use.readAs,
          use.category,
          use.kind,
          use.amountCents,
        ]),
        [
          ['Adhésion plein tarif', 2025, 'rate', 'active', 'full', 3_000],
          ['Tarif réduit étudiant', 2025, 'rate', 'active', 'reduced', 1_500],
          ["Membre d'honneur", 2025, 'rate', 'honorary', 'free', 0],
          ['Membre actif', 2025, 'category', 'active', 'full', 3_000],
        ],
        'a value naming a category, not a rate, is read as that category at its full rate, and said so',
      );
      const committed = await secretary.post(`/api/register/imports/${view.importId}/commit`, {
        mapping: view.suggestedMapping,
      });
      assert.equal(committed.statusCode, 200, committed.body);
      const { memberships } = (await secretary.get('/api/memberships?year=2025')).json();
      const detail = async (name: string) => {
        const found = memberships.find((entry: { memberName: string }) => entry.memberName.includes(name));
        assert.ok(found, name);
        const membership = (await secretary.get(`/api/memberships/${found.id}`)).json();
        return [membership.category, membership.rateKind, membership.amountCents];
      };
      // A full rate follows the grid: the membership keeps no amount of its own.
      assert.deepEqual(await detail('Sacha'), ['active', 'full', null]);
      assert.deepEqual(await detail('Inès'), ['active', 'reduced', 1_500]);
      assert.deepEqual(await detail('Odile'), ['honorary', 'free', 0]);
      assert.deepEqual(await detail('Yves'), ['active', 'full', null]);
    });

    it('refuses an unknown rate naming its row and column, and imports nothing', async () => {
      const text = file
        .toString('utf8')
        .replaceAll('Lemoine', 'Vidal')
        .replaceAll('Tarif réduit étudiant', 'Tarif soutien')
        .replaceAll('Baptiste', 'Garnier');
      const view = await upload(text);
      const report = (
        await secretary.post(`/api/register/imports/${view.importId}/dry-run`, {
          mapping: view.suggestedMapping,
        })
      ).json();
      assert.deepEqual(
        report.rejected.map((entry: { row: number; field: string; reason: string }) => [
          entry.row,
          entry.field,
          entry.reason,
        ]),
        [[3, 'rate', 'unknown_rate']],
      );
      assert.match(report.rejected[0].message, /Ligne 3, colonne « Tarif » : « Tarif soutien »/);
      const before = await registerCounts(test.runtime.database.db);
      const committed = await secretary.post(`/api/register/imports/${view.importId}/commit`, {
        mapping: view.suggestedMapping,
      });
      assert.equal(committed.statusCode, 400);
      assert.equal(committed.json().errors[0].path, 'row.3.rate');
      assert.deepEqual(await registerCounts(test.runtime.database.db), before, 'nothing imported');
    });

    it('refuses a rate that fits several categories when the file names none', async () => {
      const text = [
        'Référence commande;Date de la commande;Nom adhérent;Prénom adhérent;Tarif',
        '1;03/09/2025;Aubert;Léa;gratuit',
      ].join('\n');
      // Both categories get a free rate: "gratuit" alone no longer says which.
      const treasurer = test.client();
      await treasurer.signIn((await createUser(test.runtime, { role: 'treasurer' })).email);
      const added = await treasurer.post('/api/membership-rates/2025', {
        category: 'active',
        kind: 'free',
        amountCents: 0,
        conditionsFr: 'bénévoles',
      });
      assert.equal(added.statusCode, 201, added.body);
      const view = await upload(text);
      const report = (
        await secretary.post(`/api/register/imports/${view.importId}/dry-run`, {
          mapping: view.suggestedMapping,
        })
      ).json();
      assert.equal(report.rejected.length, 1);
      assert.match(report.rejected[0].message, /plusieurs catégories en 2025 \(active, honorary\)/);
    });
  });
}
