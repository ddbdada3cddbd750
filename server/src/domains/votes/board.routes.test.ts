import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

for (const engine of testEngines()) {
  describe(`board mandates on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    let member: ApiClient;
    before(async () => {
      test = await createTestApp(engine);
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      member = test.client();
      await member.signIn((await createUser(test.runtime, { role: 'member' })).email);
    });
    after(() => test.close());

    it('enters and ends a mandate directly, and refuses bad input naming the field', async () => {
      const person = (
        await secretary.post('/api/persons', { firstName: 'Nouvelle', lastName: 'Secrétaire' })
      ).json();
      const created = await secretary.post('/api/mandates', {
        personId: person.id,
        role: 'secretary',
        startsOn: '2018-01-01',
      });
      assert.equal(created.statusCode, 201);
      const ended = await secretary.post(`/api/mandates/${created.json().id}/end`, { endsOn: '2018-12-31' });
      assert.equal(ended.json().endsOn, '2018-12-31');
      const at2018 = (await member.get('/api/board?at=2018-06-01')).json() as {
        board: { personId: string; role: string }[];
      };
      assert.deepEqual(
        at2018.board.map((entry) => [entry.personId, entry.role]),
        [[person.id, 'secretary']],
      );
      const at2019 = (await member.get('/api/board?at=2019-01-01')).json() as {
        board: { personId: string }[];
      };
      assert.ok(!at2019.board.some((entry) => entry.personId === person.id));
      const bad = await secretary.post('/api/mandates', {
        personId: 'nobody',
        role: 'board_member',
        startsOn: '2018-01-01',
      });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().errors[0].path, 'body.personId');
      const badRole = await secretary.post('/api/mandates', {
        personId: person.id,
        role: 'king',
        startsOn: '2018-01-01',
      });
      assert.equal(badRole.statusCode, 400);
      const refused = await member.post('/api/mandates', {
        personId: person.id,
        role: 'board_member',
        startsOn: '2018-01-01',
      });
      assert.equal(refused.statusCode, 403);
    });
  });
}
