import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { StaffFiguresView, StaffHistoryView } from '../../../../common/staff.schemas.ts';
import { testEngines } from '../../../test/databases.ts';
import { createStaffFunction, createStaffMember, createUser } from '../../../test/factories.ts';
import { rowsOf } from '../../../test/inspect.ts';
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
      // The association's own functions, in its order.
      await createStaffFunction(test.runtime, {
        code: 'research',
        labelFr: 'Recherche',
        labelEn: 'Research',
      });
      await createStaffFunction(test.runtime, { code: 'design', labelFr: 'Design', labelEn: 'Design' });
      await createStaffFunction(test.runtime, {
        code: 'coordination',
        labelFr: 'Coordination et gestion de projets',
        labelEn: 'Coordination and project management',
      });
      // A team of two in spring 2017: 1,8 ETP.
      await createStaffMember(test.runtime, { displayName: 'Inès Durand', startOn: '2016-01-04' });
      await createStaffMember(test.runtime, {
        displayName: 'Hugo Lemaire',
        function: 'coordination',
        contract: 'fixed_term',
        startOn: '2016-09-01',
        endOn: '2018-03-31',
        fte: '0,8',
      });
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
      assert.equal((await figures('2017-05-15')).headcount, 2);

      const added = await treasurer.post('/api/staff/members', body);
      assert.equal(added.statusCode, 201, added.body);
      assert.equal(added.json().fte, '0,5\u202fETP');
      assert.equal((await figures('2017-04-30')).fte, '1,8\u202fETP');
      const may = await figures('2017-05-15');
      assert.deepEqual([may.headcount, may.fte], [3, '2,3\u202fETP']);
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
      assert.ok(history.figures.some((entry) => entry.label === 'juin 2015' && entry.fte === '7,5\u202fETP'));
    });

    it('words periods, FTE, functions and interns in the language asked, French when none is', async () => {
      await createStaffMember(test.runtime, {
        displayName: 'Léa Martin',
        function: 'research',
        contract: 'internship',
        startOn: '2016-09-15',
        endOn: '2016-12-31',
      });
      const english = { 'accept-language': 'en-GB,en;q=0.9' };
      const inEnglish = await secretary.request('GET', '/api/staff?at=2016-10-01', undefined, english);
      assert.equal(inEnglish.statusCode, 200, inEnglish.body);
      const team: StaffFiguresView = inEnglish.json();
      assert.equal(team.fte, '1.8 FTE');
      assert.deepEqual(
        team.byFunction.map((entry) => [entry.label, entry.names]),
        [
          ['Research', ['Léa Martin (intern)']],
          ['Design', ['Inès Durand']],
          ['Coordination and project management', ['Hugo Lemaire']],
        ],
      );
      const french = await figures('2016-10-01');
      assert.equal(french.fte, '1,8\u202fETP');
      assert.deepEqual(
        french.byFunction.map((entry) => [entry.label, entry.names]),
        [
          ['Recherche', ['Léa Martin (stage)']],
          ['Design', ['Inès Durand']],
          ['Coordination et gestion de projets', ['Hugo Lemaire']],
        ],
      );

      const history: StaffHistoryView = (
        await secretary.request('GET', '/api/staff/history', undefined, english)
      ).json();
      assert.ok(history.figures.some((entry) => entry.label === 'June 2015' && entry.fte === '7.5 FTE'));
      assert.ok(history.figures.every((entry) => !/ETP|juin/.test(`${entry.label} ${entry.fte}`)));
      const members = (await secretary.request('GET', '/api/staff/members', undefined, english)).json() as {
        members: { displayName: string; fte: string }[];
      };
      assert.equal(members.members.find((entry) => entry.displayName === 'Hugo Lemaire')?.fte, '0.8 FTE');
    });

    it('lets the treasurer keep the association’s own list of functions: add, reword, remove, audited', async () => {
      const list = async () =>
        (
          (await secretary.get('/api/staff/functions')).json() as {
            functions: { code: string; label: string }[];
          }
        ).functions;
      assert.deepEqual(
        (await list()).map((entry) => entry.code),
        ['research', 'design', 'coordination'],
      );
      const input = { code: 'communication', labelFr: 'Communication', labelEn: 'Communications' };
      assert.equal((await secretary.post('/api/staff/functions', input)).statusCode, 403);
      const badCode = await treasurer.post('/api/staff/functions', { ...input, code: 'Com munication' });
      assert.equal(badCode.statusCode, 400);
      assert.equal(badCode.json().errors[0].path, 'body.code');
      const added = await treasurer.post('/api/staff/functions', input);
      assert.equal(added.statusCode, 201, added.body);
      assert.equal((await treasurer.post('/api/staff/functions', input)).statusCode, 409);
      assert.deepEqual((await list()).at(-1), {
        code: 'communication',
        version: 1,
        labelFr: 'Communication',
        labelEn: 'Communications',
        label: 'Communication',
        position: 4,
        memberCount: 0,
      });

      // A member in a function the list does not hold is refused beside the field.
      const stranger = await treasurer.post('/api/staff/members', {
        displayName: 'Zoé Roux',
        function: 'marketing',
        contract: 'permanent',
        startOn: '2019-01-07',
        fte: '1',
      });
      assert.equal(stranger.statusCode, 400);
      assert.equal(stranger.json().errors[0].path, 'body.function');

      const joined = await treasurer.post('/api/staff/members', {
        displayName: 'Zoé Roux',
        function: 'communication',
        contract: 'permanent',
        startOn: '2019-01-07',
        fte: '1',
      });
      assert.equal(joined.statusCode, 201, joined.body);
      const renamed = await treasurer.request('PUT', '/api/staff/functions/communication', {
        labelFr: 'Communication et médias',
        labelEn: 'Communications and media',
      });
      assert.equal(renamed.statusCode, 200, renamed.body);
      const team = await figures('2019-02-01');
      assert.deepEqual(
        team.byFunction.find((entry) => entry.function === 'communication'),
        { function: 'communication', label: 'Communication et médias', names: ['Zoé Roux'] },
      );
      // Held by someone: kept. Nobody holds it: removed.
      const inUse = await treasurer.request('DELETE', '/api/staff/functions/communication');
      assert.equal(inUse.statusCode, 409);
      assert.equal((await treasurer.request('DELETE', '/api/staff/functions/nothing')).statusCode, 404);
      await treasurer.post('/api/staff/functions', {
        code: 'events',
        labelFr: 'Événements',
        labelEn: 'Events',
      });
      assert.equal((await treasurer.request('DELETE', '/api/staff/functions/events')).statusCode, 200);
      assert.ok(!(await list()).some((entry) => entry.code === 'events'));
      // The order the page and the minutes list them in.
      const incomplete = await treasurer.request('PUT', '/api/staff/functions/order', {
        codes: ['communication', 'research'],
      });
      assert.equal(incomplete.statusCode, 400);
      assert.equal(incomplete.json().errors[0].path, 'body.codes');
      const reordered = await treasurer.request('PUT', '/api/staff/functions/order', {
        codes: ['communication', 'coordination', 'design', 'research'],
      });
      assert.equal(reordered.statusCode, 200, reordered.body);
      assert.deepEqual(
        (await list()).map((entry) => entry.code),
        ['communication', 'coordination', 'design', 'research'],
      );
      assert.equal((await figures('2019-02-01')).byFunction[0]?.function, 'communication');
      const actions = (await rowsOf(test.runtime.database.db, 'audit_events')).map((row) => row.action);
      for (const action of [
        'staff.function_added',
        'staff.function_renamed',
        'staff.function_removed',
        'staff.functions_reordered',
      ])
        assert.ok(actions.includes(action), action);
    });
  });
}
