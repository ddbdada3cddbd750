import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { MinutesView } from '../../../../common/minutes.schemas.ts';
import type { ApiClient } from '../../../test/api-client.ts';
import { testEngines } from '../../../test/databases.ts';
import { createAssembly, createAssociation, createStatutes, createUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

const url = '/api/assemblies/ag-2030/minutes';

for (const engine of testEngines()) {
  describe(`versions of the minutes' sections on ${engine}`, () => {
    let test: TestApp;
    let first: ApiClient;
    let second: ApiClient;
    before(async () => {
      test = await createTestApp(engine);
      await createAssociation(test.runtime);
      await createStatutes(test.runtime);
      await createAssembly(test.runtime, { slug: 'ag-2030', heldOn: '2030-06-20' });
      first = test.client();
      await first.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      second = test.client();
      await second.signIn((await createUser(test.runtime, { role: 'administrator' })).email);
      assert.equal((await first.post(url)).statusCode, 200);
    });
    after(() => test.close());

    it('a section written on a version someone else has since saved is refused with the section as it now is', async () => {
      const added = await first.post(`${url}/sections`, { title: 'Mot du président', markdown: 'Bonjour.' });
      assert.equal(added.statusCode, 200, added.body);
      const written = (added.json() as MinutesView).sections.find(
        (entry) => entry.title === 'Mot du président',
      )!;
      assert.equal(written.version, 1);
      const path = `${url}/sections/${written.id}`;

      const saved = await first.request(
        'PUT',
        path,
        { title: 'Mot du président', markdown: 'Bonjour à tous.' },
        {
          'if-match': '"1"',
        },
      );
      assert.equal(saved.statusCode, 200, saved.body);
      const stale = await second.request(
        'PUT',
        path,
        { title: 'Mot du président', markdown: 'Bienvenue.' },
        {
          'if-match': '"1"',
        },
      );
      assert.equal(stale.statusCode, 409, stale.body);
      assert.equal(stale.json().code, 'stale_version');
      assert.equal(stale.json().current.markdown, 'Bonjour à tous.');
      assert.equal(stale.json().current.version, 2);
      const now = ((await first.get(url)).json() as MinutesView).sections.find(
        (entry) => entry.id === written.id,
      )!;
      assert.equal(now.markdown, 'Bonjour à tous.', 'a stale save changes nothing');

      // Moving sections is the list's order, not the section's text: an editor left open is not made stale.
      const order = ((await first.get(url)).json() as MinutesView).sections
        .map((entry) => entry.id)
        .reverse();
      assert.equal((await first.request('PUT', `${url}/order`, { sectionIds: order })).statusCode, 200);
      const after = await second.request(
        'PUT',
        path,
        { title: 'Mot du président', markdown: 'Bienvenue à tous.' },
        {
          'if-match': '"2"',
        },
      );
      assert.equal(after.statusCode, 200, after.body);
    });
  });
}
