import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { StaffFiguresView, StaffHistoryView } from '../../../../common/staff.schemas.ts';
import { loadDemo } from '../../db/seed/demo.ts';
import { testEngines } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

for (const engine of testEngines()) {
  describe(`the reference's staff on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    before(async () => {
      test = await createTestApp(engine, 'demo');
      // Loading the demo again, over the copy of it, changes nothing.
      await loadDemo(test.runtime.database.db);
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
    });
    after(() => test.close());

    const figures = async (at: string): Promise<StaffFiguresView> => {
      const response = await secretary.get(`/api/staff?at=${at}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json();
    };

    it('counts the team of April 2017 as the reference does: 10 employees, 8,64 ETP and 1 intern', async () => {
      const april = await figures('2017-04-30');
      assert.deepEqual([april.headcount, april.fte, april.interns], [10, '8,64\u202fETP', 1]);
      assert.deepEqual(
        [april.recorded?.headcount, april.recorded?.fteHundredths, april.recorded?.interns],
        [april.headcount, april.fteHundredths, april.interns],
      );
      assert.equal(april.recorded?.label, 'avril 2017');
      assert.deepEqual(
        april.byFunction.map((entry) => [entry.label, entry.names.length]),
        [
          ['Direction générale', 1],
          ['Recherche', 1],
          ['Design', 3],
          ['Coordination et gestion de projets', 3],
          ['International', 1],
          ['Administration et gestion financière', 2],
        ],
      );
      const names = april.byFunction.flatMap((entry) => entry.names).join(', ');
      for (const name of ['Stéphane', 'Anna', 'Julien', 'Laura', 'Lilas', 'Nadège', 'Magali', 'Sylvine'])
        assert.match(names, new RegExp(name));
      assert.match(names, /Louise Guillot \(stage\)/);
      // Before the team the demo holds, only the recorded figure speaks.
      const september2014 = await figures('2014-09-12');
      assert.equal(september2014.headcount, 0);
      assert.equal(september2014.recorded?.fte, '7,22\u202fETP');
      assert.equal((await figures('2012-06-01')).recorded?.fte, '3,3\u202fETP');
      assert.equal((await figures('2013-06-01')).recorded, null);
      // Lilas's subsidised year ends: one employee and 0,57 ETP fewer.
      const april2018 = await figures('2018-04-01');
      assert.deepEqual([april2018.headcount, april2018.fte], [9, '8,07\u202fETP']);
    });

    it('gives the history: the recorded figures and the computed ones, in day order', async () => {
      const history: StaffHistoryView = (await secretary.get('/api/staff/history')).json();
      assert.deepEqual(
        history.figures.filter((entry) => entry.kind === 'recorded').map((entry) => [entry.label, entry.fte]),
        [
          ['2012', '3,3\u202fETP'],
          ['septembre 2014', '7,22\u202fETP'],
          ['avril 2017', '8,64\u202fETP'],
        ],
      );
      const days = history.figures.map((entry) => entry.onDay);
      assert.deepEqual(days, [...days].sort());
      assert.ok(history.figures.some((entry) => entry.kind === 'computed' && entry.fte === '8,64\u202fETP'));
    });
  });
}
