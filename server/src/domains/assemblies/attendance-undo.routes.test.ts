import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assemblyChannel, type RealtimeEvent } from '../../../../common/events.ts';
import type { AttendanceSheetView } from '../../../../common/assemblies.schemas.ts';
import { testEngines } from '../../../test/databases.ts';
import {
  createAssembly,
  createIndividualMember,
  createResolution,
  createStatutes,
  createUser,
} from '../../../test/factories.ts';
import { rowsOf } from '../../../test/inspect.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

type Member = { personId: string; membershipId: string };

for (const engine of testEngines()) {
  describe(`undoing a mistake at the door, at a departure and at a show of hands on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    let member: ApiClient;
    const members: Member[] = [];

    before(async () => {
      test = await createTestApp(engine);
      await createStatutes(test.runtime);
      for (const [firstName, lastName] of [
        ['Agnès', 'Vidal'],
        ['Bastien', 'Roy'],
        ['Coralie', 'Marchand'],
      ] as const) {
        const created = await createIndividualMember(test.runtime, { year: 2030, firstName, lastName });
        members.push({ personId: created.person.id, membershipId: created.membership.id });
      }
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      member = test.client();
      await member.signIn((await createUser(test.runtime, { role: 'member' })).email);
    });
    after(() => test.close());

    /**
     * The events the hub delivers on the assembly's channel from now on; `until` waits for one (on
     * PostgreSQL they come back through LISTEN, a moment after the answer).
     */
    function listen(slug: string) {
      const events: RealtimeEvent[] = [];
      const stop = test.runtime.realtime.subscribe(assemblyChannel(slug), (event) => events.push(event));
      const until = async (predicate: (event: RealtimeEvent) => boolean) => {
        for (let waited = 0; waited < 5000 && !events.some(predicate); waited += 20) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        stop();
        return events.find(predicate);
      };
      return { until };
    }
    const checkIn = (slug: string, who: Member, time: string) =>
      secretary.post(`/api/assemblies/${slug}/check-in`, {
        personId: who.personId,
        membershipId: who.membershipId,
        time,
      });
    const sheet = async (slug: string): Promise<AttendanceSheetView> =>
      (await secretary.get(`/api/assemblies/${slug}/attendance`)).json();
    const rowOf = async (slug: string, who: Member) =>
      (await sheet(slug)).attendees.find((row) => row.personId === who.personId)!;
    const presence = async (slug: string, who: Member, action: string, time?: string) =>
      secretary.post(`/api/assemblies/${slug}/attendance/${(await rowOf(slug, who)).id}/presence`, {
        action,
        ...(time ? { time } : {}),
      });

    it('undoes a check-in from the door before the opening: audited, announced, refused twice', async () => {
      const assembly = await createAssembly(test.runtime);
      const [agnes] = members;
      assert.equal((await checkIn(assembly.slug, agnes!, '13:50')).statusCode, 200);
      assert.equal(
        (await member.request('DELETE', `/api/assemblies/${assembly.slug}/check-in/${agnes!.personId}`))
          .statusCode,
        403,
        'the door is the staff’s',
      );
      const live = listen(assembly.slug);
      const undone = await secretary.request(
        'DELETE',
        `/api/assemblies/${assembly.slug}/check-in/${agnes!.personId}`,
      );
      assert.equal(undone.statusCode, 200, undone.body);
      assert.equal(undone.json().presentCount, 0);
      assert.equal(undone.json().quorum.counted, 0);
      const announced = await live.until(
        (event) => event.type === 'assembly.state' && event.presentCount === 0,
      );
      assert.ok(announced, 'every screen hears of it');
      const row = await rowOf(assembly.slug, agnes!);
      assert.equal(row.status, 'absent');
      assert.equal(row.arrivedAt, null);
      const audit = await rowsOf(test.runtime.database, 'audit_events', { action: 'attendance.undo' });
      const details = JSON.parse(audit.at(-1)!.details ?? '{}');
      assert.equal(details.before.status, 'present', 'the audit keeps what was erased');
      assert.ok(details.before.arrivedAt);
      const twice = await secretary.request(
        'DELETE',
        `/api/assemblies/${assembly.slug}/check-in/${agnes!.personId}`,
      );
      assert.equal(twice.statusCode, 409);
      assert.equal(twice.json().code, 'not_checked_in');
    });

    it('keeps an arrival the frozen quorum or a vote counted, and undoes a late one until then', async () => {
      const assembly = await createAssembly(test.runtime);
      const { slug } = assembly;
      const [agnes, bastien, coralie] = members;
      assert.equal((await checkIn(slug, agnes!, '13:50')).statusCode, 200);
      // Coralie came and went before the opening: the quorum frozen at 14:00 counts her absent.
      assert.equal((await checkIn(slug, coralie!, '13:40')).statusCode, 200);
      assert.equal((await presence(slug, coralie!, 'leave', '13:45')).statusCode, 200);
      assert.equal((await secretary.post(`/api/assemblies/${slug}/open`, { time: '14:00' })).statusCode, 200);

      const refused = await secretary.request(
        'DELETE',
        `/api/assemblies/${slug}/check-in/${agnes!.personId}`,
      );
      assert.equal(refused.statusCode, 409);
      assert.equal(refused.json().code, 'arrival_in_frozen_quorum');
      assert.match(refused.json().detail, /quorum figé/);
      assert.equal((await rowOf(slug, agnes!)).status, 'present', 'nothing changed');
      const fromSheet = await presence(slug, agnes!, 'undo');
      assert.equal(fromSheet.statusCode, 409, 'from the sheet too');
      const coralieBack = await presence(slug, coralie!, 'undo_leave');
      assert.equal(coralieBack.statusCode, 409);
      assert.equal(coralieBack.json().code, 'departure_in_frozen_quorum');

      assert.equal((await checkIn(slug, bastien!, '14:10')).statusCode, 200);
      const late = await secretary.request('DELETE', `/api/assemblies/${slug}/check-in/${bastien!.personId}`);
      assert.equal(late.statusCode, 200, 'a late arrival no vote counted yet');
      assert.equal(late.json().presentCount, 1);
      assert.equal((await checkIn(slug, bastien!, '14:15')).statusCode, 200);
      const resolution = await createResolution(test.runtime, {
        slug,
        agendaItemId: assembly.agenda[1]!.id,
      });
      const vote = await secretary.post(
        `/api/assemblies/${slug}/resolutions/${resolution.id}/show-of-hands`,
        {
          record: 'unanimous',
          votedAt: '14:20',
        },
      );
      assert.equal(vote.statusCode, 200, vote.body);
      const counted = await presence(slug, bastien!, 'undo');
      assert.equal(counted.statusCode, 409);
      assert.equal(counted.json().code, 'arrival_counted_in_vote');
    });

    it('undoes a departure until a vote is held without the person', async () => {
      const assembly = await createAssembly(test.runtime);
      const { slug } = assembly;
      const [agnes, bastien] = members;
      await checkIn(slug, agnes!, '13:50');
      await checkIn(slug, bastien!, '13:55');
      assert.equal((await secretary.post(`/api/assemblies/${slug}/open`, { time: '14:00' })).statusCode, 200);
      assert.equal((await presence(slug, agnes!, 'leave', '14:30')).statusCode, 200);
      const live = listen(slug);
      const back = await presence(slug, agnes!, 'undo_leave');
      assert.equal(back.statusCode, 200, back.body);
      const row = await rowOf(slug, agnes!);
      assert.equal(row.leftAt, null);
      assert.ok(row.arrivedAt, 'the arrival is kept');
      assert.equal((back.json() as AttendanceSheetView).presentCount, 2);
      assert.ok(await live.until((event) => event.type === 'assembly.state' && event.presentCount === 2));
      assert.equal((await presence(slug, agnes!, 'undo_leave')).json().code, 'not_left');

      assert.equal((await presence(slug, agnes!, 'leave', '14:31')).statusCode, 200);
      const resolution = await createResolution(test.runtime, { slug, agendaItemId: assembly.agenda[1]!.id });
      await secretary.post(`/api/assemblies/${slug}/resolutions/${resolution.id}/show-of-hands`, {
        record: 'adopted',
        votedAt: '14:40',
      });
      const refused = await presence(slug, agnes!, 'undo_leave');
      assert.equal(refused.statusCode, 409);
      assert.equal(refused.json().code, 'departure_counted_in_vote');
      assert.ok((await rowOf(slug, agnes!)).leftAt, 'still gone');
    });

    it('corrects and undoes a show of hands until the minutes are approved, announcing each change', async () => {
      const assembly = await createAssembly(test.runtime);
      const { slug } = assembly;
      for (const [index, who] of members.entries()) await checkIn(slug, who, `13:5${index}`);
      await secretary.post(`/api/assemblies/${slug}/open`, { time: '14:00' });
      const resolution = await createResolution(test.runtime, { slug, agendaItemId: assembly.agenda[1]!.id });
      const url = `/api/assemblies/${slug}/resolutions/${resolution.id}/show-of-hands`;
      const first = await secretary.post(url, { record: 'counts', for: 3, against: 0, abstain: 0, blank: 0 });
      assert.equal(first.statusCode, 200, first.body);
      const corrected = await secretary.post(url, {
        record: 'counts',
        for: 2,
        against: 1,
        abstain: 0,
        blank: 0,
      });
      assert.equal(corrected.statusCode, 200, corrected.body);
      assert.deepEqual(corrected.json().counts, { for: 2, against: 1, abstain: 0, blank: 0 });
      const correction = (
        await rowsOf(test.runtime.database, 'audit_events', { action: 'resolution.recorded' })
      )
        .map((row) => JSON.parse(row.details ?? '{}'))
        .find((details) => details.resolutionId === resolution.id && details.before);
      assert.deepEqual(correction.before.counts, { for: 3, against: 0, abstain: 0, blank: 0 });

      assert.equal((await member.request('DELETE', url)).statusCode, 403);
      const live = listen(slug);
      const undone = await secretary.request('DELETE', url);
      assert.equal(undone.statusCode, 200, undone.body);
      assert.equal(undone.json().recordedAs, null);
      assert.equal(undone.json().outcome, null);
      assert.equal(undone.json().sentence, null);
      assert.ok(
        await live.until(
          (event) =>
            event.type === 'resolution.recorded' && event.resolutionId === resolution.id && !event.isRecorded,
        ),
      );
      const audit = await rowsOf(test.runtime.database, 'audit_events', {
        action: 'resolution.show_of_hands_undone',
      });
      assert.equal(JSON.parse(audit.at(-1)!.details ?? '{}').before.counts.against, 1);
      const twice = await secretary.request('DELETE', url);
      assert.equal(twice.json().code, 'resolution_not_recorded');

      assert.equal((await secretary.post(url, { record: 'unanimous' })).statusCode, 200);
      assert.equal((await secretary.post(`/api/assemblies/${slug}/minutes`)).statusCode, 200);
      assert.equal((await secretary.post(`/api/assemblies/${slug}/minutes/approve`)).statusCode, 200);
      const late = await secretary.request('DELETE', url);
      assert.equal(late.statusCode, 409);
      assert.equal(late.json().code, 'undo_after_minutes_approved');
      const lateCorrection = await secretary.post(url, { record: 'rejected' });
      assert.equal(lateCorrection.json().code, 'undo_after_minutes_approved');
      const kept = (await secretary.get(`/api/assemblies/${slug}/resolutions`)).json().resolutions[0];
      assert.equal(kept.recordedAs, 'unanimous', 'nothing changed');
    });
  });
}
