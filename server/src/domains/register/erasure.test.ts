import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { dayIn } from '../../../../common/time-zones.ts';
import { testEngines } from '../../../test/databases.ts';
import { createCategories, createStatutes, createUser } from '../../../test/factories.ts';
import { allTextValues } from '../../../test/inspect.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';
import { createLogger } from '../../runtime.ts';

/** Lower case without accents, as a search or an administrative form would write a name. */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const person = {
  firstName: 'Philomène',
  lastName: 'Quatrebarbes',
  email: 'philomene.quatrebarbes@example.org',
  phone: '06 12 34 56 78',
  city: 'Pont-Aven',
};
const traces = [person.firstName, person.lastName, person.email, person.phone].map(folded);

/**
 * A member takes part in everything that copies her name or address (convocation e-mailed, sheet,
 * named poll, audit); then she is erased. Every text column of every table, the mail folder and the
 * log of the whole run are searched for her name, e-mail and phone: only counted facts remain.
 */
for (const engine of testEngines()) {
  describe(`erasure leaves no trace (${engine})`, () => {
    const log: string[] = [];
    let test: TestApp;
    let secretary: ApiClient;
    let personId: string;
    let membershipId: string;
    const today = dayIn('Europe/Paris');
    const year = Number(today.slice(0, 4));

    before(async () => {
      test = await createTestApp(engine, 'empty', {
        logger: createLogger('info', { write: (line: string) => void log.push(line) }),
        withoutSmtp: true,
      });
      await createCategories(test.runtime);
      await createStatutes(test.runtime, { noticeDays: 0 });
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
    });
    after(() => test.close());

    it('lets her take part: register, convocation, sheet, named poll', async () => {
      const created = await secretary.post('/api/persons', person);
      assert.equal(created.statusCode, 201, created.body);
      personId = created.json().id;
      const membership = await secretary.post('/api/memberships', {
        year,
        personId,
        category: 'individual',
        status: 'validated',
        effectiveOn: `${year}-01-01`,
      });
      assert.equal(membership.statusCode, 201, membership.body);
      membershipId = membership.json().id;
      const assembly = await secretary.post('/api/assemblies', {
        slug: 'ag-effacement',
        kind: 'ordinary',
        title: 'Assemblée générale',
        heldOn: today,
        place: 'Salle',
        plannedStart: '23:00',
        membershipYear: year,
        agenda: [{ kind: 'deliberative', title: 'Comptes' }],
      });
      assert.equal(assembly.statusCode, 201, assembly.body);
      assert.equal((await secretary.post('/api/assemblies/ag-effacement/convocations', {})).statusCode, 202);
      for (let attempt = 0; attempt < 100; attempt += 1) {
        const progress = (await secretary.get('/api/assemblies/ag-effacement/convocations')).json();
        if (progress.pending === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const mails = fs.readdirSync(test.config.mailDirectory);
      assert.ok(
        mails.some((name) =>
          fs.readFileSync(`${test.config.mailDirectory}/${name}`, 'utf8').includes(person.email),
        ),
        'the convocation was kept in the mail folder',
      );
      const present = await secretary.post('/api/assemblies/ag-effacement/attendance', {
        personId,
        membershipId,
        role: 'voting_member',
        status: 'present',
      });
      assert.equal(present.statusCode, 201, present.body);
      assert.equal((await secretary.post('/api/assemblies/ag-effacement/open')).statusCode, 200);
      const resolution = await secretary.post('/api/assemblies/ag-effacement/resolutions', {
        agendaItemId: assembly.json().agenda[0].id,
        title: 'Les comptes',
        text: 'approuve les comptes',
        method: 'named',
      });
      assert.equal(resolution.statusCode, 201, resolution.body);
      const poll = await secretary.post('/api/assemblies/ag-effacement/polls', {
        resolutionId: resolution.json().id,
      });
      assert.equal(poll.statusCode, 201, poll.body);
      const before = await allTextValues(test.runtime.database);
      const holding = new Set(
        before
          .filter(({ value }) => traces.some((trace) => folded(value).includes(trace)))
          .map(({ table }) => table),
      );
      for (const table of ['persons', 'convocations', 'poll_voters', 'audit_events']) {
        assert.ok(holding.has(table), `${table} holds her name or address before the erasure`);
      }
    });

    it('after the erasure, finds her nowhere: no table, no kept mail, no log line', async () => {
      const administrator = test.client();
      await administrator.signIn((await createUser(test.runtime, { role: 'administrator' })).email);
      const erased = await administrator.post(`/api/persons/${personId}/erase`);
      assert.equal(erased.statusCode, 200, erased.body);
      const left = (await allTextValues(test.runtime.database)).filter(({ value }) =>
        traces.some((trace) => folded(value).includes(trace)),
      );
      assert.deepEqual(
        left.map(({ table, column, value }) => `${table}.${column}: ${value.slice(0, 120)}`),
        [],
      );
      for (const name of fs.readdirSync(test.config.mailDirectory)) {
        const content = folded(fs.readFileSync(`${test.config.mailDirectory}/${name}`, 'utf8'));
        assert.ok(!traces.some((trace) => content.includes(trace)), `mail ${name} still names her`);
      }
      const logged = folded(log.join(''));
      assert.ok(log.length > 10, 'the run was logged');
      for (const trace of traces) assert.ok(!logged.includes(trace), `the log holds ${trace}`);
      // The counted facts remain: her membership, her line on the sheet, her place on the poll's list.
      const sheet = (await secretary.get('/api/assemblies/ag-effacement/attendance')).json();
      assert.ok(sheet.attendees.some((row: { membershipId: string }) => row.membershipId === membershipId));
      const membership = await secretary.get(`/api/memberships/${membershipId}`);
      assert.equal(membership.statusCode, 200);
    });
  });
}
