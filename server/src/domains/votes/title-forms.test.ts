import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../test/api-client.ts';
import { testEngines } from '../../../test/databases.ts';
import { createPerson, createUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

for (const engine of testEngines()) {
  describe(`titles in the form that fits the person on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    before(async () => {
      test = await createTestApp(engine);
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
    });
    after(() => test.close());

    it('prints a title from the civility the register holds unless the mandate says its form', async () => {
      const mandate = async (civility: string | undefined, role: string, titleForm?: string) => {
        const { id: personId } = await createPerson(test.runtime, {
          firstName: `Prénom ${role}`,
          lastName: 'Dupont',
          ...(civility ? { civility } : {}),
        });
        const added = await secretary.post('/api/mandates', {
          personId,
          role,
          startsOn: '2031-06-20',
          ...(titleForm ? { titleForm } : {}),
        });
        assert.equal(added.statusCode, 201, added.body);
        return added.json().id as string;
      };
      const president = await mandate('Mme', 'president');
      const treasurer = await mandate('M.', 'treasurer');
      const vicePresident = await mandate(undefined, 'vice_president');
      const chosen = await mandate('Mme', 'board_member', 'neutral');

      const board = (await secretary.get('/api/board?at=2031-07-01')).json();
      const labelOf = (id: string) => board.board.find((entry: { id: string }) => entry.id === id)?.roleLabel;
      assert.deepEqual(labelOf(president), { fr: 'Présidente', en: 'Chair' });
      assert.deepEqual(labelOf(treasurer), { fr: 'Trésorier', en: 'Treasurer' });
      // No civility: the inclusive form.
      assert.equal(labelOf(vicePresident).fr, 'Vice-président·e');
      // The mandate's own form wins over the civility.
      assert.equal(labelOf(chosen).fr, 'Administrateur·rice');
    });
  });
}
