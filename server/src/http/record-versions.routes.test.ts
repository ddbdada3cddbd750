import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../test/databases.ts';
import { createUser } from '../../test/factories.ts';
import type { ApiClient } from '../../test/api-client.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';

/**
 * The records edited through a settings form or the assembly form, beside the register's (whose
 * own test is in domains/register): each answers its version, a write on a stale one is refused with
 * the record as it now is and changes nothing, and a write on the current one goes in.
 */
for (const engine of testEngines()) {
  describe(`versions of assemblies and settings on ${engine}`, () => {
    let test: TestApp;
    let first: ApiClient;
    let second: ApiClient;
    before(async () => {
      test = await createTestApp(engine);
      first = test.client();
      await first.signIn((await createUser(test.runtime, { role: 'administrator' })).email);
      second = test.client();
      await second.signIn((await createUser(test.runtime, { role: 'administrator' })).email);
    });
    after(() => test.close());

    /** Two writes made on the same version: the first goes in, the second is refused with the record now. */
    async function secondIsRefused({
      method,
      url,
      version,
      mine,
      theirs,
    }: {
      method: 'PUT' | 'PATCH';
      url: string;
      version: number;
      mine: object;
      theirs: object;
    }) {
      const saved = await first.request(method, url, mine, { 'if-match': `"${version}"` });
      assert.equal(saved.statusCode, 200, saved.body);
      const stale = await second.request(method, url, theirs, { 'if-match': `"${version}"` });
      assert.equal(stale.statusCode, 409, stale.body);
      const problem = stale.json();
      assert.equal(problem.code, 'stale_version');
      assert.equal(problem.params.version, version + 1);
      assert.equal(problem.current.version, version + 1, 'the problem carries the record as it now is');
      return { saved: saved.json(), current: problem.current };
    }

    it('an assembly: ETag on read, a stale edit refused with the assembly now, the fresh one saved', async () => {
      const created = await first.post('/api/assemblies', {
        slug: 'ag-versions',
        kind: 'ordinary',
        title: 'Assemblée générale',
        heldOn: '2026-06-13',
        place: 'Salle des fêtes',
        plannedStart: '14:00',
        membershipYear: 2026,
        agenda: [{ kind: 'deliberative', title: 'Rapport moral' }],
      });
      assert.equal(created.statusCode, 201, created.body);
      const read = await first.get('/api/assemblies/ag-versions');
      assert.equal(read.json().version, 1);
      assert.equal(read.headers.etag, '"1"');
      const { saved, current } = await secondIsRefused({
        method: 'PATCH',
        url: '/api/assemblies/ag-versions',
        version: 1,
        mine: { place: 'Maison des associations' },
        theirs: { title: 'Assemblée générale ordinaire' },
      });
      assert.equal(saved.version, 2);
      assert.equal(current.place, 'Maison des associations');
      const now = (await first.get('/api/assemblies/ag-versions')).json();
      assert.equal(now.title, 'Assemblée générale', 'a stale write changes nothing');
      const fresh = await second.request(
        'PATCH',
        '/api/assemblies/ag-versions',
        { title: 'Assemblée générale ordinaire' },
        { 'if-match': `"${current.version}"` },
      );
      assert.equal(fresh.statusCode, 200, fresh.body);
      assert.equal(fresh.headers.etag, '"3"');
      assert.equal(fresh.json().place, 'Maison des associations');
      assert.equal(fresh.json().title, 'Assemblée générale ordinaire');
      const moved = await first.request('PUT', '/api/assemblies/ag-versions/current-item', {
        agendaItemId: fresh.json().agenda[0].id,
      });
      assert.equal(moved.statusCode, 200, moved.body);
      assert.equal(moved.json().version, 3, 'the item the session is on is not an edit of the assembly');
    });

    it('a membership category and a rate', async () => {
      const words = {
        labelFr: 'Membre actif',
        pluralFr: 'Membres actifs',
        labelEn: 'Active member',
        pluralEn: 'Active members',
        isVoting: true,
        voteWeight: 1,
      };
      const added = await first.post('/api/membership-categories', {
        code: 'active',
        kind: 'person',
        ...words,
      });
      assert.equal(added.statusCode, 201, added.body);
      const category = () =>
        first
          .get('/api/membership-categories')
          .then((response) =>
            response.json().categories.find((entry: { code: string }) => entry.code === 'active'),
          );
      assert.equal((await category()).version, 1);
      const { current } = await secondIsRefused({
        method: 'PUT',
        url: '/api/membership-categories/active',
        version: 1,
        mine: { ...words, voteWeight: 2 },
        theirs: { ...words, labelEn: 'Full member' },
      });
      assert.equal(current.voteWeight, 2);
      assert.equal((await category()).labelEn, 'Active member', 'a stale write changes nothing');
      const fresh = await second.request(
        'PUT',
        '/api/membership-categories/active',
        { ...words, voteWeight: 2, labelEn: 'Full member' },
        { 'if-match': '"2"' },
      );
      assert.equal(fresh.statusCode, 200, fresh.body);
      assert.deepEqual(
        [(await category()).labelEn, (await category()).voteWeight, (await category()).version],
        ['Full member', 2, 3],
      );
      const moved = await first.request('PUT', '/api/membership-categories/order', { codes: ['active'] });
      assert.equal(moved.statusCode, 200, moved.body);
      assert.equal((await category()).version, 3, 'moving a category leaves its version');

      const rate = { category: 'active', kind: 'minimum', amountCents: 5_000 };
      const rates = await first.post('/api/membership-rates/2026', rate);
      assert.equal(rates.statusCode, 201, rates.body);
      const { id, version } = rates.json().categories[0].rates[0];
      assert.equal(version, 1);
      const refused = await secondIsRefused({
        method: 'PUT',
        url: `/api/membership-rates/2026/${id}`,
        version: 1,
        mine: { ...rate, amountCents: 6_000 },
        theirs: { ...rate, amountCents: 7_000 },
      });
      assert.equal(refused.current.amountCents, 6_000);
      const now = (await first.get('/api/membership-rates/2026')).json().categories[0].rates[0];
      assert.equal(now.amountCents, 6_000, 'a stale write changes nothing');
      const fresh2 = await second.request(
        'PUT',
        `/api/membership-rates/2026/${id}`,
        { ...rate, amountCents: 7_000 },
        { 'if-match': '"2"' },
      );
      assert.equal(fresh2.statusCode, 200, fresh2.body);
      assert.equal(fresh2.json().categories[0].rates[0].amountCents, 7_000);
    });

    it('a register field', async () => {
      const added = await first.post('/api/register-fields', {
        code: 'licence',
        labelFr: 'Licence',
        labelEn: 'Licence',
        type: 'text',
      });
      assert.equal(added.statusCode, 201, added.body);
      const field = async () =>
        (await first.get('/api/register-fields'))
          .json()
          .fields.find((entry: { code: string }) => entry.code === 'licence');
      assert.equal((await field()).version, 1);
      const { current } = await secondIsRefused({
        method: 'PUT',
        url: '/api/register-fields/licence',
        version: 1,
        mine: { labelFr: 'Numéro de licence', labelEn: 'Licence' },
        theirs: { labelFr: 'Licence', labelEn: 'Licence number' },
      });
      assert.equal(current.labelFr, 'Numéro de licence');
      assert.equal((await field()).labelEn, 'Licence', 'a stale write changes nothing');
      const fresh = await second.request(
        'PUT',
        '/api/register-fields/licence',
        { labelFr: 'Numéro de licence', labelEn: 'Licence number' },
        { 'if-match': '"2"' },
      );
      assert.equal(fresh.statusCode, 200, fresh.body);
      assert.deepEqual(
        [(await field()).labelFr, (await field()).labelEn],
        ['Numéro de licence', 'Licence number'],
      );
    });

    it('the association’s settings and identity', async () => {
      const read = await first.get('/api/association');
      assert.equal(read.json().version, 0, 'no version before the first save');
      assert.equal(read.headers.etag, '"0"');
      const settings = {
        name: 'Les Amis du Parc',
        shortName: 'Amis du Parc',
        timeZone: 'Europe/Paris',
        locale: 'fr',
      };
      const saved = await first.request('PUT', '/api/association', settings, { 'if-match': '"0"' });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.equal(saved.json().version, 1);
      assert.equal(saved.headers.etag, '"1"');
      const stale = await second.request(
        'PUT',
        '/api/association',
        { ...settings, name: 'Autre' },
        { 'if-match': '"0"' },
      );
      assert.equal(stale.statusCode, 409, stale.body);
      assert.equal(stale.json().current.name, 'Les Amis du Parc');
      const { current } = await secondIsRefused({
        method: 'PATCH',
        url: '/api/association',
        version: 1,
        mine: { city: 'Valfleuri' },
        theirs: { postcode: '75001' },
      });
      assert.equal(current.city, 'Valfleuri');
      assert.equal(
        (await first.get('/api/association')).json().postcode,
        null,
        'a stale write changes nothing',
      );
      const fresh = await second.request(
        'PATCH',
        '/api/association',
        { postcode: '75001' },
        { 'if-match': '"2"' },
      );
      assert.equal(fresh.statusCode, 200, fresh.body);
      assert.deepEqual(
        [fresh.json().city, fresh.json().postcode, fresh.json().version],
        ['Valfleuri', '75001', 3],
      );
    });

    it('a year’s annual accounts', async () => {
      const body = {
        result: '12 500,50',
        equity: '190 638,50',
        balanceSheetTotal: '900 000',
        notes: null,
        shares: [{ label: 'Subventions', accounts: '74' }],
      };
      const recorded = await first.request('PUT', '/api/annual-accounts/2015', body, { 'if-match': '"0"' });
      assert.equal(recorded.statusCode, 200, recorded.body);
      assert.equal(recorded.json().version, 1);
      const late = await second.request('PUT', '/api/annual-accounts/2015', body, { 'if-match': '"0"' });
      assert.equal(late.statusCode, 409, 'recorded by someone else meanwhile');
      const read = await first.get('/api/annual-accounts/2015');
      assert.equal(read.headers.etag, '"1"');
      const { current } = await secondIsRefused({
        method: 'PUT',
        url: '/api/annual-accounts/2015',
        version: 1,
        mine: { ...body, notes: 'Exercice bénéficiaire.' },
        theirs: { ...body, equity: '1 000' },
      });
      assert.equal(current.recorded.notes, 'Exercice bénéficiaire.');
      const now = (await first.get('/api/annual-accounts/2015')).json();
      assert.equal(now.recorded.equityCents, 19_063_850, 'a stale write changes nothing');
      const fresh = await second.request(
        'PUT',
        '/api/annual-accounts/2015',
        { ...body, notes: 'Exercice bénéficiaire.', equity: '1 000' },
        { 'if-match': '"2"' },
      );
      assert.equal(fresh.statusCode, 200, fresh.body);
      assert.deepEqual([fresh.json().recorded.equityCents, fresh.json().version], [100_000, 3]);
    });

    it('a staff function', async () => {
      const added = await first.post('/api/staff/functions', {
        code: 'communication',
        labelFr: 'Communication',
        labelEn: 'Communication',
      });
      assert.equal(added.statusCode, 201, added.body);
      const staffFunction = async () =>
        (await first.get('/api/staff/functions'))
          .json()
          .functions.find((entry: { code: string }) => entry.code === 'communication');
      const { version } = await staffFunction();
      const { current } = await secondIsRefused({
        method: 'PUT',
        url: '/api/staff/functions/communication',
        version,
        mine: { labelFr: 'Communication et presse', labelEn: 'Communication' },
        theirs: { labelFr: 'Communication', labelEn: 'Communications' },
      });
      assert.equal(current.labelFr, 'Communication et presse');
      assert.equal((await staffFunction()).labelEn, 'Communication', 'a stale write changes nothing');
      const fresh = await second.request(
        'PUT',
        '/api/staff/functions/communication',
        { labelFr: 'Communication et presse', labelEn: 'Communications' },
        { 'if-match': `"${version + 1}"` },
      );
      assert.equal(fresh.statusCode, 200, fresh.body);
      assert.equal((await staffFunction()).labelEn, 'Communications');
    });

    it('documents If-Match and the 409 with the current record in the OpenAPI document', async () => {
      const document = (await first.get('/api/openapi.json')).json();
      for (const [path, method] of [
        ['/api/assemblies/{slug}', 'patch'],
        ['/api/membership-categories/{code}', 'put'],
        ['/api/membership-rates/{year}/{id}', 'put'],
        ['/api/register-fields/{code}', 'put'],
        ['/api/association', 'put'],
        ['/api/association', 'patch'],
        ['/api/annual-accounts/{year}', 'put'],
        ['/api/staff/functions/{code}', 'put'],
      ] as const) {
        const operation = document.paths[path][method];
        const header = operation.parameters.find(
          (parameter: { in: string; name: string }) => parameter.in === 'header',
        );
        assert.equal(header?.name, 'if-match', `${method} ${path} reads If-Match`);
        const problem = operation.responses['409'].content['application/json'].schema;
        assert.ok(problem.properties.current, `${method} ${path} answers the current record on 409`);
      }
    });
  });
}
