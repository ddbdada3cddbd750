import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../../test/databases.ts';
import {
  createAssembly,
  createAttendance,
  createIndividualMember,
  createResolution,
  createStatutes,
  createUser,
} from '../../../test/factories.ts';
import { rowsOf } from '../../../test/inspect.ts';
import { openSession } from '../assemblies/assemblies.service.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

type Problem = { code: string; errors?: { path: string; message: string }[] };
type Counts = { for: number; against: number; abstain: number; blank: number };
type Resolution = {
  id: string;
  recordedAs: string | null;
  counts: Counts | null;
  outcome: string | null;
  votedAt: string | null;
  sentence: { fr: string; en: string } | null;
};
type Mandate = {
  id: string;
  personId: string;
  role: string;
  roleLabel: { fr: string; en: string };
  endsOn: string | null;
};
type Election = {
  id: string;
  method: string;
  candidates: {
    id: string;
    personId: string;
    label: string;
    counts: Counts | null;
    isElected: boolean | null;
  }[];
  listRecordedAs: string | null;
  listCounts: Counts | null;
  votedAt: string | null;
  isProclaimed: boolean;
  outgoing: { mandateId: string; personName: string; roleLabel: { fr: string }; isStandingAgain: boolean }[];
};

const heldOn = '2030-06-15';

for (const engine of testEngines()) {
  describe(`show of hands, elections by show of hands and the board's roles on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    let member: ApiClient;
    let slug: string;
    let deliberativeId: string;
    let electionItemId: string;
    const people: Record<string, string> = {};

    before(async () => {
      test = await createTestApp(engine);
      const context = test.runtime;
      await createStatutes(context);
      secretary = test.client();
      await secretary.signIn((await createUser(context, { role: 'secretary' })).email);
      member = test.client();
      await member.signIn((await createUser(context, { role: 'member' })).email);
      const assembly = await createAssembly(context, {
        heldOn,
        agenda: [
          { kind: 'informative', title: 'Accueil' },
          { kind: 'deliberative', title: 'Comptes' },
          { kind: 'election', title: 'Élection du conseil' },
        ],
      });
      slug = assembly.slug;
      deliberativeId = assembly.agenda[1]!.id;
      electionItemId = assembly.agenda[2]!.id;
      // Four voters present, one absent: at most four votes by show of hands.
      for (const key of ['Alice', 'Bruno', 'Chloé', 'Driss', 'Emma']) {
        const { person, membership } = await createIndividualMember(context, {
          year: 2030,
          firstName: key,
          lastName: 'Membre',
          effectiveOn: '2030-01-01',
        });
        people[key] = person.id;
        if (key !== 'Emma') {
          await createAttendance(context, { slug, personId: person.id, membershipId: membership.id });
        }
      }
      await openSession(context, { actor: null, slug });
    });
    after(() => test.close());

    const record = (resolutionId: string, body: unknown) =>
      secretary.post(`/api/assemblies/${slug}/resolutions/${resolutionId}/show-of-hands`, body);

    it('records for, against, abstentions and blanks apart, at the time typed, blanks not counted as expressed', async () => {
      const resolution = await createResolution(test.runtime, { slug, agendaItemId: deliberativeId });
      const response = await record(resolution.id, {
        record: 'counts',
        for: 1,
        against: 1,
        abstain: 0,
        blank: 2,
        votedAt: '15:42',
      });
      assert.equal(response.statusCode, 200, response.body);
      const view = response.json() as Resolution;
      assert.deepEqual(view.counts, { for: 1, against: 1, abstain: 0, blank: 2 });
      // One for, one against: the two blanks are not votes for; a tie fails a simple majority.
      assert.equal(view.outcome, 'rejected');
      // 15:42 in Paris in June is 13:42 UTC, on the assembly's day.
      assert.equal(view.votedAt, `${heldOn}T13:42:00.000Z`);
      assert.equal(view.sentence?.fr, 'Résolution rejetée par 1 voix pour, 1 contre et 2 votes blancs.');
      const second = await createResolution(test.runtime, { slug, agendaItemId: deliberativeId });
      const adopted = (
        await record(second.id, { record: 'counts', for: 2, against: 1, abstain: 0, blank: 1 })
      ).json() as Resolution;
      assert.equal(adopted.outcome, 'adopted');
      assert.match(adopted.sentence!.en, /2 votes for, 1 against and 1 blank vote\.$/);
      assert.ok(adopted.votedAt, 'no time typed: the time of the record');
    });

    it('refuses more votes than voters present, and a time that is not one, naming the field', async () => {
      const resolution = await createResolution(test.runtime, { slug, agendaItemId: deliberativeId });
      const tooMany = await record(resolution.id, {
        record: 'counts',
        for: 3,
        against: 1,
        abstain: 0,
        blank: 1,
      });
      assert.equal(tooMany.statusCode, 400);
      assert.deepEqual(
        (tooMany.json() as Problem).errors!.map((error) => [error.path, error.message]),
        [['body.for', 'above_present_weight']],
      );
      const badTime = await record(resolution.id, { record: 'unanimous', votedAt: '25:61' });
      assert.equal(badTime.statusCode, 400);
      assert.equal((badTime.json() as Problem).errors![0]!.path, 'body.votedAt');
      const [row] = await rowsOf(test.runtime.database, 'resolutions', { id: resolution.id });
      assert.equal(row!.recorded_as, null, 'nothing recorded');
    });

    it('records a unanimous vote and an adopted-only one, each with its time', async () => {
      const unanimous = await createResolution(test.runtime, { slug, agendaItemId: deliberativeId });
      const view = (
        await record(unanimous.id, { record: 'unanimous', votedAt: '16:05' })
      ).json() as Resolution;
      assert.deepEqual([view.recordedAs, view.outcome, view.counts], ['unanimous', 'adopted', null]);
      assert.equal(view.votedAt, `${heldOn}T14:05:00.000Z`);
      assert.match(view.sentence!.fr, /à l’unanimité\.$/);
      const adoptedOnly = await createResolution(test.runtime, { slug, agendaItemId: deliberativeId });
      const adopted = (await record(adoptedOnly.id, { record: 'adopted' })).json() as Resolution;
      assert.deepEqual([adopted.recordedAs, adopted.outcome, adopted.counts], ['adopted', 'adopted', null]);
      const refused = await member.post(
        `/api/assemblies/${slug}/resolutions/${adoptedOnly.id}/show-of-hands`,
        {
          record: 'rejected',
        },
      );
      assert.equal(refused.statusCode, 403);
    });

    it('elects a list by show of hands, proclaims it as mandates and ends the outgoing board', async () => {
      const president = (
        await secretary.post('/api/mandates', {
          personId: people.Alice,
          role: 'president',
          titleForm: 'feminine',
          startsOn: '2028-06-01',
        })
      ).json() as Mandate;
      const leaving = (
        await secretary.post('/api/mandates', {
          personId: people.Emma,
          role: 'board_member',
          startsOn: '2028-06-01',
        })
      ).json() as Mandate;
      const created = await secretary.post(`/api/assemblies/${slug}/elections`, {
        agendaItemId: electionItemId,
        title: 'Élection du conseil',
        seats: 3,
        method: 'show_of_hands_list',
        mandateStartsOn: heldOn,
        candidates: [{ personId: people.Alice }, { personId: people.Bruno }, { personId: people.Chloé }],
        outgoing: [
          { mandateId: president.id, isStandingAgain: true },
          { mandateId: leaving.id, isStandingAgain: false },
        ],
      });
      assert.equal(created.statusCode, 201, created.body);
      const election = created.json() as Election;
      assert.deepEqual(
        election.outgoing.map((entry) => [entry.personName, entry.roleLabel.fr, entry.isStandingAgain]),
        [
          ['Alice Membre', 'Présidente', true],
          ['Emma Membre', 'Administrateur·rice', false],
        ],
      );
      const poll = await secretary.post(`/api/assemblies/${slug}/polls`, { electionId: election.id });
      assert.equal((poll.json() as Problem).code, 'election_by_show_of_hands');
      const early = await secretary.post(`/api/assemblies/${slug}/elections/${election.id}/proclaim`, {
        candidateIds: [election.candidates[0]!.id],
      });
      assert.equal((early.json() as Problem).code, 'election_without_result');
      const path = `/api/assemblies/${slug}/elections/${election.id}/show-of-hands`;
      const mismatch = await secretary.post(path, {
        record: 'candidates',
        candidates: [{ candidateId: election.candidates[0]!.id, for: 3, against: 0 }],
      });
      assert.equal((mismatch.json() as Problem).errors![0]!.path, 'body.record');
      const recorded = await secretary.post(path, {
        record: 'counts',
        for: 3,
        against: 0,
        abstain: 0,
        blank: 1,
        votedAt: '17:10',
      });
      assert.equal(recorded.statusCode, 200, recorded.body);
      const counted = recorded.json() as Election;
      assert.deepEqual(counted.listCounts, { for: 3, against: 0, abstain: 0, blank: 1 });
      assert.equal(counted.votedAt, `${heldOn}T15:10:00.000Z`);
      assert.deepEqual(
        counted.candidates.map((candidate) => candidate.isElected),
        [true, true, true],
      );
      const proclaimed = await secretary.post(`/api/assemblies/${slug}/elections/${election.id}/proclaim`, {
        candidateIds: counted.candidates.map((candidate) => candidate.id),
      });
      assert.equal(proclaimed.statusCode, 200, proclaimed.body);
      const board = (await member.get(`/api/board?at=${heldOn}`)).json() as { board: Mandate[] };
      assert.deepEqual(
        board.board.map((mandate) => [mandate.personId, mandate.role]).sort(),
        [
          [people.Alice, 'board_member'],
          [people.Bruno, 'board_member'],
          [people.Chloé, 'board_member'],
        ].sort(),
      );
      const before = (await member.get('/api/board?at=2030-06-14')).json() as { board: Mandate[] };
      assert.deepEqual(
        before.board.map((mandate) => [mandate.id, mandate.endsOn]),
        [
          [president.id, '2030-06-14'],
          [leaving.id, '2030-06-14'],
        ],
      );
      const again = await secretary.post(`/api/assemblies/${slug}/elections/${election.id}/proclaim`, {
        candidateIds: [counted.candidates[0]!.id],
      });
      assert.equal((again.json() as Problem).code, 'election_already_proclaimed');
      const late = await secretary.post(path, { record: 'rejected' });
      assert.equal((late.json() as Problem).code, 'election_already_proclaimed');
    });

    it('elects candidate by candidate, the adopted with the most votes up to the seats', async () => {
      const election = (
        await secretary.post(`/api/assemblies/${slug}/elections`, {
          agendaItemId: electionItemId,
          title: 'Élection du trésorier',
          seats: 1,
          method: 'show_of_hands_candidates',
          mandateStartsOn: '2030-06-16',
          candidates: [{ personId: people.Driss }, { personId: people.Emma }],
        })
      ).json() as Election;
      const [driss, emma] = election.candidates;
      const path = `/api/assemblies/${slug}/elections/${election.id}/show-of-hands`;
      const missing = await secretary.post(path, {
        record: 'candidates',
        candidates: [{ candidateId: driss!.id, for: 3, against: 1 }],
      });
      assert.equal(missing.statusCode, 400);
      assert.deepEqual(
        (missing.json() as Problem).errors!.map((error) => [error.path, error.message]),
        [['body.candidates', 'candidate_counts_missing']],
      );
      const tooMany = await secretary.post(path, {
        record: 'candidates',
        candidates: [
          { candidateId: driss!.id, for: 3, against: 1 },
          { candidateId: emma!.id, for: 4, against: 1 },
        ],
      });
      assert.equal((tooMany.json() as Problem).errors![0]!.path, 'body.candidates.1.for');
      const recorded = (
        await secretary.post(path, {
          record: 'candidates',
          candidates: [
            { candidateId: driss!.id, for: 3, against: 1 },
            { candidateId: emma!.id, for: 1, against: 2, blank: 1 },
          ],
        })
      ).json() as Election;
      assert.deepEqual(
        recorded.candidates.map((candidate) => [
          candidate.label,
          candidate.isElected,
          candidate.counts?.blank,
        ]),
        [
          ['Driss Membre', true, 0],
          ['Emma Membre', false, 1],
        ],
      );
      const wrong = await secretary.post(`/api/assemblies/${slug}/elections/${election.id}/proclaim`, {
        candidateIds: [emma!.id],
      });
      assert.equal((wrong.json() as Problem).errors![0]!.message, 'not_elected');
      const proclaimed = await secretary.post(`/api/assemblies/${slug}/elections/${election.id}/proclaim`, {
        candidateIds: [driss!.id],
      });
      assert.equal(proclaimed.statusCode, 200);
    });

    it('prints titles in the form that fits the person, and roles the association adds', async () => {
      const roles = (await member.get('/api/board-roles')).json() as {
        roles: { code: string; isBuiltIn: boolean; labels: { fr: Record<string, string> } }[];
      };
      assert.deepEqual(roles.roles.find((role) => role.code === 'treasurer')?.labels.fr, {
        masculine: 'Trésorier',
        feminine: 'Trésorière',
        neutral: 'Trésorier·ère',
      });
      const labels = {
        fr: {
          masculine: 'Trésorier adjoint',
          feminine: 'Trésorière adjointe',
          neutral: 'Trésorier·ère adjoint·e',
        },
        en: { masculine: 'Deputy treasurer', feminine: 'Deputy treasurer', neutral: 'Deputy treasurer' },
      };
      assert.equal(
        (await member.post('/api/board-roles', { code: 'deputy_treasurer', labels })).statusCode,
        403,
      );
      const added = await secretary.post('/api/board-roles', { code: 'deputy_treasurer', labels });
      assert.equal(added.statusCode, 201, added.body);
      const taken = await secretary.post('/api/board-roles', { code: 'president', labels });
      assert.deepEqual(
        (taken.json() as Problem).errors!.map((error) => [error.path, error.message]),
        [['body.code', 'role_code_taken']],
      );
      const badCode = await secretary.post('/api/board-roles', { code: 'Trésorier', labels });
      assert.equal((badCode.json() as Problem).errors![0]!.path, 'body.code');
      const deputy = (
        await secretary.post('/api/mandates', {
          personId: people.Chloé,
          role: 'deputy_treasurer',
          titleForm: 'feminine',
          startsOn: '2031-01-01',
        })
      ).json() as Mandate;
      assert.deepEqual(deputy.roleLabel, { fr: 'Trésorière adjointe', en: 'Deputy treasurer' });
      const unknown = await secretary.post('/api/mandates', {
        personId: people.Chloé,
        role: 'treasurer_general',
        startsOn: '2031-01-01',
      });
      assert.deepEqual(
        (unknown.json() as Problem).errors!.map((error) => [error.path, error.message]),
        [['body.role', 'role_unknown']],
      );
      const put = (body: unknown) =>
        secretary.request('PUT', `/api/mandates/${deputy.id}`, body) as ReturnType<ApiClient['post']>;
      const edited = await put({ role: 'president', titleForm: null, startsOn: '2031-01-01', endsOn: null });
      assert.equal(edited.statusCode, 200, edited.body);
      assert.equal((edited.json() as Mandate).roleLabel.fr, 'Président·e');
      const masculine = await put({
        role: 'president',
        titleForm: 'masculine',
        startsOn: '2031-01-01',
        endsOn: null,
      });
      assert.equal((masculine.json() as Mandate).roleLabel.fr, 'Président');
      const backwards = await put({
        role: 'president',
        titleForm: null,
        startsOn: '2031-01-01',
        endsOn: '2030-01-01',
      });
      assert.equal((backwards.json() as Problem).errors![0]!.path, 'body.endsOn');
      const audit = await rowsOf(test.runtime.database, 'audit_events', { action: 'mandate.edited' });
      assert.equal(audit.length, 2);
      assert.equal(JSON.parse(audit[0]!.details as string).before.role, 'deputy_treasurer');
    });

    it('narrates in the minutes how and when votes were taken, the elections and the outgoing board', async () => {
      const url = `/api/assemblies/${slug}/minutes`;
      assert.equal((await secretary.post(url)).statusCode, 200);
      const french = (await secretary.get(`${url}/document?format=md`)).body;
      assert.match(
        french,
        /Résolution rejetée par 1 voix pour, 1 contre et 2 votes blancs\. Vote à main levée, à 15h42\./,
      );
      assert.match(
        french,
        /Élection à main levée sur une liste, à 17h10\. 4 votants présents ou représentés\. La liste \(Alice Membre, Bruno Membre et Chloé Membre\) obtient 3 voix pour, 0 contre et 1 vote blanc\. Sont élu·es\u202f: Alice Membre \(Administrateur·rice\), Bruno Membre \(Administrateur·rice\) et Chloé Membre \(Administrateur·rice\)\. Mandat à compter du 15 juin 2030\. Membres sortant·es\u202f: Alice Membre \(Présidente\) et Emma Membre \(Administrateur·rice, ne se représente pas\)\./,
      );
      assert.match(
        french,
        /Driss Membre\u202f: 3 voix pour et 1 contre\. Emma Membre\u202f: 1 voix pour, 2 contre et 1 vote blanc\. Est élu·e\u202f: Driss Membre \(Administrateur·rice\)\. Mandat à compter du 16 juin 2030\./,
      );
      const english = (await secretary.get(`${url}/document?format=md&lang=en`)).body;
      assert.match(english, /Voted by show of hands, at 3:42 pm\./);
      assert.match(
        english,
        /Outgoing members: Alice Membre \(Chair\) and Emma Membre \(Board member, not standing again\)\./,
      );
    });
  });
}
