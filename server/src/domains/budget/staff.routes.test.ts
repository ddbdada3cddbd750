import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { StaffFiguresView, StaffHistoryView } from '../../../../common/staff.schemas.ts';
import { loadDemo } from '../../db/seed/demo.ts';
import { testEngines } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

for (const engine of testEngines()) {
  describe(`staff on ${engine}`, () => {
    let test: TestApp;
    let treasurer: ApiClient;
    let secretary: ApiClient;
    let member: ApiClient;
    before(async () => {
      test = await createTestApp(engine);
      await loadDemo(test.runtime.database.db);
      await loadDemo(test.runtime.database.db);
      treasurer = test.client();
      await treasurer.signIn((await createUser(test.runtime, { role: 'treasurer' })).email);
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      member = test.client();
      await member.signIn((await createUser(test.runtime, { role: 'member' })).email);
    });
    after(() => test.close());

    const figures = async (at: string): Promise<StaffFiguresView> => {
      const response = await secretary.get(`/api/staff?at=${at}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json();
    };

    it('counts the team of April 2017 as the reference does: 10 employees, 8,64 ETP and 1 intern', async () => {
      const april = await figures('2017-04-30');
      assert.deepEqual([april.headcount, april.fte, april.interns], [10, '8,64 ETP', 1]);
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
      assert.equal(september2014.recorded?.fte, '7,22 ETP');
      assert.equal((await figures('2012-06-01')).recorded?.fte, '3,3 ETP');
      assert.equal((await figures('2013-06-01')).recorded, null);
      // Lilas's subsidised year ends: one employee and 0,57 ETP fewer.
      const april2018 = await figures('2018-04-01');
      assert.deepEqual([april2018.headcount, april2018.fte], [9, '8,07 ETP']);
    });

    it('gives the history: the recorded figures and the computed ones, in day order', async () => {
      const history: StaffHistoryView = (await secretary.get('/api/staff/history')).json();
      assert.deepEqual(
        history.figures.filter((entry) => entry.kind === 'recorded').map((entry) => [entry.label, entry.fte]),
        [
          ['2012', '3,3 ETP'],
          ['septembre 2014', '7,22 ETP'],
          ['avril 2017', '8,64 ETP'],
        ],
      );
      const days = history.figures.map((entry) => entry.onDay);
      assert.deepEqual(days, [...days].sort());
      assert.ok(history.figures.some((entry) => entry.kind === 'computed' && entry.fte === '8,64 ETP'));
    });

    it('adds a member who counts from their first day, and refuses bad input naming the field', async () => {
      const body = {
        displayName: 'Nouvelle designer',
        jobTitle: 'Designer',
        function: 'design',
        contract: 'fixed_term',
        startOn: '2017-05-02',
        endOn: '2017-12-31',
        fte: '0,5',
      };
      const tooMuch = await treasurer.post('/api/staff/members', { ...body, fte: '2' });
      assert.equal(tooMuch.statusCode, 400);
      assert.equal(tooMuch.json().errors[0].path, 'body.fte');
      const backwards = await treasurer.post('/api/staff/members', { ...body, endOn: '2017-01-01' });
      assert.equal(backwards.statusCode, 400);
      assert.equal(backwards.json().errors[0].path, 'body.endOn');
      const badDay = await treasurer.post('/api/staff/members', { ...body, startOn: '02/05/2017' });
      assert.equal(badDay.statusCode, 400);
      assert.match(JSON.stringify(badDay.json().errors), /startOn/);
      assert.equal((await secretary.post('/api/staff/members', body)).statusCode, 403);
      assert.equal((await member.get('/api/staff?at=2017-04-30')).statusCode, 403);
      assert.equal((await figures('2017-05-15')).headcount, 10);

      const added = await treasurer.post('/api/staff/members', body);
      assert.equal(added.statusCode, 201, added.body);
      assert.equal(added.json().fte, '0,5 ETP');
      assert.equal((await figures('2017-04-30')).fte, '8,64 ETP');
      const may = await figures('2017-05-15');
      assert.deepEqual([may.headcount, may.fte], [11, '9,14 ETP']);
    });

    it('records a figure of the history and refuses one that is not an FTE', async () => {
      const refused = await treasurer.post('/api/staff/figures', { onDay: '2015-06-30', fte: 'sept' });
      assert.equal(refused.statusCode, 400);
      assert.equal(refused.json().errors[0].path, 'body.fte');
      const saved = await treasurer.post('/api/staff/figures', {
        onDay: '2015-06-30',
        precision: 'month',
        fte: '7,5',
      });
      assert.equal(saved.statusCode, 200, saved.body);
      const history: StaffHistoryView = saved.json();
      assert.ok(history.figures.some((entry) => entry.label === 'juin 2015' && entry.fte === '7,5 ETP'));
    });
  });
}
