import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../../test/databases.ts';
import { createOrganisation, createPerson, createUser } from '../../../test/factories.ts';
import type { ApiClient } from '../../../test/api-client.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

type PersonView = {
  id: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  city: string | null;
  version: number;
};

/** What the person form sends back: the record as read, with one field changed. */
function formOf(person: PersonView, change: Partial<PersonView>) {
  return {
    firstName: person.firstName,
    lastName: person.lastName,
    phone: person.phone,
    city: person.city,
    ...change,
  };
}

for (const engine of testEngines()) {
  describe(`versions of register records on ${engine}`, () => {
    let test: TestApp;
    let first: ApiClient;
    let second: ApiClient;
    before(async () => {
      test = await createTestApp(engine);
      first = test.client();
      await first.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      second = test.client();
      await second.signIn((await createUser(test.runtime, { role: 'administrator' })).email);
    });
    after(() => test.close());

    async function read(client: ApiClient, id: string): Promise<{ person: PersonView; etag: string }> {
      const response = await client.get(`/api/persons/${id}`);
      assert.equal(response.statusCode, 200, response.body);
      return { person: response.json(), etag: String(response.headers.etag) };
    }

    it('two staff edit the same person, one the phone, one the city: the second is told and both changes stay', async () => {
      const { id } = await createPerson(test.runtime, { firstName: 'Maëlle', lastName: 'Dupontel' });
      const seenByFirst = await read(first, id);
      const seenBySecond = await read(second, id);
      assert.equal(seenByFirst.person.version, 1);
      assert.equal(seenByFirst.etag, '"1"');

      const phone = await first.request(
        'PUT',
        `/api/persons/${id}`,
        formOf(seenByFirst.person, { phone: '01 23 45 67 89' }),
        { 'if-match': seenByFirst.etag },
      );
      assert.equal(phone.statusCode, 200, phone.body);
      assert.equal(phone.json().version, 2);
      assert.equal(phone.headers.etag, '"2"');

      const city = await second.request(
        'PUT',
        `/api/persons/${id}`,
        formOf(seenBySecond.person, { city: 'Valfleuri' }),
        { 'if-match': seenBySecond.etag },
      );
      assert.equal(city.statusCode, 409, city.body);
      const problem = city.json();
      assert.equal(problem.code, 'stale_version');
      assert.equal(problem.params.version, 2);
      assert.equal(problem.current.phone, '01 23 45 67 89', 'the problem carries the record as it now is');
      assert.equal(problem.current.version, 2);
      let now = (await read(first, id)).person;
      assert.equal(now.city, null, 'a stale write changes nothing');
      assert.equal(now.version, 2);

      // Re-applied on top of the current version, the city goes in and the phone stays.
      const reapplied = await second.request(
        'PUT',
        `/api/persons/${id}`,
        formOf(problem.current, { city: 'Valfleuri' }),
        { 'if-match': `"${problem.current.version}"` },
      );
      assert.equal(reapplied.statusCode, 200, reapplied.body);
      now = (await read(first, id)).person;
      assert.equal(now.phone, '01 23 45 67 89');
      assert.equal(now.city, 'Valfleuri');
      assert.equal(now.version, 3);
    });

    it('of two writes sent at once on the same version, one is saved and the other refused', async () => {
      const { id } = await createPerson(test.runtime, { firstName: 'Ilan', lastName: 'Courtois' });
      const { person, etag } = await read(first, id);
      const answers = await Promise.all([
        first.request('PUT', `/api/persons/${id}`, formOf(person, { phone: '02 00 00 00 01' }), {
          'if-match': etag,
        }),
        second.request('PUT', `/api/persons/${id}`, formOf(person, { city: 'Ormelune' }), {
          'if-match': etag,
        }),
      ]);
      assert.deepEqual(answers.map((answer) => answer.statusCode).sort(), [200, 409]);
      assert.equal((await read(first, id)).person.version, 2);
    });

    it('refuses a stale or malformed If-Match and still takes a write without one', async () => {
      const { id } = await createPerson(test.runtime, { firstName: 'Noé', lastName: 'Fabre' });
      const { person } = await read(first, id);
      const stale = await first.request('PUT', `/api/persons/${id}`, formOf(person, { city: 'Ailleurs' }), {
        'if-match': '"7"',
      });
      assert.equal(stale.statusCode, 409, stale.body);
      assert.equal(stale.json().code, 'stale_version');
      const weak = await first.request('PUT', `/api/persons/${id}`, formOf(person, { city: 'Ici' }), {
        'if-match': 'W/"1"',
      });
      assert.equal(weak.statusCode, 200, weak.body);
      const malformed = await first.request('PUT', `/api/persons/${id}`, formOf(person, {}), {
        'if-match': 'yesterday',
      });
      assert.equal(malformed.statusCode, 400, malformed.body);
      assert.equal(malformed.json().errors[0].path, 'headers.if-match');
      const unversioned = await first.request('PUT', `/api/persons/${id}`, formOf(person, { city: 'Là' }));
      assert.equal(unversioned.statusCode, 200, unversioned.body);
      assert.equal(unversioned.json().version, 3);
    });

    it('refuses a stale change of an organisation with the organisation as it now is', async () => {
      const organisation = await createOrganisation(test.runtime, {
        name: 'Ville de Valfleuri',
        kind: 'municipality',
      });
      const read = await first.get(`/api/organisations/${organisation.id}`);
      assert.equal(read.headers.etag, '"1"');
      const renamed = await first.request(
        'PUT',
        `/api/organisations/${organisation.id}`,
        { name: 'Ville de Valfleuri-sur-Mer', kind: 'municipality', email: null },
        { 'if-match': '"1"' },
      );
      assert.equal(renamed.statusCode, 200, renamed.body);
      const stale = await second.request(
        'PUT',
        `/api/organisations/${organisation.id}`,
        { name: 'Ville de Valfleuri', kind: 'municipality', email: 'mairie@valfleuri.example' },
        { 'if-match': '"1"' },
      );
      assert.equal(stale.statusCode, 409, stale.body);
      assert.equal(stale.json().current.name, 'Ville de Valfleuri-sur-Mer');
      const now = await first.get(`/api/organisations/${organisation.id}`);
      assert.equal(now.json().email, null);
      assert.equal(now.json().version, 2);
    });

    it('documents If-Match and the 409 with the current record in the OpenAPI document', async () => {
      const document = (await first.get('/api/openapi.json')).json();
      for (const [path, method] of [
        ['/api/persons/{id}', 'put'],
        ['/api/organisations/{id}', 'put'],
        ['/api/budgets/{year}', 'patch'],
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
