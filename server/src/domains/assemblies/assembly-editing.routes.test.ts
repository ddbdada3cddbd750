import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AssemblyView } from '../../../../common/assemblies.schemas.ts';
import { testEngines } from '../../../test/databases.ts';
import { createIndividualMember, createPerson, createStatutes, createUser } from '../../../test/factories.ts';
import { rowsOf } from '../../../test/inspect.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

const patch = (client: ApiClient, url: string, body: unknown) => client.request('PATCH', url, body);

for (const engine of testEngines()) {
  describe(`an assembly edited until its minutes are signed, on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    let member: ApiClient;
    let chair: string;
    let scribe: string;
    let scrutineers: string[];

    const create = async (slug: string) => {
      const response = await secretary.post('/api/assemblies', {
        slug,
        kind: 'ordinary',
        title: 'Assemblée générale 2031',
        heldOn: '2031-03-14',
        place: 'Salle des fêtes',
        plannedStart: '14:00',
        membershipYear: 2031,
        agenda: [
          { kind: 'informative', title: 'Accueil' },
          { kind: 'deliberative', title: 'Comptes' },
          { kind: 'election', title: 'Élection du conseil' },
        ],
      });
      assert.equal(response.statusCode, 201, response.body);
      return response.json() as AssemblyView;
    };

    before(async () => {
      test = await createTestApp(engine);
      await createStatutes(test.runtime);
      chair = (
        await createIndividualMember(test.runtime, { year: 2031, firstName: 'Rose', lastName: 'Nadal' })
      ).person.id;
      scribe = (await createPerson(test.runtime, { firstName: 'Hugo', lastName: 'Bastide' })).id;
      scrutineers = [
        (await createPerson(test.runtime, { firstName: 'Inès', lastName: 'Ferrand' })).id,
        (await createPerson(test.runtime, { firstName: 'Louis', lastName: 'Garnier' })).id,
      ];
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      member = test.client();
      await member.signIn((await createUser(test.runtime, { role: 'member' })).email);
    });
    after(() => test.close());

    it('changes kind, date, place, video link, times, chair, secretary and scrutineers, audited', async () => {
      await create('ag-edit');
      const response = await patch(secretary, '/api/assemblies/ag-edit', {
        kind: 'extraordinary',
        heldOn: '2031-03-21',
        place: 'Salle des fêtes et en visioconférence',
        videoLink: 'https://visio.example.org/ag-2031',
        plannedStart: '18:30',
        plannedEnd: '20:00',
        chairPersonId: chair,
        secretaryPersonId: scribe,
        scrutineerPersonIds: scrutineers,
      });
      assert.equal(response.statusCode, 200, response.body);
      const view: AssemblyView = response.json();
      assert.equal(view.kind, 'extraordinary');
      assert.equal(view.heldOn, '2031-03-21');
      assert.equal(view.videoLink, 'https://visio.example.org/ag-2031');
      assert.equal(view.plannedStart, '18:30');
      assert.equal(view.plannedEnd, '20:00');
      assert.equal(view.chair?.name, 'Rose Nadal');
      assert.equal(view.secretary?.name, 'Hugo Bastide');
      assert.deepEqual(
        view.scrutineers.map((person) => person.name),
        ['Inès Ferrand', 'Louis Garnier'],
      );
      assert.equal(view.title, 'Assemblée générale 2031', 'a field left out is kept');
      const audit = await rowsOf(test.runtime.database, 'audit_events', {
        action: 'assembly.edited',
        subject_id: view.id,
      });
      assert.equal(audit.length, 1);
      assert.match(String(audit[0]!.details), /extraordinary/);
    });

    it('refuses an unknown person, a planned end before the start and a member', async () => {
      const unknown = await patch(secretary, '/api/assemblies/ag-edit', { chairPersonId: 'nobody' });
      assert.equal(unknown.statusCode, 400);
      assert.equal(unknown.json().errors[0].path, 'body.chairPersonId');
      const reversed = await patch(secretary, '/api/assemblies/ag-edit', { plannedEnd: '17:00' });
      assert.equal(reversed.statusCode, 400);
      assert.equal(reversed.json().errors[0].path, 'body.plannedEnd');
      assert.equal((await patch(member, '/api/assemblies/ag-edit', { place: 'Ailleurs' })).statusCode, 403);
    });

    it('adds, reorders and removes agenda items', async () => {
      const { agenda } = (await secretary.get('/api/assemblies/ag-edit')).json() as AssemblyView;
      const [welcome, accounts] = agenda;
      const response = await patch(secretary, '/api/assemblies/ag-edit', {
        agenda: [
          { id: accounts!.id, kind: 'deliberative', title: 'Comptes 2030' },
          { kind: 'deliberative', title: 'Modification des statuts' },
          { id: welcome!.id, kind: 'informative', title: 'Accueil' },
        ],
      });
      assert.equal(response.statusCode, 200, response.body);
      const view: AssemblyView = response.json();
      assert.deepEqual(
        view.agenda.map((item) => [item.position, item.title]),
        [
          [1, 'Comptes 2030'],
          [2, 'Modification des statuts'],
          [3, 'Accueil'],
        ],
      );
      assert.equal(view.agenda[0]!.id, accounts!.id, 'an item kept keeps its id');
    });

    it('refuses to remove an item carrying a resolution', async () => {
      const { agenda } = (await secretary.get('/api/assemblies/ag-edit')).json() as AssemblyView;
      const resolution = await secretary.post('/api/assemblies/ag-edit/resolutions', {
        agendaItemId: agenda[0]!.id,
        title: 'Approbation des comptes',
        text: 'L’assemblée approuve les comptes.',
        method: 'show_of_hands',
      });
      assert.equal(resolution.statusCode, 201, resolution.body);
      const refused = await patch(secretary, '/api/assemblies/ag-edit', {
        agenda: [{ id: agenda[1]!.id, kind: 'deliberative', title: 'Modification des statuts' }],
      });
      assert.equal(refused.statusCode, 409);
      assert.equal(refused.json().code, 'agenda_item_in_use');
      assert.match(refused.json().detail, /Comptes 2030/);
    });

    it('corrects the opening and closing times once recorded', async () => {
      await create('ag-times');
      const early = await patch(secretary, '/api/assemblies/ag-times', { actualStart: '14:05' });
      assert.equal(early.statusCode, 400);
      assert.equal(early.json().errors[0].path, 'body.actualStart');
      assert.equal(
        (await secretary.post('/api/assemblies/ag-times/open', { time: '14:10' })).statusCode,
        200,
      );
      assert.equal(
        (await secretary.post('/api/assemblies/ag-times/close', { time: '16:00' })).statusCode,
        200,
      );
      const corrected = await patch(secretary, '/api/assemblies/ag-times', {
        actualStart: '14:02',
        actualEnd: '16:30',
      });
      assert.equal(corrected.statusCode, 200, corrected.body);
      assert.equal(corrected.json().actualStart, '14:02');
      assert.equal(corrected.json().actualEnd, '16:30');
      assert.equal(
        (await secretary.get('/api/assemblies/ag-times/quorum')).json().frozenAt,
        corrected.json().actualStartAt,
      );
    });

    it('deletes an assembly with nothing recorded, refuses one with records', async () => {
      const view = await create('ag-gone');
      assert.equal(view.isDeletable, true);
      assert.equal((await member.request('DELETE', '/api/assemblies/ag-gone')).statusCode, 403);
      const deleted = await secretary.request('DELETE', '/api/assemblies/ag-gone');
      assert.equal(deleted.statusCode, 204, deleted.body);
      assert.equal((await secretary.get('/api/assemblies/ag-gone')).statusCode, 404);
      const refused = await secretary.request('DELETE', '/api/assemblies/ag-times');
      assert.equal(refused.statusCode, 409);
      assert.equal(refused.json().code, 'assembly_has_records');
      assert.equal((await secretary.get('/api/assemblies/ag-times')).json().isDeletable, false);
    });

    it('refuses every change once the minutes are signed', async () => {
      const url = '/api/assemblies/ag-times/minutes';
      const started = await secretary.post(url);
      assert.equal(started.statusCode, 200, started.body);
      const approved = await secretary.post(`${url}/approve`);
      assert.equal(approved.statusCode, 200, approved.body);
      const signed = await secretary.post(`${url}/sign`);
      assert.equal(signed.statusCode, 200, signed.body);
      const refused = await patch(secretary, '/api/assemblies/ag-times', { place: 'Ailleurs' });
      assert.equal(refused.statusCode, 409);
      assert.equal(refused.json().code, 'assembly_minutes_signed');
      assert.match(refused.json().detail, /procès-verbal de cette assemblée est signé/);
      assert.equal((await secretary.get('/api/assemblies/ag-times')).json().isEditable, false);
    });
  });
}
