import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../test/api-client.ts';
import { testEngines } from '../../../test/databases.ts';
import { createPerson, createUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

for (const engine of testEngines()) {
  describe(`versions of board mandates on ${engine}`, () => {
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

    it('a mandate corrected on a version someone else has since saved is refused with the mandate as it now is', async () => {
      const { id: personId } = await createPerson(test.runtime, { firstName: 'Lou', lastName: 'Garnier' });
      const added = await first.post('/api/mandates', {
        personId,
        role: 'treasurer',
        startsOn: '2030-06-20',
      });
      assert.equal(added.statusCode, 201, added.body);
      const mandate = added.json();
      assert.equal(mandate.version, 1);
      const path = `/api/mandates/${mandate.id}`;
      const body = { role: 'treasurer', titleForm: null, startsOn: '2030-06-20', endsOn: null };

      const feminine = await first.request(
        'PUT',
        path,
        { ...body, titleForm: 'feminine' },
        { 'if-match': '"1"' },
      );
      assert.equal(feminine.statusCode, 200, feminine.body);
      assert.equal(feminine.headers.etag, '"2"');
      const stale = await second.request(
        'PUT',
        path,
        { ...body, endsOn: '2033-06-19' },
        { 'if-match': '"1"' },
      );
      assert.equal(stale.statusCode, 409, stale.body);
      assert.equal(stale.json().current.titleForm, 'feminine');
      const reapplied = await second.request(
        'PUT',
        path,
        { ...body, titleForm: 'feminine', endsOn: '2033-06-19' },
        { 'if-match': `"${stale.json().current.version}"` },
      );
      assert.equal(reapplied.statusCode, 200, reapplied.body);
      assert.equal(reapplied.json().titleForm, 'feminine');
      assert.equal(reapplied.json().endsOn, '2033-06-19');
    });
  });
}
