import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../../test/databases.ts';
import {
  createAssembly,
  createAttendance,
  createIndividualMember,
  createStatutes,
  createUser,
} from '../../../test/factories.ts';
import { rowsOf } from '../../../test/inspect.ts';
import { openSession } from '../assemblies/assemblies.service.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

type Problem = { code: string; errors?: { path: string; message: string }[] };
type CandidateMandate = {
  role: string;
  titleForm: string | null;
  roleLabel: { fr: string; en: string };
  startsOn: string;
  endsOn: string | null;
};
type Election = {
  id: string;
  eligibleCount: number | null;
  candidates: { id: string; label: string; isElected: boolean | null; mandate: CandidateMandate }[];
  isProclaimed: boolean;
};
type Mandate = {
  personId: string;
  role: string;
  roleLabel: { fr: string; en: string };
  startsOn: string;
  endsOn: string | null;
  electionId: string | null;
};

const heldOn = '2031-06-14';

for (const engine of testEngines()) {
  describe(`an election by show of hands gives the elected their roles and records who could vote, on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    let slug: string;
    let itemId: string;
    const people: Record<string, string> = {};

    before(async () => {
      test = await createTestApp(engine);
      const context = test.runtime;
      await createStatutes(context);
      secretary = test.client();
      await secretary.signIn((await createUser(context, { role: 'secretary' })).email);
      const assembly = await createAssembly(context, {
        heldOn,
        agenda: [{ kind: 'election', title: 'Élection du conseil' }],
      });
      slug = assembly.slug;
      itemId = assembly.agenda[0]!.id;
      // Five members, four of them present: four could vote.
      for (const [firstName, isPresent] of [
        ['Anne', true],
        ['Bastien', true],
        ['Céline', true],
        ['Denis', true],
        ['Élise', false],
      ] as const) {
        const { person, membership } = await createIndividualMember(context, {
          year: 2031,
          firstName,
          lastName: 'Votant',
          effectiveOn: '2031-01-01',
        });
        people[firstName] = person.id;
        if (isPresent)
          await createAttendance(context, { slug, personId: person.id, membershipId: membership.id });
      }
      await openSession(context, { actor: null, slug });
      const labels = {
        fr: {
          masculine: 'Trésorier adjoint',
          feminine: 'Trésorière adjointe',
          neutral: 'Trésorier·ère adjoint·e',
        },
        en: { masculine: 'Deputy treasurer', feminine: 'Deputy treasurer', neutral: 'Deputy treasurer' },
      };
      assert.equal(
        (await secretary.post('/api/board-roles', { code: 'deputy_treasurer', labels })).statusCode,
        201,
      );
    });
    after(() => test.close());

    const createElection = async (method: string, title: string, seats: number, names: string[]) =>
      (
        await secretary.post(`/api/assemblies/${slug}/elections`, {
          agendaItemId: itemId,
          title,
          seats,
          method,
          mandateStartsOn: heldOn,
          mandateEndsOn: '2034-06-13',
          candidates: names.map((name) => ({ personId: people[name] })),
        })
      ).json() as Election;

    it('refuses a role unknown, a candidate of another election and a mandate ending before it starts, naming the field, and records nothing', async () => {
      const election = await createElection('show_of_hands_list', 'Élection refusée', 2, ['Anne', 'Bastien']);
      const path = `/api/assemblies/${slug}/elections/${election.id}/show-of-hands`;
      const [anne, bastien] = election.candidates;
      const refusals: [unknown[], string, string][] = [
        [[{ candidateId: anne!.id, role: 'grand_master' }], 'body.mandates.0.role', 'role_unknown'],
        [
          [{ candidateId: 'nobody', role: 'president' }],
          'body.mandates.0.candidateId',
          'candidate_not_in_election',
        ],
        [
          [
            { candidateId: anne!.id, role: 'president' },
            { candidateId: bastien!.id, role: 'treasurer', startsOn: '2031-07-01', endsOn: '2031-06-30' },
          ],
          'body.mandates.1.endsOn',
          'mandate_ends_before_start',
        ],
        [[{ candidateId: anne!.id, role: 'Président' }], 'body.mandates.0.role', 'invalid_role_code'],
      ];
      for (const [mandates, field, code] of refusals) {
        const response = await secretary.post(path, { record: 'unanimous', votedAt: '18:30', mandates });
        assert.equal(response.statusCode, 400, response.body);
        assert.deepEqual(
          (response.json() as Problem).errors!.map((error) => [error.path, error.message]),
          [[field, code]],
        );
      }
      const [row] = await rowsOf(test.runtime.database, 'elections', { id: election.id });
      assert.equal(row!.recorded_as, null, 'nothing recorded');
      assert.equal(row!.eligible_count, null);
    });

    it('elects a list with each one’s role, title and dates, counts who could vote, and proclaims them in those roles', async () => {
      const election = await createElection('show_of_hands_list', 'Élection du conseil d’administration', 4, [
        'Anne',
        'Bastien',
        'Céline',
        'Denis',
      ]);
      const [anne, bastien, celine, denis] = election.candidates;
      const recorded = await secretary.post(
        `/api/assemblies/${slug}/elections/${election.id}/show-of-hands`,
        {
          record: 'counts',
          for: 3,
          against: 0,
          blank: 1,
          votedAt: '18:40',
          mandates: [
            { candidateId: anne!.id, role: 'president', titleForm: 'feminine' },
            { candidateId: bastien!.id, role: 'treasurer', titleForm: 'masculine' },
            { candidateId: celine!.id, role: 'deputy_treasurer', titleForm: 'feminine' },
          ],
        },
      );
      assert.equal(recorded.statusCode, 200, recorded.body);
      const view = recorded.json() as Election;
      assert.equal(view.eligibleCount, 4, 'four members present could vote');
      assert.deepEqual(
        view.candidates.map((candidate) => [
          candidate.label,
          candidate.mandate.roleLabel.fr,
          candidate.mandate.endsOn,
        ]),
        [
          ['Anne Votant', 'Présidente', '2034-06-13'],
          ['Bastien Votant', 'Trésorier', '2034-06-13'],
          ['Céline Votant', 'Trésorière adjointe', '2034-06-13'],
          ['Denis Votant', 'Administrateur·rice', '2034-06-13'],
        ],
      );
      const [row] = await rowsOf(test.runtime.database, 'elections', { id: election.id });
      assert.equal(row!.eligible_count, 4);
      const proclaimed = await secretary.post(`/api/assemblies/${slug}/elections/${election.id}/proclaim`, {
        candidateIds: [anne!.id, bastien!.id, celine!.id, denis!.id],
      });
      assert.equal(proclaimed.statusCode, 200, proclaimed.body);
      const board = ((await secretary.get(`/api/board?at=${heldOn}`)).json() as { board: Mandate[] }).board;
      assert.deepEqual(
        board
          .filter((mandate) => mandate.electionId === election.id)
          .map((mandate) => [mandate.personId, mandate.roleLabel.fr, mandate.startsOn, mandate.endsOn]),
        [
          [people.Anne, 'Présidente', heldOn, '2034-06-13'],
          [people.Bastien, 'Trésorier', heldOn, '2034-06-13'],
          [people.Céline, 'Trésorière adjointe', heldOn, '2034-06-13'],
          [people.Denis, 'Administrateur·rice', heldOn, '2034-06-13'],
        ],
      );
    });

    it('elects candidate by candidate with a role and dates of their own', async () => {
      const election = await createElection('show_of_hands_candidates', 'Élection du secrétaire', 1, [
        'Élise',
        'Denis',
      ]);
      const [elise, denis] = election.candidates;
      const recorded = (
        await secretary.post(`/api/assemblies/${slug}/elections/${election.id}/show-of-hands`, {
          record: 'candidates',
          candidates: [
            { candidateId: elise!.id, for: 3, against: 1 },
            { candidateId: denis!.id, for: 1, against: 3 },
          ],
          votedAt: '18:50',
          mandates: [
            {
              candidateId: elise!.id,
              role: 'secretary',
              titleForm: 'feminine',
              startsOn: '2031-07-01',
              endsOn: null,
            },
            { candidateId: denis!.id, role: 'secretary', titleForm: 'masculine' },
          ],
        })
      ).json() as Election;
      assert.equal(recorded.eligibleCount, 4);
      assert.deepEqual(recorded.candidates[0]!.mandate, {
        role: 'secretary',
        titleForm: 'feminine',
        roleLabel: { fr: 'Secrétaire', en: 'Secretary' },
        startsOn: '2031-07-01',
        endsOn: null,
      });
      const proclaimed = await secretary.post(`/api/assemblies/${slug}/elections/${election.id}/proclaim`, {
        candidateIds: [elise!.id],
      });
      assert.equal(proclaimed.statusCode, 200, proclaimed.body);
      const board = ((await secretary.get('/api/board?at=2031-07-01')).json() as { board: Mandate[] }).board;
      assert.deepEqual(
        board
          .filter((mandate) => mandate.electionId === election.id)
          .map((mandate) => [mandate.personId, mandate.role, mandate.endsOn]),
        [[people.Élise, 'secretary', null]],
      );
    });

    it('narrates the elections in the minutes: how and when, who could vote, the elected with their roles and dates', async () => {
      const url = `/api/assemblies/${slug}/minutes`;
      assert.equal((await secretary.post(url)).statusCode, 200);
      const french = (await secretary.get(`${url}/document?format=md`)).body;
      assert.match(
        french,
        /Élection à main levée sur une liste, à 18h40\. 4 votants présents ou représentés\. La liste \(Anne Votant, Bastien Votant, Céline Votant et Denis Votant\) obtient 3 voix pour, 0 contre et 1 vote blanc\. Sont élu·es\u202f: Anne Votant \(Présidente\), Bastien Votant \(Trésorier\), Céline Votant \(Trésorière adjointe\) et Denis Votant \(Administrateur·rice\)\. Mandat du 14 juin 2031 au 13 juin 2034\./,
      );
      assert.match(
        french,
        /Élection à main levée, candidat par candidat, à 18h50\. 4 votants présents ou représentés\. Élise Votant\u202f: 3 voix pour et 1 contre\. Denis Votant\u202f: 1 voix pour et 3 contre\. Est élu·e\u202f: Élise Votant \(Secrétaire\)\. Mandat à compter du 1er juillet 2031\./,
      );
      const english = (await secretary.get(`${url}/document?format=md&lang=en`)).body;
      assert.match(
        english,
        /Elected: Anne Votant \(Chair\), Bastien Votant \(Treasurer\), Céline Votant \(Deputy treasurer\) and Denis Votant \(Board member\)\. Term of office from 14 June 2031 to 13 June 2034\./,
      );
    });
  });
}
