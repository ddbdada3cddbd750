import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../../test/databases.ts';
import {
  createAffiliation,
  createAssembly,
  createAttendance,
  createOrganisation,
  createPerson,
  createStatutes,
  createUser,
} from '../../../test/factories.ts';
import { countRows, rowsOf } from '../../../test/inspect.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

type Member = { attendanceId: string; administrativeName: string | null; label: string | null };
type Workshop = {
  id: string;
  position: number;
  topic: string;
  minutes: number | null;
  problems: string[];
  proposals: string[];
  members: Member[];
};
type Question = {
  id: string;
  askedByPersonId: string | null;
  askedBy: string | null;
  question: string;
  answer: string | null;
};
type SheetRow = { id: string; personId: string; status: string; role: string; leftAt: string | null };

for (const engine of testEngines()) {
  describe(`workshops and questions on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    let member: ApiClient;
    const put = (client: ApiClient, url: string, body: unknown) => client.request('PUT', url, body);
    const workshopsOf = async (slug: string): Promise<Workshop[]> =>
      (await secretary.get(`/api/assemblies/${slug}/workshops`)).json().workshops;

    before(async () => {
      test = await createTestApp(engine);
      await createStatutes(test.runtime);
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      member = test.client();
      await member.signIn((await createUser(test.runtime, { role: 'member' })).email);
    });
    after(() => test.close());

    describe('an assembly prepared by hand', () => {
      let rows: SheetRow[];
      let workshops: Workshop[];
      const sheetOf = async () => (await secretary.get('/api/assemblies/ag-ateliers/attendance')).json();
      const draft = (count: number) =>
        Array.from({ length: count }, (_, index) => ({
          topic: `Atelier ${index + 1}`,
          minutes: 45,
          problems: [`Problème ${index + 1}`],
          proposals: [`Proposition ${index + 1}.a`, `Proposition ${index + 1}.b`],
        }));

      before(async () => {
        const created = await secretary.post('/api/assemblies', {
          slug: 'ag-ateliers',
          kind: 'ordinary',
          title: 'Assemblée avec ateliers',
          heldOn: '2017-12-01',
          place: 'Maison des associations',
          plannedStart: '14:00',
          membershipYear: 2017,
        });
        assert.equal(created.statusCode, 201, created.body);
        // Thirty-six people and the organisations they speak for: eight colleagues of the
        // association itself, three of a town, two of each of three others, the rest alone.
        const colleagues: [string, number][] = [
          ['Association des Amis du Parc', 8],
          ['Commune de Bellerive', 3],
          ['Département des Hautes-Combes', 2],
          ['Réseau Villes Actives', 2],
          ['Université de Valfleuri', 2],
        ];
        const everyone: string[] = [];
        for (const [name, count] of colleagues) {
          const organisation = await createOrganisation(test.runtime, { name, kind: 'association' });
          for (let index = 0; index < count; index += 1) {
            const person = await createPerson(test.runtime);
            await createAffiliation(test.runtime, { personId: person.id, organisationId: organisation.id });
            everyone.push(person.id);
          }
        }
        while (everyone.length < 36) everyone.push((await createPerson(test.runtime)).id);
        // Spread the colleagues over the list, as people arrive.
        const people = everyone
          .filter((_, index) => index % 2 === 0)
          .concat(everyone.filter((_, index) => index % 2 === 1));
        for (const personId of people.slice(0, 33)) {
          const added = await secretary.post('/api/assemblies/ag-ateliers/attendance', {
            personId,
            role: 'guest',
            status: 'present',
          });
          assert.equal(added.statusCode, 201, added.body);
        }
        const others = people.slice(33);
        await secretary.post('/api/assemblies/ag-ateliers/attendance', {
          personId: others[0],
          role: 'guest',
          status: 'excused',
        });
        await secretary.post('/api/assemblies/ag-ateliers/attendance', {
          personId: others[1],
          role: 'guest',
          status: 'present',
        });
        await secretary.post('/api/assemblies/ag-ateliers/attendance', {
          personId: others[2],
          role: 'staff',
          status: 'present',
        });
        const leaving = (await sheetOf()).guests.find((row: SheetRow) => row.personId === others[1]);
        const left = await secretary.post(`/api/assemblies/ag-ateliers/attendance/${leaving.id}/presence`, {
          action: 'leave',
        });
        assert.equal(left.statusCode, 200, left.body);
        const sheet = await sheetOf();
        rows = [...sheet.guests, ...sheet.staff];
        // Another assembly, with its own sheet and workshops.
        const other = await createAssembly(test.runtime, { slug: 'ag-autre', heldOn: '2017-06-21' });
        await createAttendance(test.runtime, { slug: other.slug, personId: people[0]!, role: 'guest' });
        await put(secretary, '/api/assemblies/ag-autre/workshops', { workshops: draft(2) });
      });

      it('refuses to split before there are workshops', async () => {
        const response = await secretary.post('/api/assemblies/ag-ateliers/workshops/split', {
          minSize: 6,
          maxSize: 7,
        });
        assert.equal(response.statusCode, 400);
        assert.equal(response.json().errors[0].message, 'no_workshops');
      });

      it('saves the workshops whole, and refuses an empty topic or an unknown id, saving nothing', async () => {
        const saved = await put(secretary, '/api/assemblies/ag-ateliers/workshops', { workshops: draft(5) });
        assert.equal(saved.statusCode, 200, saved.body);
        workshops = saved.json().workshops;
        assert.deepEqual(
          workshops.map((workshop) => [workshop.position, workshop.topic, workshop.proposals.length]),
          [1, 2, 3, 4, 5].map((index) => [index, `Atelier ${index}`, 2]),
        );
        const emptyTopic = await put(secretary, '/api/assemblies/ag-ateliers/workshops', {
          workshops: [...draft(1), { topic: '  ', problems: [], proposals: [] }],
        });
        assert.equal(emptyTopic.statusCode, 400);
        assert.equal(emptyTopic.json().errors[0].path, 'body.workshops.1.topic');
        const unknown = await put(secretary, '/api/assemblies/ag-ateliers/workshops', {
          workshops: [{ ...draft(1)[0], id: 'not-a-workshop' }, ...draft(2)],
        });
        assert.equal(unknown.statusCode, 400);
        assert.equal(unknown.json().errors[0].path, 'body.workshops.0.id');
        const ofAnotherAssembly = (await workshopsOf('ag-autre'))[0]!.id;
        const stolen = await put(secretary, '/api/assemblies/ag-ateliers/workshops', {
          workshops: [{ ...draft(1)[0], id: ofAnotherAssembly }],
        });
        assert.equal(stolen.json().errors[0].message, 'unknown_workshop');
        assert.deepEqual(await workshopsOf('ag-ateliers'), workshops, 'nothing half-saved');
        assert.equal((await workshopsOf('ag-autre')).length, 2);
        const [assembly] = await rowsOf(test.runtime.database, 'assemblies', { slug: 'ag-ateliers' });
        const audit = await rowsOf(test.runtime.database, 'audit_events', {
          action: 'workshops.saved',
          subject_id: assembly!.id,
        });
        assert.equal(audit.length, 1, 'the saved list is in the audit log, the refused ones are not');
      });

      it('splits the people present into balanced groups, colleagues apart where it can', async () => {
        const refused = await secretary.post('/api/assemblies/ag-ateliers/workshops/split', {
          minSize: 8,
          maxSize: 6,
        });
        assert.equal(refused.statusCode, 400);
        assert.equal(refused.json().errors[0].path, 'body.minSize');
        assert.ok((await workshopsOf('ag-ateliers')).every((workshop) => workshop.members.length === 0));

        const response = await secretary.post('/api/assemblies/ag-ateliers/workshops/split', {
          minSize: 6,
          maxSize: 7,
        });
        assert.equal(response.statusCode, 200, response.body);
        assert.equal(response.json().warning, null);
        workshops = response.json().workshops;
        const sizes = workshops.map((workshop) => workshop.members.length);
        assert.deepEqual([...sizes].sort(), [6, 6, 7, 7, 7]);
        const placed = new Set(
          workshops.flatMap((workshop) => workshop.members.map((entry) => entry.attendanceId)),
        );
        assert.equal(placed.size, 33);
        const expected = rows.filter((row) => row.role === 'guest' && row.status === 'present');
        assert.equal(expected.length, 34, 'one of them has left since');
        const outside = rows.filter(
          (entry) => entry.role === 'staff' || entry.status !== 'present' || entry.leftAt !== null,
        );
        assert.equal(outside.length, 3);
        for (const row of outside)
          assert.ok(!placed.has(row.id), 'the team, the excused and who left stay out');

        // Organisations as the register knows them: no two colleagues together unless there are more
        // colleagues than workshops.
        const { database } = test.runtime;
        const organisationOf = new Map<string, string>();
        for (const workshop of workshops) {
          for (const entry of workshop.members) {
            const [attendance] = await rowsOf(database, 'attendances', { id: entry.attendanceId });
            if (!attendance?.person_id) continue;
            const [affiliation] = await rowsOf(
              database,
              'affiliations',
              { person_id: attendance.person_id },
              { orderBy: ['is_staff', 'created_at', 'id'] },
            );
            if (affiliation) organisationOf.set(entry.attendanceId, affiliation.organisation_id);
          }
        }
        const total = new Map<string, number>();
        for (const organisation of organisationOf.values())
          total.set(organisation, (total.get(organisation) ?? 0) + 1);
        assert.ok(
          [...total.values()].some((count) => count > 5),
          'more colleagues of one organisation than workshops',
        );
        for (const workshop of workshops) {
          const here = new Map<string, number>();
          for (const entry of workshop.members) {
            const organisation = organisationOf.get(entry.attendanceId);
            if (organisation) here.set(organisation, (here.get(organisation) ?? 0) + 1);
          }
          for (const [organisation, count] of here)
            assert.ok(count <= Math.ceil(total.get(organisation)! / workshops.length), workshop.topic);
        }

        const wide = await secretary.post('/api/assemblies/ag-ateliers/workshops/split', {
          minSize: 10,
          maxSize: 12,
        });
        assert.match(wide.json().warning, /hors de la taille demandée/);
        const wideInEnglish = await secretary.request(
          'POST',
          '/api/assemblies/ag-ateliers/workshops/split',
          { minSize: 10, maxSize: 12 },
          { 'accept-language': 'en' },
        );
        assert.match(wideInEnglish.json().warning, /^With \d+ workshop\(s\), .*outside the size asked for/);
        const again = await secretary.post('/api/assemblies/ag-ateliers/workshops/split', {
          minSize: 6,
          maxSize: 7,
        });
        assert.deepEqual(again.json().workshops, workshops, 'the same people give the same split');
      });

      it('moves one person by hand, and takes them out', async () => {
        const person = workshops[0]!.members[0]!;
        const moved = await put(secretary, '/api/assemblies/ag-ateliers/workshops/members', {
          attendanceId: person.attendanceId,
          workshopId: workshops[1]!.id,
        });
        assert.equal(moved.statusCode, 200, moved.body);
        const movedTo = moved.json().workshops as Workshop[];
        assert.ok(!movedTo[0]!.members.some((entry) => entry.attendanceId === person.attendanceId));
        assert.ok(movedTo[1]!.members.some((entry) => entry.attendanceId === person.attendanceId));
        assert.equal(movedTo[1]!.members.length, workshops[1]!.members.length + 1);

        const out = await put(secretary, '/api/assemblies/ag-ateliers/workshops/members', {
          attendanceId: person.attendanceId,
          workshopId: null,
        });
        const placed = (out.json().workshops as Workshop[]).flatMap((workshop) => workshop.members);
        assert.ok(!placed.some((entry) => entry.attendanceId === person.attendanceId));
        assert.equal(placed.length, 32);
        await put(secretary, '/api/assemblies/ag-ateliers/workshops/members', {
          attendanceId: person.attendanceId,
          workshopId: workshops[0]!.id,
        });
        assert.deepEqual(await workshopsOf('ag-ateliers'), workshops);
      });

      it('refuses to move someone not on the sheet or into a workshop of another assembly', async () => {
        const person = workshops[0]!.members[0]!;
        const unknownPerson = await put(secretary, '/api/assemblies/ag-ateliers/workshops/members', {
          attendanceId: 'not-on-the-sheet',
          workshopId: workshops[1]!.id,
        });
        assert.equal(unknownPerson.statusCode, 400);
        assert.equal(unknownPerson.json().errors[0].path, 'body.attendanceId');
        const [elsewhere] = (await secretary.get('/api/assemblies/ag-autre/attendance')).json().guests;
        const otherSheet = await put(secretary, '/api/assemblies/ag-ateliers/workshops/members', {
          attendanceId: elsewhere.id,
          workshopId: workshops[1]!.id,
        });
        assert.equal(otherSheet.json().errors[0].message, 'unknown_attendance');
        const unknownWorkshop = await put(secretary, '/api/assemblies/ag-ateliers/workshops/members', {
          attendanceId: person.attendanceId,
          workshopId: (await workshopsOf('ag-autre'))[1]!.id,
        });
        assert.equal(unknownWorkshop.statusCode, 400);
        assert.equal(unknownWorkshop.json().errors[0].path, 'body.workshopId');
        assert.deepEqual(await workshopsOf('ag-ateliers'), workshops, 'nobody moved');
      });

      it('keeps the members of the workshops kept, drops the workshops left out', async () => {
        const [first, second, , fourth, fifth] = workshops;
        const saved = await put(secretary, '/api/assemblies/ag-ateliers/workshops', {
          workshops: [
            { id: second!.id, topic: 'Atelier deux, renommé', problems: [], proposals: ['Une idée'] },
            { id: first!.id, topic: first!.topic, minutes: 30, problems: first!.problems, proposals: [] },
            { id: fourth!.id, topic: fourth!.topic, problems: [], proposals: [] },
            { id: fifth!.id, topic: fifth!.topic, problems: [], proposals: [] },
            { topic: 'Nouvel atelier', problems: [], proposals: [] },
          ],
        });
        assert.equal(saved.statusCode, 200, saved.body);
        const now: Workshop[] = saved.json().workshops;
        assert.deepEqual(
          now.map((workshop) => [workshop.position, workshop.topic]),
          [
            [1, 'Atelier deux, renommé'],
            [2, 'Atelier 1'],
            [3, 'Atelier 4'],
            [4, 'Atelier 5'],
            [5, 'Nouvel atelier'],
          ],
        );
        assert.deepEqual(now[0]!.members, second!.members);
        assert.deepEqual(now[0]!.proposals, ['Une idée']);
        assert.deepEqual(now[1]!.members, first!.members);
        assert.equal(now[1]!.minutes, 30);
        assert.equal(now[2]!.minutes, null);
        assert.deepEqual(now[4]!.members, []);
        assert.equal(
          await countRows(test.runtime.database, 'workshops', { id: workshops[2]!.id }),
          0,
          'the third workshop is gone, with its members',
        );
      });

      it('saves the questions whole, and refuses an unknown person, saving nothing', async () => {
        const asker = rows[0]!;
        const saved = await put(secretary, '/api/assemblies/ag-ateliers/questions', {
          questions: [
            { askedByPersonId: asker.personId, question: 'Quel budget pour 2018 ?', answer: 'Voté en juin.' },
            { askedByLabel: 'Une élue de Bellerive', question: 'Et les communes ?' },
            { question: 'Qui tient le PV ?', answer: '' },
          ],
        });
        assert.equal(saved.statusCode, 200, saved.body);
        const questions: Question[] = saved.json().questions;
        assert.deepEqual(
          questions.map((entry) => [entry.askedBy, entry.question, entry.answer]),
          [
            [questions[0]!.askedBy, 'Quel budget pour 2018 ?', 'Voté en juin.'],
            ['Une élue de Bellerive', 'Et les communes ?', null],
            [null, 'Qui tient le PV ?', null],
          ],
        );
        assert.equal(questions[0]!.askedByPersonId, asker.personId);
        assert.ok(questions[0]!.askedBy && questions[0]!.askedBy.length > 0, 'the asker by name');

        const unknown = await put(secretary, '/api/assemblies/ag-ateliers/questions', {
          questions: [{ question: 'Une autre ?' }, { askedByPersonId: 'nobody', question: 'Et ensuite ?' }],
        });
        assert.equal(unknown.statusCode, 400);
        assert.equal(unknown.json().errors[0].path, 'body.questions.1.askedByPersonId');
        const empty = await put(secretary, '/api/assemblies/ag-ateliers/questions', {
          questions: [{ question: '' }],
        });
        assert.equal(empty.json().errors[0].path, 'body.questions.0.question');
        const now = (await secretary.get('/api/assemblies/ag-ateliers/questions')).json().questions;
        assert.deepEqual(now, questions, 'nothing half-saved');
      });

      it('refuses every change to a member (403), who may still read', async () => {
        const unchanged = await workshopsOf('ag-ateliers');
        const attempts = [
          await put(member, '/api/assemblies/ag-ateliers/workshops', { workshops: draft(1) }),
          await member.post('/api/assemblies/ag-ateliers/workshops/split', { minSize: 6, maxSize: 7 }),
          await put(member, '/api/assemblies/ag-ateliers/workshops/members', {
            attendanceId: unchanged[0]!.members[0]!.attendanceId,
            workshopId: null,
          }),
          await put(member, '/api/assemblies/ag-ateliers/questions', { questions: [] }),
        ];
        assert.deepEqual(
          attempts.map((response) => response.statusCode),
          [403, 403, 403, 403],
        );
        assert.deepEqual(await workshopsOf('ag-ateliers'), unchanged);
        assert.equal((await member.get('/api/assemblies/ag-ateliers/questions')).json().questions.length, 3);
        assert.equal((await test.client().get('/api/assemblies/ag-ateliers/workshops')).statusCode, 401);
      });

      it('refuses to split when nobody is present, and names an unknown assembly', async () => {
        await secretary.post('/api/assemblies', {
          slug: 'ag-vide',
          kind: 'ordinary',
          title: 'Assemblée sans présents',
          heldOn: '2017-12-02',
          place: 'Maison des associations',
          plannedStart: '14:00',
          membershipYear: 2017,
        });
        await put(secretary, '/api/assemblies/ag-vide/workshops', { workshops: draft(2) });
        const response = await secretary.post('/api/assemblies/ag-vide/workshops/split', {
          minSize: 6,
          maxSize: 7,
        });
        assert.equal(response.statusCode, 400);
        assert.equal(response.json().errors[0].message, 'nobody_present');
        assert.equal((await secretary.get('/api/assemblies/ag-nulle/workshops')).statusCode, 404);
      });

      it('lists the routes in the OpenAPI document', async () => {
        const document = (await test.client().get('/api/openapi.json')).json();
        for (const route of [
          '/api/assemblies/{slug}/workshops',
          '/api/assemblies/{slug}/workshops/split',
          '/api/assemblies/{slug}/workshops/members',
          '/api/assemblies/{slug}/questions',
        ])
          assert.ok(document.paths[route], route);
      });
    });
  });
}
