import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../../test/databases.ts';
import { createUser, createCategories } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

/** Refusals of the register and the memberships, asked in English: no French but the user's own data. */
for (const engine of testEngines()) {
  describe(`register and memberships refusals in English on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    const english = { 'accept-language': 'en' };
    const detail = async (method: string, url: string, body?: unknown) => {
      const response = await secretary.request(method, url, body, english);
      return { status: response.statusCode, detail: (response.json() as { detail: string }).detail };
    };

    before(async () => {
      test = await createTestApp(engine);
      await createCategories(test.runtime);
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
    });
    after(() => test.close());

    it('words the register’s refusals in English', async () => {
      assert.deepEqual(await detail('GET', '/api/persons/nobody'), {
        status: 404,
        detail: 'Person not found.',
      });
      assert.deepEqual(await detail('GET', '/api/organisations/nothing'), {
        status: 404,
        detail: 'Organisation not found.',
      });
      const person = (
        await secretary.post('/api/persons', { firstName: 'Ada', lastName: 'Lovelace' })
      ).json();
      assert.deepEqual(
        await detail('POST', '/api/duplicates/merge', { keepId: person.id, removeId: person.id }),
        {
          status: 400,
          detail: 'Choose two different records.',
        },
      );
      assert.deepEqual(
        await detail('POST', '/api/duplicates/merge', { keepId: person.id, removeId: 'gone' }),
        {
          status: 404,
          detail: 'The record to merge was not found.',
        },
      );
      await secretary.post('/api/organisations', { name: 'Ville de Test', kind: 'municipality' });
      const other = await detail('POST', '/api/organisations', {
        name: 'Autre ville',
        kind: 'municipality',
        aliases: ['Ville de Test'],
      });
      assert.deepEqual(other, {
        status: 409,
        detail: 'The name “Ville de Test” already belongs to another organisation.',
      });
    });

    it('words the memberships’ refusals in English', async () => {
      const person = (await secretary.post('/api/persons', { firstName: 'Alan', lastName: 'Turing' })).json();
      const membership = {
        year: 2017,
        personId: person.id,
        category: 'individual',
        status: 'validated',
        effectiveOn: '2017-01-01',
      };
      assert.equal((await secretary.post('/api/memberships', membership)).statusCode, 201);
      assert.deepEqual(await detail('POST', '/api/memberships', membership), {
        status: 409,
        detail: 'This member already has a membership for 2017.',
      });
      assert.deepEqual(await detail('GET', '/api/memberships/nothing'), {
        status: 404,
        detail: 'Membership not found.',
      });
      assert.deepEqual(
        await detail('POST', '/api/memberships', { ...membership, category: 'legal_entity' }),
        {
          status: 400,
          detail: 'This category is for organisations only.',
        },
      );
      const listed = (await secretary.get(`/api/memberships?year=2017&personId=${person.id}`)).json();
      const { id } = (Array.isArray(listed) ? listed : listed.memberships)[0];
      assert.deepEqual(await detail('POST', `/api/memberships/${id}/fee-calls`, { calledOn: '2017-02-01' }), {
        status: 400,
        detail: 'No fee is set for 2017: enter the amount.',
      });
    });

    it('words the import’s and the paste’s refusals in English, the mapped column in English too', async () => {
      const upload = (body: Buffer | string, contentType: string) =>
        secretary.request('POST', '/api/register/imports?fileName=members.csv', body, {
          ...english,
          'content-type': contentType,
        });
      const png = await upload(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'image/png');
      assert.equal(png.statusCode, 400);
      assert.equal(
        png.json().detail,
        'This file is a PNG image, neither a UTF-8 CSV nor an XLSX workbook: save it as “CSV UTF-8” or as “Excel Workbook (.xlsx)”.',
      );
      assert.deepEqual(png.json().errors, [{ path: 'body', message: 'not_csv_or_xlsx' }]);

      const uploaded = await upload('Nom;Prénom\nDupont;Jean\n', 'text/csv');
      assert.equal(uploaded.statusCode, 201);
      const { importId } = uploaded.json();
      const mapping = { lastName: 'Nom', firstName: 'Prénom', email: 'Courriel' };
      assert.deepEqual(await detail('POST', `/api/register/imports/${importId}/dry-run`, { mapping }), {
        status: 400,
        detail: 'Column not in the file: “Courriel” (E-mail).',
      });
      const view = await secretary.request('GET', `/api/register/imports/${importId}`, undefined, english);
      assert.equal(view.json().error, 'Column not in the file: “Courriel” (E-mail).');
      const halfNames = { mapping: { lastName: 'Nom', organisation: 'Prénom' } };
      const french = await secretary.post(`/api/register/imports/${importId}/dry-run`, halfNames);
      assert.equal(french.json().detail, 'Associez les colonnes Nom et Prénom ensemble.');
      assert.deepEqual(await detail('POST', `/api/register/imports/${importId}/dry-run`, halfNames), {
        status: 400,
        detail: 'Map the Last name and First name columns together.',
      });
      assert.deepEqual(await detail('GET', '/api/register/imports/00000000-0000-4000-8000-000000000000'), {
        status: 404,
        detail: 'Import not found.',
      });
      assert.deepEqual(await detail('POST', '/api/register/paste', { text: ' ', dryRun: true }), {
        status: 400,
        detail: 'No line to read.',
      });
      assert.deepEqual(await detail('POST', '/api/register/paste', { text: 'Dupont', dryRun: false }), {
        status: 400,
        detail: 'Some lines cannot be read: nothing was saved.',
      });
    });

    it('tells a signed-in account linked to no record so, with a code of its own', async () => {
      const member = test.client();
      await member.signIn((await createUser(test.runtime, { role: 'member' })).email);
      const english = await member.request('GET', '/api/me/person', undefined, { 'accept-language': 'en' });
      assert.equal(english.statusCode, 404);
      assert.equal(english.json().code, 'no_person_for_account');
      assert.equal(english.json().detail, 'Your account is not linked to any record of the register.');
      const french = await member.get('/api/me/person/export');
      assert.equal(french.json().code, 'no_person_for_account');
      assert.equal(french.json().detail, 'Votre compte n’est relié à aucune fiche du registre.');
    });
  });
}
