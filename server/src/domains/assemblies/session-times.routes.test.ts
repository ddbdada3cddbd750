import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type {
  AssemblyView,
  AttendanceSheetView,
  MeetingRules,
  TimelineView,
} from '../../../../common/assemblies.schemas.ts';
import { testEngines } from '../../../test/databases.ts';
import {
  createActor,
  createAssociation,
  createIndividualMember,
  openResolutionPoll,
  createPerson,
  createStatutes,
  createUser,
} from '../../../test/factories.ts';
import { rowsOf } from '../../../test/inspect.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';
import { closePoll } from '../votes/polls.service.ts';

/** Statutes of a small association: no quorum at an ordinary assembly, one proxy per holder, remote allowed. */
const ordinary: MeetingRules = {
  quorum: null,
  quorumBase: 'present_or_represented',
  doesRemoteCount: true,
  areProxiesAllowed: true,
  maxProxiesPerHolder: 1,
  isRemoteAllowed: true,
  areCorrespondenceVotesAllowed: false,
  canChangeAgenda: false,
  majority: 'simple',
  majorityBase: 'expressed',
  voters: 'members',
  noticeDays: 15,
};

const patch = (client: ApiClient, url: string, body: unknown) => client.request('PATCH', url, body);

for (const engine of testEngines()) {
  describe(`a session recorded the day after, with typed times, on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    const members = new Map<string, { personId: string; membershipId: string }>();
    const base = '/api/assemblies/ag-jardins';
    const sheet = async (): Promise<AttendanceSheetView> =>
      (await secretary.get(`${base}/attendance`)).json();
    const rowOf = async (name: string) =>
      [...(await sheet()).attendees, ...(await sheet()).guests].find(
        (row) => row.personId === members.get(name)!.personId,
      )!;
    const checkIn = async (name: string, body: Record<string, unknown>) => {
      const response = await secretary.post(`${base}/check-in`, {
        personId: members.get(name)!.personId,
        ...body,
      });
      assert.equal(response.statusCode, 200, response.body);
      return response.json();
    };
    const markdown = async () => (await secretary.get(`${base}/minutes/document?format=md`)).body;

    before(async () => {
      test = await createTestApp(engine);
      const context = test.runtime;
      await createAssociation(context, { name: 'Jardins partagés du Faubourg', shortName: 'Jardins' });
      await createStatutes(context, {
        effectiveFrom: '2031-01-01',
        meetingRules: {
          ordinary,
          extraordinary: {
            ...ordinary,
            areProxiesAllowed: false,
            maxProxiesPerHolder: 0,
            isRemoteAllowed: false,
          },
        },
      });
      for (const [firstName, lastName] of [
        ['Alice', 'Martin'],
        ['Bruno', 'Petit'],
        ['Chloé', 'Roux'],
        ['David', 'Blanc'],
        ['Rémi', 'Vidal'],
      ] as const) {
        const { person, membership } = await createIndividualMember(context, {
          year: 2031,
          firstName,
          lastName,
        });
        members.set(firstName, { personId: person.id, membershipId: membership.id });
      }
      // The treasurer's membership had lapsed: he re-joins on the day of the assembly, during it.
      const { person, membership } = await createIndividualMember(context, {
        year: 2031,
        firstName: 'Tom',
        lastName: 'Leroy',
        effectiveOn: '2031-03-14',
      });
      members.set('Tom', { personId: person.id, membershipId: membership.id });
      const guest = await createPerson(context, { firstName: 'Gaëlle', lastName: 'Noir' });
      members.set('Gaëlle', { personId: guest.id, membershipId: '' });
      secretary = test.client();
      await secretary.signIn((await createUser(context, { role: 'secretary' })).email);
      const created = await secretary.post('/api/assemblies', {
        slug: 'ag-jardins',
        kind: 'ordinary',
        title: 'Assemblée générale ordinaire 2031',
        heldOn: '2031-03-14',
        place: 'Salle des fêtes et en visioconférence',
        plannedStart: '14:00',
        plannedEnd: '16:30',
        membershipYear: 2031,
        agenda: [
          { kind: 'deliberative', title: 'Comptes 2030' },
          { kind: 'deliberative', title: 'Budget 2031' },
        ],
      });
      assert.equal(created.statusCode, 201, created.body);
    });
    after(() => test.close());

    it('records arrivals at the times typed, a remote member in one tap, a guest without a vote', async () => {
      for (const name of ['Alice', 'Bruno', 'David'])
        await checkIn(name, { membershipId: members.get(name)!.membershipId, time: '14:00' });
      await checkIn('Rémi', {
        membershipId: members.get('Rémi')!.membershipId,
        isRemote: true,
        time: '14:05',
      });
      await checkIn('Tom', { membershipId: null, time: '14:00' });
      await checkIn('Gaëlle', { membershipId: null, time: '14:00' });
      await checkIn('Chloé', { membershipId: members.get('Chloé')!.membershipId, time: '14:20' });
      const remote = await rowOf('Rémi');
      assert.equal(remote.status, 'remote');
      assert.equal(remote.arrivedAt, '2031-03-14T13:05:00.000Z', 'typed in Paris time, stored in UTC');
      assert.equal((await rowOf('Chloé')).arrivedAt, '2031-03-14T13:20:00.000Z');
    });

    it('opens at the time typed, the quorum counted as the sheet stood then', async () => {
      const opened = await secretary.post(`${base}/open`, { time: '14:10' });
      assert.equal(opened.statusCode, 200, opened.body);
      assert.equal((opened.json() as AssemblyView).actualStart, '14:10');
      const { quorum, frozenAt } = (await secretary.get(`${base}/quorum`)).json();
      assert.equal(frozenAt, '2031-03-14T13:10:00.000Z');
      assert.equal(quorum.counted, 4, 'Alice, Bruno, David and Rémi: Chloé came at 14h20, Tom had no vote');
      assert.equal(quorum.isRequired, false);
    });

    it('a member who re-joins during the meeting votes from that time on', async () => {
      const tom = await rowOf('Tom');
      const carried = await patch(secretary, `${base}/attendance/${tom.id}`, {
        membershipId: members.get('Tom')!.membershipId,
        votesFrom: '15:30',
      });
      assert.equal(carried.statusCode, 200, carried.body);
      const row = await rowOf('Tom');
      assert.equal(row.isVoting, true);
      assert.equal(row.role, 'voting_member');
      assert.equal(row.votesFrom, '2031-03-14T14:30:00.000Z');
    });

    it('records a departure and a proxy given as the member left, at the times typed', async () => {
      const david = await rowOf('David');
      const left = await secretary.post(`${base}/attendance/${david.id}/presence`, {
        action: 'leave',
        time: '16:00',
      });
      assert.equal(left.statusCode, 200, left.body);
      const proxy = await secretary.post(`${base}/proxies`, {
        giverMembershipId: members.get('David')!.membershipId,
        holderMembershipId: members.get('Alice')!.membershipId,
        time: '16:00',
      });
      assert.equal(proxy.statusCode, 201, proxy.body);
      const given = (proxy.json() as AttendanceSheetView).proxies[0]!;
      assert.equal(given.givenAt, '2031-03-14T15:00:00.000Z');
      const early = await secretary.post(`${base}/attendance/${(await rowOf('Bruno')).id}/presence`, {
        action: 'leave',
        time: '13:00',
      });
      assert.equal(early.statusCode, 400, 'a departure before the arrival');
      assert.equal(early.json().errors[0].path, 'body.time');
    });

    it('stores with each show of hands how many could vote at its time', async () => {
      const { agenda } = (await secretary.get(base)).json() as AssemblyView;
      const votes: [string, string, string][] = [
        [agenda[0]!.id, 'Approbation des comptes 2030', '15:00'],
        [agenda[1]!.id, 'Adoption du budget 2031', '16:15'],
      ];
      const counts = [];
      for (const [agendaItemId, title, votedAt] of votes) {
        const created = await secretary.post(`${base}/resolutions`, {
          agendaItemId,
          title,
          text: `adopte : ${title.toLowerCase()}`,
        });
        assert.equal(created.statusCode, 201, created.body);
        if (votedAt === '15:00') {
          // Six hands at 15h00 is one too many: only five could vote then, though six can now.
          const tooMany = await secretary.post(`${base}/resolutions/${created.json().id}/show-of-hands`, {
            record: 'counts',
            for: 4,
            against: 2,
            abstain: 0,
            blank: 0,
            votedAt,
          });
          assert.equal(tooMany.statusCode, 400, tooMany.body);
          assert.equal(tooMany.json().errors[0].message, 'above_present_weight');
        }
        const recorded = await secretary.post(`${base}/resolutions/${created.json().id}/show-of-hands`, {
          record: 'unanimous',
          votedAt,
        });
        assert.equal(recorded.statusCode, 200, recorded.body);
        counts.push(recorded.json().eligibleCount);
      }
      // 15h00: Alice, Bruno, Chloé, David, Rémi (Tom votes from 15h30); 16h15: David represented, Tom in.
      assert.deepEqual(counts, [5, 6]);
    });

    it('closes at the time typed and shows the timeline of the voters', async () => {
      const closed = await secretary.post(`${base}/close`, { time: '16:30' });
      assert.equal(closed.statusCode, 200, closed.body);
      const { points }: TimelineView = (await secretary.get(`${base}/timeline`)).json();
      assert.deepEqual(
        points.map((point) => [point.time, point.voters, point.represented]),
        [
          ['14:10', 4, 0],
          ['14:20', 5, 0],
          ['15:30', 6, 0],
          ['16:00', 6, 1],
          ['16:30', 6, 1],
        ],
      );
    });

    it('gives minutes with the typed times', async () => {
      const started = await secretary.post(`${base}/minutes`);
      assert.equal(started.statusCode, 200, started.body);
      const text = await markdown();
      assert.match(text, /entre 14h10 et 16h30/);
      assert.match(text, /ROUX Chloé \(arrivé à 14h20\)|Chloé Roux \(arrivé à 14h20\)/);
      assert.match(text, /\(à distance\)/);
      assert.match(text, /\(votant à partir de 15h30\)/);
      assert.match(text, /parti à 16h00, représenté ensuite par Alice Martin/);
      assert.match(text, /5 votants présents ou représentés/);
      assert.match(text, /6 votants présents ou représentés/);
      assert.doesNotMatch(text, /n’a pas été constaté/);
    });

    it('corrects a time later, audited, and the minutes follow', async () => {
      const chloe = await rowOf('Chloé');
      const corrected = await patch(secretary, `${base}/attendance/${chloe.id}`, { arrivedAt: '14:25' });
      assert.equal(corrected.statusCode, 200, corrected.body);
      const proxyId = (await sheet()).proxies[0]!.id;
      const proxy = await patch(secretary, `${base}/proxies/${proxyId}`, { time: '16:05' });
      assert.equal(proxy.statusCode, 200, proxy.body);
      assert.equal((proxy.json() as AttendanceSheetView).proxies[0]!.givenAt, '2031-03-14T15:05:00.000Z');
      const reversed = await patch(secretary, `${base}/attendance/${chloe.id}`, { leftAt: '14:00' });
      assert.equal(reversed.statusCode, 400);
      assert.equal(reversed.json().errors[0].path, 'body.leftAt');
      const audit = [
        ...(await rowsOf(test.runtime.database, 'audit_events', { action: 'attendance.corrected' })),
        ...(await rowsOf(test.runtime.database, 'audit_events', { action: 'proxy.corrected' })),
      ];
      assert.equal(audit.length, 3);
      const text = await markdown();
      assert.match(text, /\(arrivé à 14h25\)/);
      assert.match(text, /parti à 16h00|représenté ensuite par Alice Martin/);
    });

    it('moves every time recorded to the new day, at the same clock time, when the date changes', async () => {
      const before = await sheet();
      // A refused change moves nothing: the whole edit is one transaction.
      const refused = await patch(secretary, base, { heldOn: '2031-04-04', plannedEnd: '13:00' });
      assert.equal(refused.statusCode, 400);
      assert.deepEqual(await sheet(), before);
      // 14 March is winter time in Paris, 4 April summer time: the clock times stay, the UTC instants move.
      const moved = await patch(secretary, base, { heldOn: '2031-04-04' });
      assert.equal(moved.statusCode, 200, moved.body);
      const view = moved.json() as AssemblyView;
      assert.deepEqual(
        [view.heldOn, view.actualStartAt, view.actualEndAt],
        ['2031-04-04', '2031-04-04T12:10:00.000Z', '2031-04-04T14:30:00.000Z'],
      );
      assert.equal((await rowOf('Rémi')).arrivedAt, '2031-04-04T12:05:00.000Z');
      assert.equal((await rowOf('Chloé')).arrivedAt, '2031-04-04T12:25:00.000Z');
      assert.equal((await rowOf('Tom')).votesFrom, '2031-04-04T13:30:00.000Z');
      assert.equal((await rowOf('David')).leftAt, '2031-04-04T14:00:00.000Z');
      assert.equal((await sheet()).proxies[0]!.givenAt, '2031-04-04T14:05:00.000Z');
      const resolutions = await rowsOf(test.runtime.database, 'resolutions', {});
      assert.deepEqual(resolutions.map((row) => row.voted_at).sort(), [
        '2031-04-04T13:00:00.000Z',
        '2031-04-04T14:15:00.000Z',
      ]);
      const { frozenAt, quorum } = (await secretary.get(`${base}/quorum`)).json();
      assert.equal(frozenAt, '2031-04-04T12:10:00.000Z');
      assert.equal(quorum.counted, 4, 'the quorum at the opening is the same');
      const { points }: TimelineView = (await secretary.get(`${base}/timeline`)).json();
      assert.deepEqual(
        points.map((point) => [point.time, point.voters, point.represented]),
        [
          ['14:10', 4, 0],
          ['14:25', 5, 0],
          ['15:30', 6, 0],
          ['16:00', 5, 0],
          ['16:05', 6, 1],
          ['16:30', 6, 1],
        ],
        'as before the move: David left at 16h00, his proxy corrected to 16h05',
      );
      const [event] = await rowsOf(test.runtime.database, 'audit_events', { action: 'assembly.edited' });
      const details = JSON.parse(String(event!.details));
      assert.equal(details.after.held_on, '2031-04-04');
      assert.ok(
        details.movedTimes.some(
          (time: { table: string; column: string; before: string; after: string }) =>
            time.table === 'proxies' &&
            time.before === '2031-03-14T15:05:00.000Z' &&
            time.after === '2031-04-04T14:05:00.000Z',
        ),
      );
      const text = await markdown();
      assert.match(text, /entre 14h10 et 16h30/);
      assert.match(text, /\(arrivé à 14h25\)/);
      assert.match(text, /4 avril 2031/);
    });
  });

  describe(`fixes at the door and for extraordinary assemblies, on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    let member: { personId: string; membershipId: string };

    before(async () => {
      test = await createTestApp(engine);
      await createStatutes(test.runtime, {
        effectiveFrom: '2031-01-01',
        meetingRules: {
          ordinary,
          extraordinary: {
            ...ordinary,
            quorum: { numerator: 2, denominator: 3 },
            quorumBase: 'present',
            areProxiesAllowed: false,
            maxProxiesPerHolder: 0,
            isRemoteAllowed: false,
          },
        },
      });
      const { person, membership } = await createIndividualMember(test.runtime, {
        year: 2031,
        firstName: 'Tom',
        lastName: 'Leroy',
      });
      member = { personId: person.id, membershipId: membership.id };
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      for (const [slug, kind] of [
        ['ago', 'ordinary'],
        ['age', 'extraordinary'],
      ] as const) {
        const created = await secretary.post('/api/assemblies', {
          slug,
          kind,
          title: `Assemblée ${slug}`,
          heldOn: '2031-03-14',
          place: 'Salle des fêtes',
          plannedStart: '14:00',
          membershipYear: 2031,
        });
        assert.equal(created.statusCode, 201, created.body);
      }
    });
    after(() => test.close());

    it('checked in without a vote, undone, then with the vote: the row carries the vote', async () => {
      const url = '/api/assemblies/ago/check-in';
      assert.equal(
        (await secretary.post(url, { personId: member.personId, membershipId: null })).statusCode,
        200,
      );
      let sheet: AttendanceSheetView = (await secretary.get('/api/assemblies/ago/attendance')).json();
      const row = sheet.guests[0]!;
      const undone = await secretary.post(`/api/assemblies/ago/attendance/${row.id}/presence`, {
        action: 'undo',
      });
      assert.equal(undone.statusCode, 200);
      const again = await secretary.post(url, {
        personId: member.personId,
        membershipId: member.membershipId,
      });
      assert.equal(again.statusCode, 200, again.body);
      assert.equal(again.json().presentCount, 1, 'the vote is counted');
      sheet = (await secretary.get('/api/assemblies/ago/attendance')).json();
      assert.equal(sheet.guests.length, 0, 'no guest row left without the membership');
      assert.equal(sheet.attendees.length, 1);
      assert.equal(sheet.attendees[0]!.membershipId, member.membershipId);
      assert.equal(sheet.attendees[0]!.isVoting, true);
      assert.equal(
        sheet.votingMembers.find((entry) => entry.membershipId === member.membershipId)!.presence,
        'present',
      );
    });

    it('a row on the sheet can be repaired: its vote taken away and given back', async () => {
      const sheet: AttendanceSheetView = (await secretary.get('/api/assemblies/ago/attendance')).json();
      const row = sheet.attendees[0]!;
      const without = await patch(secretary, `/api/assemblies/ago/attendance/${row.id}`, {
        membershipId: null,
      });
      assert.equal(without.statusCode, 200, without.body);
      assert.equal((without.json() as AttendanceSheetView).guests.length, 1);
      const back = await patch(secretary, `/api/assemblies/ago/attendance/${row.id}`, {
        membershipId: member.membershipId,
      });
      assert.equal(back.statusCode, 200, back.body);
      assert.equal((back.json() as AttendanceSheetView).attendees[0]!.isVoting, true);
      const wrong = await patch(secretary, `/api/assemblies/ago/attendance/${row.id}`, {
        membershipId: 'nobody',
      });
      assert.equal(wrong.statusCode, 400);
      assert.equal(wrong.json().errors[0].path, 'body.membershipId');
    });

    it('the door offers remote attendance where the statutes of the kind of meeting allow it', async () => {
      const search = async (slug: string) =>
        (await secretary.get(`/api/assemblies/${slug}/check-in?q=leroy`)).json();
      const ordinaryAnswer = await search('ago');
      assert.equal(ordinaryAnswer.isRemoteAllowed, true);
      assert.equal(ordinaryAnswer.candidates.length, 1);
      assert.equal((await search('age')).isRemoteAllowed, false);
    });

    it('an extraordinary assembly forbidding proxies and remote attendance refuses both; its quorum counts the present', async () => {
      const remote = await secretary.post('/api/assemblies/age/check-in', {
        personId: member.personId,
        membershipId: member.membershipId,
        isRemote: true,
      });
      assert.equal(remote.statusCode, 409);
      assert.equal(remote.json().code, 'remote_not_allowed');
      assert.match(remote.json().detail, /assemblée générale extraordinaire/);
      const other = await createIndividualMember(test.runtime, {
        year: 2031,
        firstName: 'Ana',
        lastName: 'Bo',
      });
      const proxy = await secretary.post('/api/assemblies/age/proxies', {
        giverMembershipId: other.membership.id,
        holderMembershipId: member.membershipId,
      });
      assert.equal(proxy.statusCode, 409);
      assert.equal(proxy.json().code, 'proxies_not_allowed');
      const { quorum } = (await secretary.get('/api/assemblies/age/quorum')).json();
      assert.match(quorum.statement.fr, /membres? présents? sur/);
      assert.doesNotMatch(quorum.statement.fr, /représenté/);
    });

    it('an assembly with no quorum required never says the quorum was not recorded', async () => {
      assert.equal((await secretary.post('/api/assemblies/ago/minutes')).statusCode, 200);
      const before = (await secretary.get('/api/assemblies/ago/minutes/document?format=md')).body;
      assert.doesNotMatch(before, /quorum n’a pas été constaté/);
      assert.match(before, /ne demandent aucun quorum/);
      assert.equal((await secretary.post('/api/assemblies/ago/open')).statusCode, 200);
      const after = (await secretary.get('/api/assemblies/ago/minutes/document?format=md')).body;
      assert.doesNotMatch(after, /quorum n’a pas été constaté/);
      assert.match(after, /aucun quorum requis/);
    });

    it('a vote gained while the session is under way counts from then, not from the opening', async () => {
      const late = await createIndividualMember(test.runtime, {
        year: 2031,
        firstName: 'Léa',
        lastName: 'Morin',
      });
      const url = '/api/assemblies/ago/check-in';
      assert.equal(
        (await secretary.post(url, { personId: late.person.id, membershipId: null })).statusCode,
        200,
      );
      const before: AttendanceSheetView = (await secretary.get('/api/assemblies/ago/attendance')).json();
      const row = before.guests.find((entry) => entry.personId === late.person.id)!;
      const gained = await patch(secretary, `/api/assemblies/ago/attendance/${row.id}`, {
        membershipId: late.membership.id,
      });
      assert.equal(gained.statusCode, 200, gained.body);
      const after: AttendanceSheetView = gained.json();
      const voting = after.attendees.find((entry) => entry.personId === late.person.id)!;
      assert.ok(voting.votesFrom, 'votes from the time the vote was gained');
      assert.ok(voting.votesFrom >= voting.arrivedAt!);
      assert.equal(
        after.quorum.counted,
        before.quorum.counted,
        'the quorum frozen at the opening is unchanged',
      );
    });

    it('an electronic poll records how many could vote, and the minutes print it', async () => {
      const edited = await patch(secretary, '/api/assemblies/ago', {
        agenda: [{ kind: 'deliberative', title: 'Budget 2031' }],
      });
      assert.equal(edited.statusCode, 200, edited.body);
      const actor = await createActor(test.runtime, { role: 'secretary' });
      const { poll } = await openResolutionPoll(test.runtime, {
        slug: 'ago',
        agendaItemId: (edited.json() as AssemblyView).agenda[0]!.id,
        title: 'Budget 2031',
        actor,
      });
      await closePoll(test.runtime, { actor, slug: 'ago', pollId: poll.id });
      const text = (await secretary.get('/api/assemblies/ago/minutes/document?format=md')).body;
      assert.match(text, /2 votants présents ou représentés\./);
    });
  });
}
