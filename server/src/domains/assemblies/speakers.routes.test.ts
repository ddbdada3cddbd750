import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { SpeakersStateEvent } from '../../../../common/events.ts';
import type { ParticipantSpeakerList, SpeakerListView } from '../../../../common/speakers.schemas.ts';
import { dayIn } from '../../../../common/time-zones.ts';
import { testEngines } from '../../../test/databases.ts';
import { createCategories, createUser, testPassword } from '../../../test/factories.ts';
import { HttpClient } from '../../../test/http-client.ts';
import { rowsOf } from '../../../test/inspect.ts';
import { createConvocationLink, PhoneClient } from '../../../test/participants.ts';
import { connectSse } from '../../../test/sse-client.ts';
import { startTestServer, type TestServer } from '../../../test/test-server.ts';

const today = dayIn('Europe/Paris');
const year = Number(today.slice(0, 4));
const slug = 'ag-parole';

for (const engine of testEngines()) {
  describe(`speaker lists on ${engine}`, () => {
    let server: TestServer;
    let secretary: HttpClient;
    let member: HttpClient;
    const phones: Record<string, PhoneClient> = {};
    const attendanceIds: Record<string, string> = {};
    let itemIds: string[] = [];

    const staffPath = (item: string, rest = '') => `/api/assemblies/${slug}/agenda/${item}/speakers${rest}`;
    const phonePath = (item: string) => `/api/participant/agenda/${item}/speakers`;
    const code = (response: { json: () => unknown }) => (response.json() as { code: string }).code;

    before(async () => {
      server = await startTestServer(engine);
      await createCategories(server.runtime);
      const admin = new HttpClient(server.url);
      await admin.signIn((await createUser(server.runtime, { role: 'administrator' })).email, testPassword);
      const statutes = await admin.send('POST', '/api/statutes', {
        effectiveFrom: '2000-01-01',
        votingWeights: { individual: 1 },
        requiresFeePaid: false,
        ordinaryQuorum: null,
        extraordinaryQuorum: null,
        doProxiesCount: true,
        isSecondConvocationFree: true,
        maxProxiesPerHolder: 2,
        doesRemoteCount: true,
        defaultMajority: 'simple',
        noticeDays: 15,
      });
      assert.equal(statutes.status, 201, JSON.stringify(statutes.json()));
      secretary = new HttpClient(server.url);
      await secretary.signIn((await createUser(server.runtime, { role: 'secretary' })).email, testPassword);
      member = new HttpClient(server.url);
      await member.signIn((await createUser(server.runtime, { role: 'member' })).email, testPassword);
      const created = (
        await secretary.send('POST', '/api/assemblies', {
          slug,
          kind: 'ordinary',
          title: 'Assemblée de la parole',
          heldOn: today,
          place: 'Salle',
          plannedStart: '09:00',
          membershipYear: year,
          agenda: [
            { kind: 'informative', title: 'Rapport moral' },
            { kind: 'deliberative', title: 'Comptes' },
          ],
        })
      ).json() as { id: string; agenda: { id: string }[] };
      itemIds = created.agenda.map((item) => item.id);
      // A and B present, C convened but not on the sheet.
      for (const [key, firstName, lastName] of [
        ['A', 'Alice', 'Martin'],
        ['B', 'Bruno', 'Durand'],
        ['C', 'Chloé', 'Petit'],
      ] as const) {
        const person = (await secretary.send('POST', '/api/persons', { firstName, lastName })).json() as {
          id: string;
        };
        const membership = (
          await secretary.send('POST', '/api/memberships', {
            year,
            status: 'validated',
            effectiveOn: `${year}-01-01`,
            personId: person.id,
            category: 'individual',
          })
        ).json() as { id: string };
        if (key !== 'C') {
          const sheet = await secretary.send('POST', `/api/assemblies/${slug}/attendance`, {
            personId: person.id,
            membershipId: membership.id,
            role: 'voting_member',
            status: 'present',
          });
          assert.equal(sheet.status, 201, JSON.stringify(sheet.json()));
          const rows = (sheet.json() as { attendees: { id: string; membershipId: string | null }[] })
            .attendees;
          attendanceIds[key] = rows.find((row) => row.membershipId === membership.id)!.id;
        }
        const token = await createConvocationLink(server.runtime.database.db, {
          assemblyId: created.id,
          membershipId: membership.id,
          personId: person.id,
        });
        phones[key] = new PhoneClient(server.url);
        await phones[key].signIn(token);
      }
    });

    after(async () => {
      await server.close();
    });

    it('refuses to ask before the session is open, then off the current item', async () => {
      const early = await phones.A!.send('POST', phonePath(itemIds[0]!));
      assert.equal(early.status, 409);
      assert.equal(code(early), 'speakers_session_not_open');
      assert.equal((await secretary.send('POST', `/api/assemblies/${slug}/open`)).status, 200);
      const offItem = await phones.A!.send('POST', phonePath(itemIds[0]!));
      assert.equal(offItem.status, 409);
      assert.equal(code(offItem), 'speakers_item_not_current');
      const current = await secretary.send('PUT', `/api/assemblies/${slug}/current-item`, {
        agendaItemId: itemIds[0],
      });
      assert.equal(current.status, 200);
      const unknown = await phones.A!.send('POST', phonePath('no-such-item'));
      assert.equal(unknown.status, 404);
      assert.equal(code(unknown), 'speakers_item_not_found');
      assert.equal(await rowsOf(server.runtime.database.db, 'speakers').then((rows) => rows.length), 0);
    });

    it('lets two phones ask, refuses a second request and someone absent, and tells every screen', async () => {
      const stream = await connectSse(`${server.url}/api/assemblies/${slug}/events`, {
        cookie: secretary.cookie,
      });
      const phoneStream = await connectSse(`${server.url}/api/participant/events`, {
        cookie: phones.B!.cookie,
      });
      try {
        const asked = await phones.A!.send('POST', phonePath(itemIds[0]!));
        assert.equal(asked.status, 200, JSON.stringify(asked.json()));
        const view = asked.json() as ParticipantSpeakerList;
        assert.equal(view.myAttendanceId, attendanceIds.A);
        assert.deepEqual(
          view.speakers.map((speaker) => [speaker.name, speaker.status]),
          [['Alice Martin', 'waiting']],
        );
        const twice = await phones.A!.send('POST', phonePath(itemIds[0]!));
        assert.equal(twice.status, 409);
        assert.equal(code(twice), 'speaker_already_asked');
        const absent = await phones.C!.send('POST', phonePath(itemIds[0]!));
        assert.equal(absent.status, 409);
        assert.equal(code(absent), 'speaker_not_present');
        const second = await phones.B!.send('POST', phonePath(itemIds[0]!));
        assert.equal(second.status, 200);
        const isBoth = (event: SpeakersStateEvent) =>
          event.type === 'speakers.state' && event.list.speakers.length === 2;
        for (const events of [stream, phoneStream]) {
          const event = await events.next<SpeakersStateEvent>(isBoth);
          assert.deepEqual(
            event.list.speakers.map((speaker) => speaker.name),
            ['Alice Martin', 'Bruno Durand'],
          );
          assert.equal(event.list.agendaItemId, itemIds[0]);
        }
      } finally {
        stream.close();
        phoneStream.close();
      }
    });

    it('declares roles: a member reads but does not order, a phone does not reach the chair’s routes', async () => {
      const read = await member.send('GET', staffPath(itemIds[0]!));
      assert.equal(read.status, 200);
      const list = read.json() as SpeakerListView;
      const order = await member.send('PUT', staffPath(itemIds[0]!, '/order'), {
        speakerIds: list.speakers.map((speaker) => speaker.id).reverse(),
      });
      assert.equal(order.status, 403);
      const fromPhone = await phones.A!.send('PUT', staffPath(itemIds[0]!, '/order'), {
        speakerIds: list.speakers.map((speaker) => speaker.id).reverse(),
      });
      assert.equal(fromPhone.status, 401);
    });

    it('orders, times and gives the floor, the remaining time counted from the server’s instant', async () => {
      const list = (await secretary.send('GET', staffPath(itemIds[0]!))).json() as SpeakerListView;
      const [alice, bruno] = list.speakers;
      const partial = await secretary.send('PUT', staffPath(itemIds[0]!, '/order'), {
        speakerIds: [bruno!.id],
      });
      assert.equal(partial.status, 400);
      assert.equal((partial.json() as { errors: { path: string }[] }).errors[0]!.path, 'body.speakerIds');
      const ordered = await secretary.send('PUT', staffPath(itemIds[0]!, '/order'), {
        speakerIds: [bruno!.id, alice!.id],
      });
      assert.equal(ordered.status, 200);
      assert.deepEqual(
        (ordered.json() as SpeakerListView).speakers.map((speaker) => speaker.id),
        [bruno!.id, alice!.id],
      );
      const timed = await secretary.send('PUT', staffPath(itemIds[0]!, `/${bruno!.id}/time`), {
        allottedSeconds: 5,
      });
      assert.equal(timed.status, 400, 'fewer than ten seconds is refused');
      await secretary.send('PUT', staffPath(itemIds[0]!, `/${bruno!.id}/time`), { allottedSeconds: 120 });
      const started = await secretary.send('POST', staffPath(itemIds[0]!, `/${bruno!.id}/start`));
      assert.equal(started.status, 200, JSON.stringify(started.json()));
      const speaking = (started.json() as SpeakerListView).speakers[0]!;
      assert.equal(speaking.status, 'speaking');
      assert.equal(Date.parse(speaking.endsAt!) - Date.parse(speaking.startedAt!), 120_000);
      const withdrawSpeaking = await phones.B!.send('DELETE', phonePath(itemIds[0]!));
      assert.equal(code(withdrawSpeaking), 'speaker_not_waiting');
      const removeSpeaking = await secretary.send('DELETE', staffPath(itemIds[0]!, `/${bruno!.id}`));
      assert.equal(code(removeSpeaking), 'speaker_is_speaking');
      // Giving the floor to the next ends the current intervention.
      const next = await secretary.send('POST', staffPath(itemIds[0]!, `/${alice!.id}/start`));
      const after = (next.json() as SpeakerListView).speakers;
      assert.deepEqual(
        after.map((speaker) => [speaker.name, speaker.status]),
        [
          ['Bruno Durand', 'done'],
          ['Alice Martin', 'speaking'],
        ],
      );
      const again = await secretary.send('POST', staffPath(itemIds[0]!, `/${bruno!.id}/start`));
      assert.equal(code(again), 'speaker_not_waiting');
      const stopped = await secretary.send('POST', staffPath(itemIds[0]!, `/${alice!.id}/stop`));
      assert.equal((stopped.json() as SpeakerListView).speakers[1]!.status, 'done');
      const twice = await secretary.send('POST', staffPath(itemIds[0]!, `/${alice!.id}/stop`));
      assert.equal(code(twice), 'speaker_not_speaking');
    });

    it('lets a phone withdraw while waiting, and leaves everything as it was after a refusal', async () => {
      // Two taps at once: one request is recorded, the other refused.
      const taps = await Promise.all([
        phones.A!.send('POST', phonePath(itemIds[0]!)),
        phones.A!.send('POST', phonePath(itemIds[0]!)),
      ]);
      assert.deepEqual(taps.map((tap) => tap.status).sort(), [200, 409], 'after speaking, one may ask again');
      const before = (await secretary.send('GET', staffPath(itemIds[0]!))).json() as SpeakerListView;
      const refused = await phones.A!.send('POST', phonePath(itemIds[0]!));
      assert.equal(refused.status, 409);
      const unchanged = (await secretary.send('GET', staffPath(itemIds[0]!))).json() as SpeakerListView;
      assert.equal(
        unchanged.revision,
        before.revision,
        'a refused write changes nothing, not even the revision',
      );
      const withdrawn = await phones.A!.send('DELETE', phonePath(itemIds[0]!));
      assert.equal(withdrawn.status, 200);
      assert.equal(
        (withdrawn.json() as SpeakerListView).speakers.filter((s) => s.status === 'waiting').length,
        0,
      );
      const none = await phones.A!.send('DELETE', phonePath(itemIds[0]!));
      assert.equal(code(none), 'speaker_not_in_list');
    });

    it('adds from the sheet, removes, and keeps or not in the minutes', async () => {
      const added = await secretary.send('POST', staffPath(itemIds[0]!), { attendanceId: attendanceIds.B });
      assert.equal(added.status, 200);
      const waiting = (added.json() as SpeakerListView).speakers.find(
        (speaker) => speaker.status === 'waiting',
      )!;
      const unknown = await secretary.send('POST', staffPath(itemIds[0]!), { attendanceId: 'nobody' });
      assert.equal(unknown.status, 400);
      const removed = await secretary.send('DELETE', staffPath(itemIds[0]!, `/${waiting.id}`));
      assert.equal((removed.json() as SpeakerListView).speakers.length, 2);
      const minutes = async () => {
        const response = await fetch(`${server.url}/api/assemblies/${slug}/minutes/document?format=md`, {
          headers: secretary.headers,
        });
        assert.equal(response.status, 200);
        return response.text();
      };
      assert.match(await minutes(), /Interventions\s: Bruno Durand et Alice Martin\./);
      const timed = await secretary.send('PATCH', staffPath(itemIds[0]!), { secondsPerSpeaker: 90 });
      assert.equal((timed.json() as SpeakerListView).secondsPerSpeaker, 90);
      const notKept = await secretary.send('PATCH', staffPath(itemIds[0]!), { isKept: false });
      assert.equal(notKept.status, 200);
      assert.equal((notKept.json() as SpeakerListView).isKept, false);
      assert.doesNotMatch(await minutes(), /Interventions :/);
      const audit = await rowsOf(server.runtime.database.db, 'audit_events');
      assert.ok(audit.some((row) => row.action === 'speakers.settings_changed'));
    });
  });
}
