import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { MinutesView } from '../../../../common/minutes.schemas.ts';
import type { ApiClient } from '../../../test/api-client.ts';
import { testEngines } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { changeRows, rowsOf } from '../../../test/inspect.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

const url = '/api/assemblies/ag-2017/minutes';

for (const engine of testEngines()) {
  describe(`the demo's minutes through the API on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    const put = (client: ApiClient, path: string, body: unknown) => client.request('PUT', path, body);
    const minutes = async (): Promise<MinutesView> => (await secretary.get(url)).json();
    const markdown = async (client = secretary, query = '') =>
      (await client.get(`${url}/document?format=md${query}`)).body;
    const section = (view: MinutesView, kind: string, title?: string) =>
      view.sections.find((entry) => entry.kind === kind && (!title || entry.title === title))!;

    before(async () => {
      test = await createTestApp(engine, 'demo');
      secretary = test.client();
      await secretary.signIn(
        (await createUser(test.runtime, { role: 'secretary', name: 'Anne Secrétaire' })).email,
      );
    });
    after(() => test.close());

    it('holds the demo draft: generated sections in order, written prose, what each generated one says', async () => {
      const view = await minutes();
      assert.equal(view.state, 'draft');
      assert.equal(view.version, 1);
      assert.deepEqual(
        view.sections.map((entry) => entry.kind),
        [
          'title',
          'attendance',
          'quorum',
          'agenda',
          'opening',
          'written',
          'programmes',
          'accounts',
          'budget',
          'staff',
          'memberships',
          'resolutions',
          'speakers',
          'board',
          'written',
          'workshops',
          'closing',
          'questions',
          'signatures',
          'named_votes',
          'encrypted_records',
        ],
      );
      assert.match(section(view, 'written').markdown!, /^### TERRITOIRES EN RÉSIDENCES/);
      assert.match(
        section(view, 'attendance').generatedMarkdown!,
        /- PAUL Christian - Président de la 27e Région/,
      );
      assert.equal(section(view, 'attendance').isOverridden, false);
    });

    it('finds every change of the data in the minutes rendered again', async () => {
      const { database } = test.runtime;
      const before = await markdown();
      const [jouen] = await rowsOf(database, 'persons', { last_name: 'Jouen' });
      await changeRows(database, 'persons', { id: jouen!.id }, { last_name: 'Jouen-Delors' });
      await changeRows(
        database,
        'attendances',
        { person_id: jouen!.id },
        { label: 'Personnalité qualifiée (Europe)' },
      );
      const grid = await put(secretary, '/api/fee-grids/2017', {
        entries: [
          { category: 'legal_entity', amountCents: 520_000 },
          { category: 'individual', amountCents: 4_500 },
          { category: 'qualified_person', amountCents: 4_000 },
          { category: 'cross_membership', amountCents: 0 },
        ],
      });
      assert.equal(grid.statusCode, 200, grid.body);
      await changeRows(
        database,
        'workshops',
        { topic: 'Les 10 ans de La 27e Région' },
        { topic: 'Les dix ans de La 27e Région' },
      );
      const treasurer = test.client();
      await treasurer.signIn((await createUser(test.runtime, { role: 'treasurer' })).email);
      const budget = (await treasurer.get('/api/budgets/2017')).json() as {
        columns: { key: string; kind: string }[];
        rows: { id: string; label: string }[];
      };
      const forecast = budget.columns.find((column) => column.kind === 'forecast')!.key;
      const rent = budget.rows.find((row) => row.label === 'Locations')!;
      const edit = await treasurer.request('PATCH', '/api/budgets/2017', {
        amounts: [{ lineId: rent.id, column: forecast, amount: '140 000' }],
      });
      assert.equal(edit.statusCode, 200, edit.body);
      const { resolutions } = (await secretary.get('/api/assemblies/ag-2017/resolutions')).json() as {
        resolutions: { id: string; title: string }[];
      };
      const budgetResolution = resolutions.find((entry) => entry.title.startsWith('PROJET D'))!;
      const counted = await secretary.request(
        'POST',
        `/api/assemblies/ag-2017/resolutions/${budgetResolution.id}/show-of-hands`,
        { record: 'counts', for: 18, against: 3, abstain: 2 },
      );
      assert.equal(counted.statusCode, 200, counted.body);
      const after = await markdown();
      assert.match(before, /- JOUEN Marjorie - Personnalité qualifiée/);
      assert.match(after, /- JOUEN-DELORS Marjorie - Personnalité qualifiée \(Europe\)/);
      assert.doesNotMatch(after, /JOUEN Marjorie/);
      assert.match(
        after,
        /Grille d’adhésion 2017\u202f: 5\u202f200\u202f€ pour les personnes morales et 45\u202f€ pour les personnes physiques\./,
      );
      assert.match(after, /\| Personne morale \| 5\u202f200\u202f€ \| 20 \| 6 \| 104\u202f000\u202f€ \|/);
      assert.match(after, /### 3e groupe\u202f: Les dix ans de La 27e Région/);
      assert.match(before, /\| Locations \| 133\u202f600\u202f€ \| 129\u202f387\u202f€ \|/);
      assert.match(after, /\| Locations \| 140\u202f000\u202f€ \| 129\u202f387\u202f€ \|/);
      assert.doesNotMatch(after, /\| Locations \| 133\u202f600\u202f€/);
      // The 61 family's declared figure stays as declared; its lines now sum to more, and the minutes say so.
      assert.match(
        after,
        /Services extérieurs \(Budget 2017\)\u202f: déclaré 135\u202f600\u202f€, somme des lignes 142\u202f000\u202f€/,
      );
      assert.match(
        after,
        /L’Assemblée Générale valide le projet d'activité ainsi que le budget prévisionnel 2017 présentés\. Résolution adoptée par 18 voix pour, 3 contre et 2 abstentions\./,
      );
      assert.doesNotMatch(before, /18 voix pour/);
    });
  });
}
