import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../test/api-client.ts';
import { testEngines } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

const url = '/api/assemblies/ag-2017/minutes';
const english = { 'accept-language': 'en' };

for (const engine of testEngines()) {
  describe(`the minutes' refusals in English on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    let member: ApiClient;

    before(async () => {
      test = await createTestApp(engine, 'demo');
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      member = test.client();
      await member.signIn((await createUser(test.runtime, { role: 'member' })).email);
    });
    after(() => test.close());

    it('words each refusal in English, with its parameters', async () => {
      const draft = await member.request('GET', `${url}/document?format=md`, undefined, english);
      assert.equal(draft.statusCode, 403);
      assert.equal(
        draft.json().detail,
        'The minutes are not signed yet: they are not yet shared with members.',
      );

      const twice = await secretary.request('POST', url, {}, english);
      assert.equal(twice.statusCode, 409);
      assert.equal(twice.json().detail, 'The minutes of this assembly already exist.');

      const version = await secretary.request(
        'GET',
        `${url}/document?format=md&version=99`,
        undefined,
        english,
      );
      assert.equal(version.statusCode, 404);
      assert.equal(version.json().detail, 'Version 99 of the minutes not found.');

      const stranger = await secretary.request('PUT', `${url}/order`, { sectionIds: ['nope'] }, english);
      assert.equal(stranger.statusCode, 400);
      assert.equal(stranger.json().detail, 'The section “nope” is not in these minutes.');
      assert.equal(stranger.json().errors[0].detail, 'The section “nope” is not in these minutes.');
    });

    it('prints the English minutes from the English texts: no French sentence of the catalog', async () => {
      const text = (await secretary.get(`${url}/document?format=md&lang=en`)).body;
      assert.match(text, /^# Minutes of the annual general assembly of La 27e Région - 21 June 2017/);
      assert.match(text, /Christian Paul, Président de la 27e Région, opens the session at 2:00 pm\./);
      assert.match(text, /\*\*3 cross-memberships\*\*: 2 validated/);
      for (const french of [
        'Étaient présents',
        'Rappel de l’ordre du jour',
        'Résolutions',
        'Bilan comptable',
      ])
        assert.doesNotMatch(text, new RegExp(french));
    });
  });
}
