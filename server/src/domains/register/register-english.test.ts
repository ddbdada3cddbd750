import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
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
  });
}
