import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { PollStateEvent, PollView } from '../../../../common/events.ts';
import { dayIn } from '../../../../common/time-zones.ts';
import { buildApp } from '../../app.ts';
import type { App } from '../../http/routes.ts';
import type { Runtime } from '../../runtime.ts';
import { testEngines } from '../../../test/databases.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { cancelPoll, listPolls } from './polls.service.ts';
import {
  createActor,
  createUser,
  openResolutionPoll,
  testPassword,
  createCategories,
} from '../../../test/factories.ts';
import { HttpClient } from '../../../test/http-client.ts';
import { countRows, rowsOf } from '../../../test/inspect.ts';
import { createConvocationLink, PhoneClient } from '../../../test/participants.ts';
import { connectSse } from '../../../test/sse-client.ts';
import { startTestServer, type TestServer } from '../../../test/test-server.ts';

const today = dayIn('Europe/Paris');
const year = Number(today.slice(0, 4));

type Member = { key: string; personId: string; membershipId: string };

for (const engine of testEngines()) {
  describe(`electronic votes on ${engine}`, () => {
    let server: TestServer;
    let secretary: HttpClient;
    const members: Record<string, Member> = {};
    const phones: Record<string, PhoneClient> = {};
    let assemblyId: string;
    let namedResolutionId: string;
    let secretResolutionId: string;
    let accountsItemId: string;
    let chair: SessionUser;

    const get = async <T>(path: string) => (await secretary.send('GET', path)).json() as T;

    before(async () => {
      server = await startTestServer(engine);
      await createCategories(server.runtime);
      const admin = new HttpClient(server.url);
      await admin.signIn((await createUser(server.runtime, { role: 'administrator' })).email, testPassword);
      const statutes = await admin.send('POST', '/api/statutes', {
        effectiveFrom: '2000-01-01',
        votingWeights: { individual: 1, legal_entity: 2 },
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
      // A, B present; C represented by B; D a legal entity (2 votes) present through its agent;
      // E present then gone before the poll; F absent.
      for (const key of ['A', 'B', 'C', 'D', 'E', 'F']) {
        const person = (
          await secretary.send('POST', '/api/persons', {
            firstName: `Membre${key}`,
            lastName: `Votant${key}`,
          })
        ).json() as { id: string };
        let body: Record<string, unknown> = { personId: person.id, category: 'individual' };
        if (key === 'D') {
          const organisation = (
            await secretary.send('POST', '/api/organisations', {
              name: 'Ville de Votes',
              kind: 'municipality',
            })
          ).json() as { id: string };
          body = { organisationId: organisation.id, category: 'legal_entity' };
        }
        const membership = (
          await secretary.send('POST', '/api/memberships', {
            year,
            status: 'validated',
            effectiveOn: `${year}-01-01`,
            ...body,
          })
        ).json() as { id: string };
        members[key] = { key, personId: person.id, membershipId: membership.id };
      }
      const created = (
        await secretary.send('POST', '/api/assemblies', {
          slug: 'ag-votes',
          kind: 'ordinary',
          title: 'Assemblée des votes',
          heldOn: today,
          place: 'Salle',
          plannedStart: '09:00',
          membershipYear: year,
          agenda: [
            { kind: 'informative', title: 'Accueil' },
            { kind: 'deliberative', title: 'Comptes' },
            { kind: 'election', title: 'Conseil' },
          ],
        })
      ).json() as { id: string; agenda: { id: string }[] };
      assemblyId = created.id;
      accountsItemId = created.agenda[1]!.id;
      chair = await createActor(server.runtime, { role: 'secretary' });
      for (const key of ['A', 'B', 'D', 'E']) {
        const response = await secretary.send('POST', '/api/assemblies/ag-votes/attendance', {
          personId: members[key]!.personId,
          membershipId: members[key]!.membershipId,
          role: 'voting_member',
          status: 'present',
        });
        assert.equal(response.status, 201, JSON.stringify(response.json()));
      }
      const proxy = await secretary.send('POST', '/api/assemblies/ag-votes/proxies', {
        giverMembershipId: members.C!.membershipId,
        holderMembershipId: members.B!.membershipId,
      });
      assert.equal(proxy.status, 201, JSON.stringify(proxy.json()));
      assert.equal((await secretary.send('POST', '/api/assemblies/ag-votes/open')).status, 200);
      const sheet = await get<{ attendees: { id: string; membershipId: string }[] }>(
        '/api/assemblies/ag-votes/attendance',
      );
      const rowE = sheet.attendees.find((row) => row.membershipId === members.E!.membershipId)!;
      await secretary.send('POST', `/api/assemblies/ag-votes/attendance/${rowE.id}/presence`, {
        action: 'leave',
      });

      const makeResolution = async (title: string, method: string) => {
        const response = await secretary.send('POST', '/api/assemblies/ag-votes/resolutions', {
          agendaItemId: created.agenda[1]!.id,
          title,
          text: `approuve ${title.toLowerCase()}`,
          method,
        });
        assert.equal(response.status, 201, JSON.stringify(response.json()));
        return (response.json() as { id: string }).id;
      };
      namedResolutionId = await makeResolution('Les comptes', 'named');
      secretResolutionId = await makeResolution('Le budget', 'secret');
      for (const key of ['A', 'B', 'D', 'E']) {
        phones[key] = new PhoneClient(server.url);
        await phones[key].signIn(
          await createConvocationLink(server.runtime.database.db, {
            assemblyId,
            membershipId: members[key]!.membershipId,
            personId: members[key]!.personId,
          }),
        );
      }
    });
    after(() => server.close());
    // One poll is open at a time: whatever a test leaves open is cancelled before the next.
    afterEach(async () => {
      for (const poll of await listPolls(server.runtime, 'ag-votes')) {
        if (poll.status === 'open')
          await cancelPoll(server.runtime, { actor: chair, slug: 'ag-votes', pollId: poll.id });
      }
    });

    /** A named poll of its own for a test, opened on a new resolution on the accounts. */
    const openNamedPoll = async (): Promise<PollView> =>
      (
        await openResolutionPoll(server.runtime, {
          slug: 'ag-votes',
          agendaItemId: accountsItemId,
          actor: chair,
        })
      ).poll;

    const castAll = async (pollId: string) => {
      const path = `/api/participant/polls/${pollId}/ballots`;
      for (const [phone, ballots] of [
        [phones.A!, [{ membershipId: members.A!.membershipId, choices: ['for'] }]],
        [
          phones.B!,
          [
            { membershipId: members.B!.membershipId, choices: ['for'] },
            { membershipId: members.C!.membershipId, choices: ['against'] },
          ],
        ],
        [phones.D!, [{ membershipId: members.D!.membershipId, choices: ['against'], weight: 2 }]],
      ] as const) {
        const response = await phone.send('POST', path, {
          key: `cast-${pollId}-${ballots[0].membershipId}`,
          ballots,
        });
        assert.equal(response.status, 200, JSON.stringify(response.json()));
      }
    };

    it('shows an opened poll on the phones at once, with the ballots each carries', async () => {
      const events = await connectSse(`${server.url}/api/participant/events`, phones.A!.headers);
      try {
        const initial = await events.next<PollStateEvent>((event) => event.type === 'poll.state');
        assert.equal(initial.poll, null);
        const opened = await secretary.send('POST', '/api/assemblies/ag-votes/polls', {
          resolutionId: namedResolutionId,
        });
        assert.equal(opened.status, 201, JSON.stringify(opened.json()));
        const namedPoll = opened.json() as PollView;
        assert.equal(namedPoll.eligibleCount, 4, 'A, B, C through B, D; E left before the opening');
        const shown = await events.next<PollStateEvent>(
          (event) => event.type === 'poll.state' && event.poll?.id === namedPoll.id,
          1000,
        );
        assert.equal(shown.poll!.status, 'open');
        assert.deepEqual(
          shown.poll!.options.map((option) => option.code),
          ['for', 'against', 'abstain'],
          'on the votes expressed (these statutes), a blank weighs nothing: the phone offers no "blanc"',
        );
        assert.deepEqual(shown.poll!.text, {
          fr: 'L’Assemblée Générale approuve les comptes.',
          en: 'The General Assembly approuve les comptes.',
        });
      } finally {
        events.close();
      }
      const mine = (await phones.B!.send('GET', '/api/participant/poll')).json() as {
        ballots: { membershipId: string; isProxy: boolean; weight: number }[];
      };
      assert.deepEqual(
        mine.ballots.map((ballot) => [ballot.membershipId, ballot.isProxy]).sort(),
        [
          [members.B!.membershipId, false],
          [members.C!.membershipId, true],
        ].sort(),
      );
      const d = (await phones.D!.send('GET', '/api/participant/poll')).json() as {
        ballots: { weight: number }[];
      };
      assert.equal(d.ballots[0]!.weight, 2, 'a legal entity weighs 2 under these statutes');
    });

    it('offers "blanc" where the base counts blanks, and counts a blank apart from abstentions', async () => {
      const created = await secretary.send('POST', '/api/assemblies/ag-votes/resolutions', {
        agendaItemId: accountsItemId,
        title: 'Le rapport',
        text: 'approuve le rapport moral.',
        textEn: 'approves the annual report',
        method: 'named',
        majority: 'absolute',
        base: 'cast',
      });
      assert.equal(created.status, 201, JSON.stringify(created.json()));
      const opened = await secretary.send('POST', '/api/assemblies/ag-votes/polls', {
        resolutionId: (created.json() as { id: string }).id,
      });
      const poll = opened.json() as PollView;
      assert.deepEqual(
        poll.options.map((option) => option.code),
        ['for', 'against', 'abstain', 'blank'],
      );
      assert.deepEqual(poll.text, {
        fr: 'L’Assemblée Générale approuve le rapport moral.',
        en: 'The General Assembly approves the annual report.',
      });
      const cast = await phones.A!.send('POST', `/api/participant/polls/${poll.id}/ballots`, {
        key: `blank-${poll.id}`,
        ballots: [{ membershipId: members.A!.membershipId, choices: ['blank'] }],
      });
      assert.equal(cast.status, 200, JSON.stringify(cast.json()));
      const closed = (
        await secretary.send('POST', `/api/assemblies/ag-votes/polls/${poll.id}/close`)
      ).json() as PollView;
      assert.equal(closed.result?.kind, 'resolution');
      assert.deepEqual(closed.result.kind === 'resolution' && closed.result.counts, {
        for: 0,
        against: 0,
        abstain: 0,
        blank: 1,
      });
    });

    it('takes a cast once: the same key again is harmless, another key is refused', async () => {
      const namedPoll = await openNamedPoll();
      const path = `/api/participant/polls/${namedPoll.id}/ballots`;
      const cast = {
        key: 'phone-a-0001',
        ballots: [{ membershipId: members.A!.membershipId, choices: ['for'] }],
      };
      const first = await phones.A!.send('POST', path, cast);
      assert.equal(first.status, 200, JSON.stringify(first.json()));
      assert.equal(first.json().isRepeat, false);
      const again = await phones.A!.send('POST', path, cast);
      assert.equal(again.status, 200);
      assert.equal(again.json().isRepeat, true);
      const twice = await phones.A!.send('POST', path, { ...cast, key: 'phone-a-0002' });
      assert.equal(twice.status, 409);
      assert.match(String(twice.json().detail), /déjà enregistré/);
    });

    it('refuses bad casts with a clear error and records nothing', async () => {
      const namedPoll = await openNamedPoll();
      const path = `/api/participant/polls/${namedPoll.id}/ballots`;
      const ballotsBefore = await countBallots(server.runtime, namedPoll.id);
      const cases: [PhoneClient, unknown, number, string][] = [
        [
          phones.A!,
          { key: 'bad-0001', ballots: [{ membershipId: members.C!.membershipId, choices: ['for'] }] },
          403,
          'not_represented',
        ],
        [
          phones.E!,
          { key: 'bad-0002', ballots: [{ membershipId: members.E!.membershipId, choices: ['for'] }] },
          403,
          'not_eligible',
        ],
        [
          phones.D!,
          {
            key: 'bad-0003',
            ballots: [{ membershipId: members.D!.membershipId, choices: ['for'], weight: 5 }],
          },
          400,
          'wrong_weight',
        ],
        [
          phones.D!,
          { key: 'bad-0004', ballots: [{ membershipId: members.D!.membershipId, choices: ['maybe'] }] },
          400,
          'unknown_option',
        ],
        [
          phones.B!,
          {
            key: 'bad-0005',
            ballots: [
              { membershipId: members.B!.membershipId, choices: ['for'] },
              { membershipId: members.F!.membershipId, choices: ['for'] },
            ],
          },
          403,
          'not_eligible',
        ],
      ];
      for (const [phone, body, status, message] of cases) {
        const response = await phone.send('POST', path, body);
        assert.equal(response.status, status, JSON.stringify(response.json()));
        const problem = response.json() as { errors: { message: string }[] };
        assert.equal(problem.errors[0]!.message, message);
      }
      const noCsrf = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: { cookie: phones.D!.cookie, 'content-type': 'application/json' },
        body: JSON.stringify({
          key: 'bad-0006',
          ballots: [{ membershipId: members.D!.membershipId, choices: ['for'] }],
        }),
      });
      assert.equal(noCsrf.status, 403);
      assert.equal(await countBallots(server.runtime, namedPoll.id), ballotsBefore, 'nothing recorded');
      const mine = (await phones.B!.send('GET', '/api/participant/poll')).json() as {
        ballots: { hasVoted: boolean }[];
      };
      assert.ok(
        mine.ballots.every((ballot) => !ballot.hasVoted),
        'B’s half-refused cast left B unvoted',
      );
    });

    it('lets a proxy holder vote differently for each member, counts weights, and closes atomically', async () => {
      const namedPoll = await openNamedPoll();
      const path = `/api/participant/polls/${namedPoll.id}/ballots`;
      const a = await phones.A!.send('POST', path, {
        key: 'phone-a-0001',
        ballots: [{ membershipId: members.A!.membershipId, choices: ['for'] }],
      });
      assert.equal(a.status, 200, JSON.stringify(a.json()));
      const projector = await connectSse(`${server.url}/api/assemblies/ag-votes/events`, secretary.headers);
      try {
        const b = await phones.B!.send('POST', path, {
          key: 'phone-b-0001',
          ballots: [
            { membershipId: members.B!.membershipId, choices: ['for'] },
            { membershipId: members.C!.membershipId, choices: ['against'] },
          ],
        });
        assert.equal(b.status, 200, JSON.stringify(b.json()));
        const d = await phones.D!.send('POST', path, {
          key: 'phone-d-0001',
          ballots: [{ membershipId: members.D!.membershipId, choices: ['against'], weight: 2 }],
        });
        assert.equal(d.status, 200, JSON.stringify(d.json()));
        const progress = await projector.next<PollStateEvent>(
          (event) => event.type === 'poll.state' && event.poll?.votedCount === 4,
          2000,
        );
        assert.equal(progress.poll!.eligibleCount, 4);

        const closed = await secretary.send('POST', `/api/assemblies/ag-votes/polls/${namedPoll.id}/close`);
        assert.equal(closed.status, 200);
        const result = (closed.json() as PollView).result;
        assert.equal(result?.kind, 'resolution');
        if (result?.kind !== 'resolution') return;
        assert.deepEqual(result.counts, { for: 2, against: 3, abstain: 0, blank: 0 });
        assert.equal(result.isAdopted, false);
        assert.equal(result.sentence.fr, 'Résolution rejetée par 2 voix pour et 3 contre.');
        const shown = await projector.next<PollStateEvent>(
          (event) => event.type === 'poll.state' && event.poll?.status === 'closed',
        );
        assert.equal(shown.poll!.result?.kind, 'resolution');
      } finally {
        projector.close();
      }
      const late = await phones.A!.send('POST', path, {
        key: 'late-0001',
        ballots: [{ membershipId: members.A!.membershipId, choices: ['for'] }],
      });
      assert.equal(late.status, 409);
      assert.match(String(late.json().detail), /clos/);
      const resolutions = await get<{ resolutions: { id: string; outcome: string; counts: unknown }[] }>(
        '/api/assemblies/ag-votes/resolutions',
      );
      const named = resolutions.resolutions.find((entry) => entry.id === namedPoll.resolutionId)!;
      assert.equal(named.outcome, 'rejected');
      assert.deepEqual(named.counts, { for: 2, against: 3, abstain: 0, blank: 0 });
    });

    it('lists a named poll’s votes for the annex, exports them, and keeps the poll’s events', async () => {
      const namedPoll = await openNamedPoll();
      await castAll(namedPoll.id);
      const closed = await secretary.send('POST', `/api/assemblies/ag-votes/polls/${namedPoll.id}/close`);
      assert.equal(closed.status, 200);
      const votes = await get<{ votes: { memberName: string; weight: number; choices: string[] }[] }>(
        `/api/assemblies/ag-votes/polls/${namedPoll.id}/votes`,
      );
      assert.deepEqual(
        votes.votes.map((vote) => [vote.memberName, vote.weight, vote.choices.join()]),
        [
          ['MembreA VotantA', 1, 'Pour'],
          ['MembreB VotantB', 1, 'Pour'],
          ['MembreC VotantC', 1, 'Contre'],
          ['Ville de Votes', 2, 'Contre'],
        ],
      );
      const csv = await fetch(`${server.url}/api/assemblies/ag-votes/polls/${namedPoll.id}/result.csv`, {
        headers: secretary.headers,
      });
      const text = await csv.text();
      assert.match(text, /Contre,3/);
      assert.match(text, /Ville de Votes,2,Contre/);
      const pdf = await fetch(`${server.url}/api/assemblies/ag-votes/polls/${namedPoll.id}/result.pdf`, {
        headers: secretary.headers,
      });
      assert.equal(pdf.headers.get('content-type'), 'application/pdf');
      assert.equal(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
        '%PDF-',
      );
      const audit = await get<{ events: { action: string; actorUserId: string }[] }>(
        `/api/assemblies/ag-votes/polls/${namedPoll.id}/audit`,
      );
      assert.deepEqual(
        audit.events.map((event) => event.action),
        ['poll.opened', 'poll.closed', 'poll.result'],
      );
      assert.ok(audit.events.every((event) => event.actorUserId));
    });

    it('keeps a secret poll’s ballots apart from who voted: no voter, no time, no key, no order', async () => {
      const opened = (
        await secretary.send('POST', '/api/assemblies/ag-votes/polls', { resolutionId: secretResolutionId })
      ).json() as PollView;
      assert.equal(opened.isSecret, true);
      const path = `/api/participant/polls/${opened.id}/ballots`;
      const casts: [string, { membershipId: string; choices: string[] }[]][] = [
        ['A', [{ membershipId: members.A!.membershipId, choices: ['for'] }]],
        [
          'B',
          [
            { membershipId: members.B!.membershipId, choices: ['abstain'] },
            { membershipId: members.C!.membershipId, choices: ['for'] },
          ],
        ],
        ['D', [{ membershipId: members.D!.membershipId, choices: ['for'] }]],
      ];
      for (const [key, ballots] of casts) {
        const response = await phones[key]!.send('POST', path, { key: `secret-${key}-0001`, ballots });
        assert.equal(response.status, 200, JSON.stringify(response.json()));
      }
      const { db } = server.runtime.database;
      const tables = await db.introspection.getTables();
      const ballotColumns = tables
        .find((table) => table.name === 'ballots')!
        .columns.map((column) => column.name)
        .sort();
      assert.deepEqual(ballotColumns, ['choices', 'id', 'membership_id', 'poll_id', 'weight']);
      const rows = await rowsOf(server.runtime.database, 'ballots', { poll_id: opened.id });
      assert.equal(rows.length, 4);
      assert.ok(
        rows.every((row) => row.membership_id === null),
        'no voter on a secret ballot',
      );
      const voters = await rowsOf(server.runtime.database, 'poll_voters', { poll_id: opened.id });
      const voterColumns = Object.keys(voters[0]!).sort();
      assert.deepEqual(
        voterColumns,
        [
          'cast_key',
          // An encrypted poll's public credential; null on a plain poll.
          'credential',
          'has_voted',
          'holder_membership_id',
          'id',
          'member_name',
          'poll_id',
          'membership_id',
          'weight',
        ].sort(),
        'the participation record holds no choice',
      );
      assert.equal(voters.filter((voter) => voter.has_voted === 1).length, 4);
      const keys = new Set(voters.map((voter) => voter.cast_key));
      assert.ok(
        rows.every((row) => !keys.has(row.id) && !row.choices.includes('secret-')),
        'no retry key in a ballot',
      );
      if (engine === 'sqlite') {
        // Stored without rowid: a plain scan returns ballots in the order of their random ids.
        const scanned = (await rowsOf(server.runtime.database, 'ballots', { poll_id: opened.id })).map(
          (row) => row.id,
        );
        assert.deepEqual(scanned, [...scanned].sort());
      }
      const closed = (
        await secretary.send('POST', `/api/assemblies/ag-votes/polls/${opened.id}/close`)
      ).json() as PollView;
      assert.deepEqual(closed.result?.kind === 'resolution' && closed.result.counts, {
        for: 4,
        against: 0,
        abstain: 1,
        blank: 0,
      });
      const annex = await secretary.send('GET', `/api/assemblies/ag-votes/polls/${opened.id}/votes`);
      assert.equal(annex.status, 403, 'a secret poll has no annex of named votes');
    });

    it('refuses a cast on a poll of another assembly', async () => {
      await secretary.send('POST', '/api/assemblies', {
        slug: 'ag-autre',
        kind: 'ordinary',
        title: 'Autre assemblée',
        heldOn: today,
        place: 'Salle',
        plannedStart: '09:00',
        membershipYear: year,
        agenda: [{ kind: 'deliberative', title: 'Point' }],
      });
      const other = await get<{ agenda: { id: string }[] }>('/api/assemblies/ag-autre');
      await secretary.send('POST', '/api/assemblies/ag-autre/open');
      const resolution = (
        await secretary.send('POST', '/api/assemblies/ag-autre/resolutions', {
          agendaItemId: other.agenda[0]!.id,
          title: 'Autre',
          text: 'approuve autre chose',
          method: 'named',
        })
      ).json() as { id: string };
      const poll = (
        await secretary.send('POST', '/api/assemblies/ag-autre/polls', { resolutionId: resolution.id })
      ).json() as PollView;
      const response = await phones.A!.send('POST', `/api/participant/polls/${poll.id}/ballots`, {
        key: 'other-0001',
        ballots: [{ membershipId: members.A!.membershipId, choices: ['for'] }],
      });
      assert.equal(response.status, 404);
      await secretary.send('POST', `/api/assemblies/ag-autre/polls/${poll.id}/cancel`);
    });

    it('runs a board election: up to the seats per ballot, ranking, and mandates for the elected', async () => {
      const assembly = await get<{ agenda: { id: string }[] }>('/api/assemblies/ag-votes');
      const created = await secretary.send('POST', '/api/assemblies/ag-votes/elections', {
        agendaItemId: assembly.agenda[2]!.id,
        title: 'Élection du conseil',
        seats: 2,
        isSecret: true,
        mandateStartsOn: today,
        candidates: ['A', 'B', 'E'].map((key) => ({ personId: members[key]!.personId })),
      });
      assert.equal(created.status, 201, JSON.stringify(created.json()));
      const election = created.json() as { id: string; candidates: { id: string; personId: string }[] };
      const candidate = (key: string) =>
        election.candidates.find((entry) => entry.personId === members[key]!.personId)!.id;
      const poll = (
        await secretary.send('POST', '/api/assemblies/ag-votes/polls', { electionId: election.id })
      ).json() as PollView;
      assert.equal(poll.maxChoices, 2);
      const path = `/api/participant/polls/${poll.id}/ballots`;
      const tooMany = await phones.A!.send('POST', path, {
        key: 'election-a-0000',
        ballots: [
          {
            membershipId: members.A!.membershipId,
            choices: [candidate('A'), candidate('B'), candidate('E')],
          },
        ],
      });
      assert.equal(tooMany.status, 400);
      const casts: [string, string, { membershipId: string; choices: string[] }[]][] = [
        [
          'A',
          'election-a-0001',
          [{ membershipId: members.A!.membershipId, choices: [candidate('A'), candidate('B')] }],
        ],
        [
          'B',
          'election-b-0001',
          [
            { membershipId: members.B!.membershipId, choices: [candidate('A')] },
            { membershipId: members.C!.membershipId, choices: [candidate('B')] },
          ],
        ],
        ['D', 'election-d-0001', [{ membershipId: members.D!.membershipId, choices: [candidate('A')] }]],
      ];
      for (const [key, castKey, ballots] of casts) {
        const response = await phones[key]!.send('POST', path, { key: castKey, ballots });
        assert.equal(response.status, 200, JSON.stringify(response.json()));
      }
      const closed = (
        await secretary.send('POST', `/api/assemblies/ag-votes/polls/${poll.id}/close`)
      ).json() as PollView;
      assert.equal(closed.result?.kind, 'election');
      if (closed.result?.kind !== 'election') return;
      assert.deepEqual(
        closed.result.candidates.map((entry) => [entry.label, entry.votes, entry.rank, entry.isElected]),
        [
          ['MembreA VotantA', 4, 1, true],
          ['MembreB VotantB', 2, 2, true],
          ['MembreE VotantE', 0, 3, false],
        ],
      );
      assert.equal(closed.result.hasTie, false);
      const refused = await secretary.send(
        'POST',
        `/api/assemblies/ag-votes/elections/${election.id}/proclaim`,
        {
          candidateIds: [candidate('E')],
        },
      );
      assert.equal(refused.status, 400, 'a candidate neither elected nor tied is not proclaimed');
      const proclaimed = await secretary.send(
        'POST',
        `/api/assemblies/ag-votes/elections/${election.id}/proclaim`,
        {
          candidateIds: [candidate('A'), candidate('B')],
        },
      );
      assert.equal(proclaimed.status, 200, JSON.stringify(proclaimed.json()));
      const board = await get<{ board: { personId: string; role: string }[] }>(`/api/board?at=${today}`);
      assert.deepEqual(
        board.board.map((entry) => [entry.personId, entry.role]).sort(),
        [
          [members.A!.personId, 'board_member'],
          [members.B!.personId, 'board_member'],
        ].sort(),
      );
    });

    it('records a show of hands: counts, unanimous, or only adopted; a tie fails a simple majority', async () => {
      const assembly = await get<{ agenda: { id: string }[] }>('/api/assemblies/ag-votes');
      const create = async (title: string) =>
        (
          await secretary.send('POST', '/api/assemblies/ag-votes/resolutions', {
            agendaItemId: assembly.agenda[1]!.id,
            title,
            text: 'valide la grille',
          })
        ).json() as { id: string; method: string; majority: string };
      const tie = await create('Égalité');
      assert.equal(tie.method, 'show_of_hands');
      assert.equal(tie.majority, 'simple', 'from the statutes');
      const counted = await secretary.send(
        'POST',
        `/api/assemblies/ag-votes/resolutions/${tie.id}/show-of-hands`,
        {
          record: 'counts',
          for: 2,
          against: 2,
          abstain: 1,
        },
      );
      assert.equal(counted.status, 200);
      const view = counted.json() as { outcome: string; sentence: { fr: string } };
      assert.equal(view.outcome, 'rejected');
      assert.equal(view.sentence.fr, 'Résolution rejetée par 2 voix pour, 2 contre et 1 abstention.');
      const unanimous = await create('Unanime');
      const recorded = (
        await secretary.send('POST', `/api/assemblies/ag-votes/resolutions/${unanimous.id}/show-of-hands`, {
          record: 'unanimous',
        })
      ).json() as { sentence: { fr: string; en: string } };
      assert.equal(recorded.sentence.fr, 'L’Assemblée Générale valide la grille à l’unanimité.');
      const tooMany = await secretary.send(
        'POST',
        `/api/assemblies/ag-votes/resolutions/${tie.id}/show-of-hands`,
        {
          record: 'counts',
          for: 40,
          against: 0,
        },
      );
      assert.equal(tooMany.status, 400);
      assert.equal((tooMany.json() as { errors: { path: string }[] }).errors[0]!.path, 'body.for');
      const wrongItem = await secretary.send('POST', '/api/assemblies/ag-votes/resolutions', {
        agendaItemId: assembly.agenda[0]!.id,
        title: 'Sur un point informatif',
        text: 'approuve',
      });
      assert.equal(wrongItem.status, 400);
      assert.equal((wrongItem.json() as { errors: { path: string }[] }).errors[0]!.path, 'body.agendaItemId');
    });

    if (engine === 'postgres') {
      it('reaches the phones of another server process, and counts casts made through it', async () => {
        let other: Runtime | undefined;
        let otherApp: App | undefined;
        try {
          other = await server.openAnotherRuntime();
          otherApp = await buildApp(other);
          const address = await otherApp.listen({ port: 0, host: '127.0.0.1' });
          const phone = new PhoneClient(address);
          phone.cookie = phones.A!.cookie;
          phone.csrfToken = phones.A!.csrfToken;
          const events = await connectSse(`${address}/api/participant/events`, phone.headers);
          try {
            const third = (
              await secretary.send('POST', '/api/assemblies/ag-votes/resolutions', {
                agendaItemId: (await get<{ agenda: { id: string }[] }>('/api/assemblies/ag-votes')).agenda[1]!
                  .id,
                title: 'Deux processus',
                text: 'approuve le partage',
                method: 'named',
              })
            ).json() as { id: string };
            const poll = (
              await secretary.send('POST', '/api/assemblies/ag-votes/polls', { resolutionId: third.id })
            ).json() as PollView;
            await events.next<PollStateEvent>(
              (event) => event.type === 'poll.state' && event.poll?.id === poll.id,
              2000,
            );
            const cast = await phone.send('POST', `/api/participant/polls/${poll.id}/ballots`, {
              key: 'two-processes-0001',
              ballots: [{ membershipId: members.A!.membershipId, choices: ['for'] }],
            });
            assert.equal(cast.status, 200);
            const closed = (
              await secretary.send('POST', `/api/assemblies/ag-votes/polls/${poll.id}/close`)
            ).json() as PollView;
            assert.equal(closed.result?.kind === 'resolution' && closed.result.counts.for, 1);
            const shown = await events.next<PollStateEvent>(
              (event) =>
                event.type === 'poll.state' && event.poll?.id === poll.id && event.poll.status === 'closed',
              2000,
            );
            assert.equal(shown.poll!.result?.kind, 'resolution');
          } finally {
            events.close();
          }
        } finally {
          await otherApp?.close();
          await other?.close();
        }
      });
    }
  });
}

async function countBallots(runtime: Runtime, pollId: string): Promise<number> {
  return countRows(runtime.database, 'ballots', { poll_id: pollId });
}
