import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { MembershipCategoryList } from '../../../../common/membership-categories.schemas.ts';
import type { ApiClient } from '../../../test/api-client.ts';
import { testEngines } from '../../../test/databases.ts';
import { createAssociation, createPerson, createUser } from '../../../test/factories.ts';
import { rowsOf } from '../../../test/inspect.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

const category = (code: string, labelFr: string, pluralFr: string) => ({
  code,
  kind: 'person',
  labelFr,
  pluralFr,
  labelEn: labelFr,
  pluralEn: pluralFr,
  isVoting: true,
  voteWeight: 1,
});

/**
 * A category's code and kind change while no membership uses it (the fee grid, rates and budget fee
 * lines that name it follow the new code); once a membership uses it, they are refused with a 409 that
 * says why, naming the field. Every change is audited.
 */
for (const engine of testEngines()) {
  describe(`a category's code and kind, editable while no membership uses it, on ${engine}`, () => {
    let test: TestApp;
    let admin: ApiClient;
    let secretary: ApiClient;
    let treasurer: ApiClient;
    const put = (code: string, body: unknown, client = admin) =>
      client.request('PUT', `/api/membership-categories/${code}`, body) as ReturnType<ApiClient['post']>;
    const codes = async () =>
      ((await admin.get('/api/membership-categories')).json() as MembershipCategoryList).categories.map(
        (entry) => [entry.code, entry.kind, entry.label],
      );

    before(async () => {
      test = await createTestApp(engine);
      await createAssociation(test.runtime, { name: 'Chorale des Quais', shortName: 'Chorale' });
      admin = test.client();
      await admin.signIn((await createUser(test.runtime, { role: 'administrator' })).email);
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      treasurer = test.client();
      await treasurer.signIn((await createUser(test.runtime, { role: 'treasurer' })).email);
      for (const entry of [
        category('junior', 'Choriste junior', 'Choristes juniors'),
        category('singer', 'Choriste', 'Choristes'),
      ])
        assert.equal((await admin.post('/api/membership-categories', entry)).statusCode, 201);
      const grid = await treasurer.request('PUT', '/api/fee-grids/2027', {
        entries: [{ category: 'junior', amountCents: 2_000 }],
      });
      assert.equal(grid.statusCode, 200, grid.body);
      const rate = await treasurer.post('/api/membership-rates/2027', {
        category: 'junior',
        kind: 'reduced',
        amountCents: 1_000,
        conditionsFr: 'Moins de 12 ans',
      });
      assert.equal(rate.statusCode, 201, rate.body);
    });
    after(() => test.close());

    it('changes the code and kind of a category nothing uses; its grid and rates follow; audited', async () => {
      const edited = await put('junior', {
        ...category('youth', 'Jeune choriste', 'Jeunes choristes'),
        kind: 'organisation',
      });
      assert.equal(edited.statusCode, 200, edited.body);
      assert.deepEqual(await codes(), [
        ['youth', 'organisation', 'Jeune choriste'],
        ['singer', 'person', 'Choriste'],
      ]);
      const { database } = test.runtime;
      assert.deepEqual(
        (await rowsOf(database, 'fee_grid_entries', { year: 2027 })).map((row) => row.category),
        ['youth'],
      );
      assert.deepEqual(
        (await rowsOf(database, 'membership_rates', { year: 2027 })).map((row) => row.category),
        ['youth'],
      );
      const [event] = await rowsOf(database, 'audit_events', { action: 'membership_category.edited' });
      const details = JSON.parse(event!.details as string);
      assert.deepEqual(details.from, { code: 'junior', kind: 'person' });
      assert.equal(details.to.code, 'youth');
      assert.equal(details.to.kind, 'organisation');
    });

    it('refuses a code that is not one or is taken, naming the field, and changes nothing', async () => {
      const bad = await put('youth', category('Jeunes Choristes', 'Jeune choriste', 'Jeunes choristes'));
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(
        bad.json().errors.map((error: { path: string; message: string }) => [error.path, error.message]),
        [['body.code', 'invalid_category_code']],
      );
      const taken = await put('youth', category('singer', 'Jeune choriste', 'Jeunes choristes'));
      assert.equal(taken.statusCode, 409);
      assert.equal(taken.json().errors[0].path, 'body.code');
      assert.equal(taken.json().code, 'category_code_taken');
      assert.equal((await put('youth', category('young', 'X', 'Y'), secretary)).statusCode, 403);
      assert.deepEqual(await codes(), [
        ['youth', 'organisation', 'Jeune choriste'],
        ['singer', 'person', 'Choriste'],
      ]);
    });

    it('refuses a new code or kind once a membership uses the category, saying why; its words still change', async () => {
      const person = await createPerson(test.runtime, { firstName: 'Maël', lastName: 'Le Gall' });
      const membership = await secretary.post('/api/memberships', {
        year: 2027,
        personId: person.id,
        category: 'singer',
        status: 'validated',
        effectiveOn: '2027-01-10',
      });
      assert.equal(membership.statusCode, 201, membership.body);
      const renamed = await put('singer', category('voice', 'Choriste', 'Choristes'));
      assert.equal(renamed.statusCode, 409);
      assert.equal(renamed.json().code, 'category_identity_in_use');
      assert.equal(renamed.json().errors[0].path, 'body.code');
      assert.equal(
        renamed.json().detail,
        'La catégorie «\u202fChoriste\u202f» compte 1 adhésion(s)\u202f: son code et sa nature ne peuvent plus changer (ses mots et son vote, si).',
      );
      const otherKind = await put('singer', {
        ...category('singer', 'Choriste', 'Choristes'),
        kind: 'organisation',
      });
      assert.equal(otherKind.statusCode, 409);
      assert.equal(otherKind.json().errors[0].path, 'body.kind');
      const english = await admin.request(
        'PUT',
        '/api/membership-categories/singer',
        { ...category('singer', 'Choriste', 'Choristes'), kind: 'organisation' },
        { 'accept-language': 'en' },
      );
      assert.match(english.json().detail, /its code and kind can no longer change/);
      const reworded = await put('singer', category('singer', 'Chanteur·se', 'Chanteur·ses'));
      assert.equal(reworded.statusCode, 200, reworded.body);
      assert.deepEqual(await codes(), [
        ['youth', 'organisation', 'Jeune choriste'],
        ['singer', 'person', 'Chanteur·se'],
      ]);
    });
  });
}
