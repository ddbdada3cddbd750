import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { MeetingRules } from '../../../../common/assemblies.schemas.ts';
import { testEngines } from '../../../test/databases.ts';
import {
  createAssembly,
  createAttendance,
  createIndividualMember,
  createStatutes,
  createUser,
} from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';
import { addMandate } from '../votes/board.service.ts';

/** The general assembly's rules, as an association whose statutes say nothing special would have them. */
const general: MeetingRules = {
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

type Member = { membershipId: string; personId: string | null; presence: string };

for (const engine of testEngines()) {
  describe(`statutes per kind of meeting on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    let administrator: ApiClient;
    const persons: string[] = [];

    before(async () => {
      test = await createTestApp(engine);
      // Thirteen members of 2031, as the extraordinary assembly of the issue.
      for (let index = 0; index < 13; index += 1) {
        const { person } = await createIndividualMember(test.runtime, { year: 2031 });
        persons.push(person.id);
      }
      // The statutes: no quorum at an ordinary assembly, one proxy per holder; two thirds of the
      // members present at an extraordinary one, no proxies, no remote attendance, majority of two thirds.
      await createStatutes(test.runtime, {
        effectiveFrom: '2031-01-01',
        meetingRules: {
          ordinary: general,
          extraordinary: {
            ...general,
            quorum: { numerator: 2, denominator: 3 },
            quorumBase: 'present',
            areProxiesAllowed: false,
            maxProxiesPerHolder: 0,
            isRemoteAllowed: false,
            areCorrespondenceVotesAllowed: true,
            majority: 'two_thirds',
            majorityBase: 'present_and_represented',
          },
        },
      });
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      administrator = test.client();
      await administrator.signIn((await createUser(test.runtime, { role: 'administrator' })).email);
    });
    after(() => test.close());

    const sheetOf = async (slug: string) =>
      (await secretary.get(`/api/assemblies/${slug}/attendance`)).json();
    const seat = async (slug: string, count: number) => {
      const voting: Member[] = (await sheetOf(slug)).votingMembers;
      for (const member of voting.slice(0, count)) {
        await createAttendance(test.runtime, {
          slug,
          personId: member.personId!,
          membershipId: member.membershipId,
        });
      }
      return voting;
    };

    it('returns the rules of every kind, the kinds left out taken from the general fields', async () => {
      const response = await secretary.get('/api/statutes');
      assert.equal(response.statusCode, 200);
      const [version] = response.json().versions;
      assert.deepEqual(version.meetingRules.extraordinary.quorum, { numerator: 2, denominator: 3 });
      assert.equal(version.meetingRules.extraordinary.areProxiesAllowed, false);
      assert.equal(version.meetingRules.extraordinary.areCorrespondenceVotesAllowed, true);
      assert.equal(version.meetingRules.ordinary.maxProxiesPerHolder, 1);
      // A board meeting and a bureau, not given: voted by the board, with no quorum.
      assert.equal(version.meetingRules.board.voters, 'board');
      assert.equal(version.meetingRules.board.quorum, null);
      assert.equal(version.meetingRules.bureau.voters, 'board');
      // The general fields say what the ordinary assembly's rules say.
      assert.equal(version.maxProxiesPerHolder, 1);
      assert.equal(version.ordinaryQuorum, null);
    });

    it('refuses proxies allowed with no holder limit, naming the kind’s field', async () => {
      const response = await administrator.post('/api/statutes', {
        effectiveFrom: '2040-01-01',
        votingWeights: { individual: 1 },
        requiresFeePaid: false,
        ordinaryQuorum: null,
        extraordinaryQuorum: null,
        doProxiesCount: true,
        isSecondConvocationFree: true,
        maxProxiesPerHolder: 1,
        doesRemoteCount: true,
        defaultMajority: 'simple',
        noticeDays: 15,
        meetingRules: { bureau: { ...general, voters: 'board', maxProxiesPerHolder: 0 } },
      });
      assert.equal(response.statusCode, 400);
      assert.ok(
        response
          .json()
          .errors.some(
            (error: { path: string; message: string }) =>
              error.path === 'body.meetingRules.bureau.maxProxiesPerHolder' &&
              error.message === 'proxy_limit_required',
          ),
        response.body,
      );
    });

    describe('an extraordinary assembly: two thirds of the members present, no proxies', () => {
      let voting: Member[];
      before(async () => {
        await createAssembly(test.runtime, { slug: 'age', kind: 'extraordinary', heldOn: '2031-03-10' });
        voting = await seat('age', 9);
      });

      it('counts the quorum on the members present: 9 of 13 reach two thirds', async () => {
        const { quorum } = (await secretary.get('/api/assemblies/age/quorum')).json();
        assert.equal(quorum.isRequired, true);
        assert.equal(quorum.counted, 9);
        assert.equal(quorum.required, 9);
        assert.equal(quorum.isReached, true);
        assert.match(quorum.statement.fr, /^9 membres présents sur 13/);
      });

      it('refuses a proxy, naming the kind of meeting, and its holder carries one vote', async () => {
        const response = await secretary.post('/api/assemblies/age/proxies', {
          giverMembershipId: voting[12]!.membershipId,
          holderMembershipId: voting[0]!.membershipId,
        });
        assert.equal(response.statusCode, 409, response.body);
        assert.equal(response.json().code, 'proxies_not_allowed');
        assert.match(response.json().detail, /assemblée générale extraordinaire/);
        const sheet = await sheetOf('age');
        assert.equal(sheet.proxies.length, 0);
        assert.equal(
          sheet.votingMembers.filter((member: Member) => member.presence === 'represented').length,
          0,
        );
        assert.equal(sheet.quorum.counted, 9);
      });

      it('refuses remote attendance, naming the kind of meeting', async () => {
        const response = await secretary.post('/api/assemblies/age/attendance', {
          personId: voting[10]!.personId,
          membershipId: voting[10]!.membershipId,
          role: 'voting_member',
          status: 'remote',
        });
        assert.equal(response.statusCode, 409, response.body);
        assert.equal(response.json().code, 'remote_not_allowed');
        assert.match(response.json().detail, /assemblée générale extraordinaire/);
        assert.equal((await sheetOf('age')).attendees.length, 9);
      });

      it('gives a resolution the kind’s default majority', async () => {
        const assembly = (await secretary.get('/api/assemblies/age')).json();
        const item = assembly.agenda.find((entry: { kind: string }) => entry.kind === 'deliberative');
        const response = await secretary.post('/api/assemblies/age/resolutions', {
          agendaItemId: item.id,
          title: 'Modification des statuts',
          text: 'L’assemblée modifie les statuts.',
          method: 'show_of_hands',
        });
        assert.equal(response.statusCode, 201, response.body);
        assert.equal(response.json().majority, 'two_thirds');
        assert.equal(response.json().base, 'present_and_represented');
      });
    });

    it('never counts a proxy recorded before the statutes forbade proxies at that kind of meeting', async () => {
      await createAssembly(test.runtime, {
        slug: 'age-2',
        kind: 'extraordinary',
        heldOn: '2032-03-10',
        membershipYear: 2031,
      });
      const voting = await seat('age-2', 2);
      // Until 2032 proxies are allowed at an extraordinary assembly…
      await createStatutes(test.runtime, {
        effectiveFrom: '2032-01-01',
        meetingRules: {
          ordinary: general,
          extraordinary: { ...general, quorum: { numerator: 1, denominator: 2 }, quorumBase: 'present' },
        },
      });
      const given = await secretary.post('/api/assemblies/age-2/proxies', {
        giverMembershipId: voting[5]!.membershipId,
        holderMembershipId: voting[0]!.membershipId,
      });
      assert.equal(given.statusCode, 201, given.body);
      const counted = await sheetOf('age-2');
      assert.equal(counted.proxies[0].isCounted, true, 'a proxy the statutes allow counts in votes');
      assert.equal(counted.quorum.counted, 2, 'but not in a quorum of the members present only');
      // …then a version in force on the assembly's day forbids them: the proxy is no longer counted.
      await createStatutes(test.runtime, {
        effectiveFrom: '2032-02-01',
        meetingRules: {
          ordinary: general,
          extraordinary: { ...general, areProxiesAllowed: false, maxProxiesPerHolder: 0 },
        },
      });
      const sheet = await sheetOf('age-2');
      assert.equal(sheet.proxies[0].isCounted, false);
      assert.equal(sheet.quorum.counted, 2);
      assert.equal(
        sheet.votingMembers.find((member: Member) => member.membershipId === voting[5]!.membershipId)
          .presence,
        'absent',
      );
    });

    it('an ordinary assembly with no quorum says none is required, before and after the opening', async () => {
      await createAssembly(test.runtime, { slug: 'ago', heldOn: '2031-06-10' });
      await seat('ago', 3);
      const before = (await secretary.get('/api/assemblies/ago/quorum')).json().quorum;
      assert.equal(before.isRequired, false);
      assert.equal(before.isReached, true);
      assert.match(before.statement.fr, /aucun quorum requis$/);
      const opened = await secretary.post('/api/assemblies/ago/open', {});
      assert.equal(opened.statusCode, 200, opened.body);
      const frozen = (await secretary.get('/api/assemblies/ago/quorum')).json();
      assert.equal(frozen.isFrozen, true);
      assert.equal(frozen.quorum.isRequired, false);
    });

    it('a board meeting is voted by the members of the board on its day only', async () => {
      for (const personId of persons.slice(0, 3)) {
        await addMandate(test.runtime, {
          actor: null,
          mandate: { personId, role: 'board_member', startsOn: '2030-01-01' },
        });
      }
      // One mandate ended before the meeting, and the executive director is staff, not the board.
      await addMandate(test.runtime, {
        actor: null,
        mandate: {
          personId: persons[3]!,
          role: 'board_member',
          startsOn: '2030-01-01',
          endsOn: '2031-01-31',
        },
      });
      await addMandate(test.runtime, {
        actor: null,
        mandate: { personId: persons[4]!, role: 'executive_director', startsOn: '2030-01-01' },
      });
      await createAssembly(test.runtime, { slug: 'ca', kind: 'board', heldOn: '2031-09-01' });
      const sheet = await sheetOf('ca');
      assert.deepEqual(
        sheet.votingMembers.map((member: Member) => member.personId).sort(),
        persons.slice(0, 3).sort(),
      );
      const refused = await secretary.post('/api/assemblies/ca/attendance', {
        personId: persons[5],
        membershipId: (await sheetOf('age')).votingMembers.find(
          (member: Member) => member.personId === persons[5],
        ).membershipId,
        role: 'voting_member',
        status: 'present',
      });
      assert.equal(refused.statusCode, 201, refused.body);
      assert.equal(
        (await sheetOf('ca')).attendees[0].isVoting,
        false,
        'a member off the board does not vote',
      );
      assert.equal((await sheetOf('ca')).quorum.isRequired, false);
    });

    it('creates a bureau meeting', async () => {
      const response = await secretary.post('/api/assemblies', {
        slug: 'bureau-1',
        kind: 'bureau',
        title: 'Réunion du bureau',
        heldOn: '2031-10-01',
        place: 'Local',
        plannedStart: '18:00',
        membershipYear: 2031,
      });
      assert.equal(response.statusCode, 201, response.body);
      assert.equal(response.json().kind, 'bureau');
    });
  });
}
