import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { PollView } from '../../../../common/events.ts';
import { dayIn } from '../../../../common/time-zones.ts';
import { newId, nowIso } from '../../ids.ts';
import { testEngines } from '../../../test/databases.ts';
import { createUser, testPassword, createCategories, createFeeGrid } from '../../../test/factories.ts';
import { readColumns, readForeignKeys } from '../../../test/foreign-keys.ts';
import { changeRows, countRows, insertRows, rowsOf } from '../../../test/inspect.ts';
import { HttpClient } from '../../../test/http-client.ts';
import { createConvocationLink, PhoneClient } from '../../../test/participants.ts';
import { startTestServer, type TestServer } from '../../../test/test-server.ts';

const today = dayIn('Europe/Paris');
const year = Number(today.slice(0, 4));

/**
 * Two records of one person, each a member of the same year, both present at an assembly, both
 * voting (named and secret polls, one of them still open), one holding a proxy, both candidates,
 * one on the board and on the staff: the merge leaves nothing pointing at the removed record or its
 * membership, and changes no poll.
 */
for (const engine of testEngines()) {
  describe(`merging two persons who voted, on ${engine}`, () => {
    let server: TestServer;
    let secretary: HttpClient;
    const ids: Record<string, { personId: string; membershipId: string }> = {};
    const phones: Record<string, PhoneClient> = {};
    let agenda: { id: string }[];

    const send = async <T = Record<string, unknown>>(method: string, path: string, body?: unknown) => {
      const response = await secretary.send(method, path, body);
      assert.ok(
        response.status < 300,
        `${method} ${path}: ${response.status} ${JSON.stringify(response.json())}`,
      );
      return response.json() as T;
    };
    const polls = async () =>
      (await send<{ polls: PollView[] }>('GET', '/api/assemblies/ag-fusion/polls')).polls;
    const cast = async (
      key: string,
      pollId: string,
      ballots: { membership: string; choices: string[] }[],
    ) => {
      const response = await phones[key]!.send('POST', `/api/participant/polls/${pollId}/ballots`, {
        key: `${key}-${pollId}`,
        ballots: ballots.map((ballot) => ({
          membershipId: ids[ballot.membership]!.membershipId,
          choices: ballot.choices,
        })),
      });
      assert.equal(response.status, 200, JSON.stringify(response.json()));
    };

    before(async () => {
      server = await startTestServer(engine);
      await createCategories(server.runtime);
      const admin = new HttpClient(server.url);
      await admin.signIn((await createUser(server.runtime, { role: 'administrator' })).email, testPassword);
      secretary = new HttpClient(server.url);
      await secretary.signIn((await createUser(server.runtime, { role: 'secretary' })).email, testPassword);
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
      // keep and remove: one person twice; other: another member present; absent: represented by remove.
      const names = {
        keep: ['Jeanne', 'Doublet'],
        remove: ['jeanne', 'DOUBLET'],
        other: ['Paul', 'Autre'],
        absent: ['Anne', 'Absente'],
      };
      await createFeeGrid(server.runtime, { year, fees: { individual: 2_000 } });
      for (const [key, [firstName, lastName]] of Object.entries(names)) {
        const person = await send<{ id: string }>('POST', '/api/persons', { firstName, lastName });
        const membership = await send<{ id: string }>('POST', '/api/memberships', {
          year,
          personId: person.id,
          category: 'individual',
          status: 'validated',
          effectiveOn: `${year}-01-01`,
        });
        ids[key] = { personId: person.id, membershipId: membership.id };
      }
      for (const key of ['keep', 'remove'])
        await send('POST', `/api/memberships/${ids[key]!.membershipId}/payments`, {
          amountCents: 2_000,
          paidOn: `${year}-01-02`,
          method: 'cheque',
        });
      // A membership of a year only the removed record holds: it changes hands.
      await send('POST', '/api/memberships', {
        year: year - 1,
        personId: ids.remove!.personId,
        category: 'individual',
        status: 'validated',
        effectiveOn: `${year - 1}-01-01`,
      });

      const created = await send<{ id: string; agenda: { id: string }[] }>('POST', '/api/assemblies', {
        slug: 'ag-fusion',
        kind: 'ordinary',
        title: 'Assemblée de la fusion',
        heldOn: today,
        place: 'Salle',
        plannedStart: '09:00',
        membershipYear: year,
        agenda: [
          { kind: 'deliberative', title: 'Comptes' },
          { kind: 'election', title: 'Conseil' },
        ],
      });
      agenda = created.agenda;
      for (const key of ['keep', 'remove', 'other'])
        await send('POST', '/api/assemblies/ag-fusion/attendance', {
          personId: ids[key]!.personId,
          membershipId: ids[key]!.membershipId,
          role: 'voting_member',
          status: 'present',
        });
      await send('POST', '/api/assemblies/ag-fusion/proxies', {
        giverMembershipId: ids.absent!.membershipId,
        holderMembershipId: ids.remove!.membershipId,
      });
      await send('POST', '/api/assemblies/ag-fusion/open');
      for (const key of ['keep', 'remove', 'other']) {
        phones[key] = new PhoneClient(server.url);
        await phones[key].signIn(
          await createConvocationLink(server.runtime.database.db, {
            assemblyId: created.id,
            membershipId: ids[key]!.membershipId,
            personId: ids[key]!.personId,
          }),
        );
      }
      await send('POST', '/api/mandates', {
        personId: ids.remove!.personId,
        role: 'treasurer',
        startsOn: `${year}-01-01`,
      });
      const { db } = server.runtime.database;
      // Links no route of this test writes: the staff row, the chair, a question.
      await insertRows(db, 'staff_members', [
        {
          id: newId(),
          person_id: ids.remove!.personId,
          display_name: 'Jeanne Doublet',
          job_title: null,
          function: 'design',
          contract: 'permanent',
          start_on: `${year}-01-01`,
          end_on: null,
          fte_hundredths: 100,
          created_at: nowIso(),
          updated_at: nowIso(),
        },
      ]);
      await changeRows(db, 'assemblies', {}, { chair_person_id: ids.remove!.personId });
      await insertRows(db, 'questions', [
        {
          id: newId(),
          assembly_id: created.id,
          position: 1,
          asked_by_person_id: ids.remove!.personId,
          asked_by_label: null,
          question: 'Et le budget ?',
          answer: null,
        },
      ]);
    });
    after(() => server.close());

    it('merges after the polls, re-points every link and changes no closed poll', async () => {
      const { db } = server.runtime.database;
      // A named poll, closed: each record votes, the removed one also for the member it represents.
      const resolution = await send<{ id: string }>('POST', '/api/assemblies/ag-fusion/resolutions', {
        agendaItemId: agenda[0]!.id,
        title: 'Les comptes',
        text: 'approuve les comptes',
        method: 'named',
      });
      const named = await send<PollView>('POST', '/api/assemblies/ag-fusion/polls', {
        resolutionId: resolution.id,
      });
      assert.equal(named.eligibleCount, 4);
      await cast('keep', named.id, [{ membership: 'keep', choices: ['for'] }]);
      await cast('remove', named.id, [
        { membership: 'remove', choices: ['against'] },
        { membership: 'absent', choices: ['for'] },
      ]);
      await cast('other', named.id, [{ membership: 'other', choices: ['abstain'] }]);
      await send('POST', `/api/assemblies/ag-fusion/polls/${named.id}/close`);

      // A secret election, closed: both records are candidates and voters.
      const election = await send<{ id: string }>('POST', '/api/assemblies/ag-fusion/elections', {
        agendaItemId: agenda[1]!.id,
        title: 'Conseil',
        seats: 1,
        isSecret: true,
        mandateStartsOn: today,
        candidates: [
          { personId: ids.keep!.personId },
          { personId: ids.remove!.personId },
          { personId: ids.other!.personId },
        ],
      });
      const secret = await send<PollView>('POST', '/api/assemblies/ag-fusion/polls', {
        electionId: election.id,
      });
      const option = (personKey: string) => {
        const index = ['keep', 'remove', 'other'].indexOf(personKey);
        return secret.options[index]!.code;
      };
      await cast('keep', secret.id, [{ membership: 'keep', choices: [option('remove')] }]);
      await cast('remove', secret.id, [
        { membership: 'remove', choices: [option('remove')] },
        { membership: 'absent', choices: [option('other')] },
      ]);
      await send('POST', `/api/assemblies/ag-fusion/polls/${secret.id}/close`);

      // A secret resolution, open: the removed record has voted, the kept one not yet.
      const budget = await send<{ id: string }>('POST', '/api/assemblies/ag-fusion/resolutions', {
        agendaItemId: agenda[0]!.id,
        title: 'Le budget',
        text: 'approuve le budget',
        method: 'secret',
      });
      const open = await send<PollView>('POST', '/api/assemblies/ag-fusion/polls', {
        resolutionId: budget.id,
      });
      await cast('remove', open.id, [
        { membership: 'remove', choices: ['for'] },
        { membership: 'absent', choices: ['for'] },
      ]);

      const before = await polls();
      const namedVotesBefore = await send<{
        votes: { memberName: string; weight: number; choices: string[] }[];
      }>('GET', `/api/assemblies/ag-fusion/polls/${named.id}/votes`);
      const merge = { keepId: ids.keep!.personId, removeId: ids.remove!.personId };
      const refused = await fetch(`${server.url}/api/duplicates/merge`, {
        method: 'POST',
        headers: { ...secretary.headers, 'content-type': 'application/json', 'accept-language': 'en' },
        body: JSON.stringify(merge),
      });
      assert.equal(refused.status, 409);
      assert.equal(
        ((await refused.json()) as { detail: string }).detail,
        'Both records may vote in the open poll “Le budget” and one of them has not voted yet: merge them once it is closed.',
      );
      assert.equal(
        (await rowsOf(db, 'persons', { id: merge.removeId }))[0]?.merged_into_id,
        null,
        'a refused merge changes nothing',
      );

      // Once both have voted in the open poll, the merge goes through while it is still open.
      await cast('keep', open.id, [{ membership: 'keep', choices: ['against'] }]);
      const merged = await secretary.send('POST', '/api/duplicates/merge', merge);
      assert.equal(merged.status, 200, JSON.stringify(merged.json()));
      const person = merged.json() as { memberships: { year: number; paidCents: number }[] };
      assert.deepEqual(
        person.memberships.map((membership) => [membership.year, membership.paidCents]).sort(),
        [
          [year - 1, 0],
          [year, 4_000],
        ],
        'one membership a year, both payments on the kept one',
      );

      // Nothing references the removed person or its membership, whatever the table.
      const keys = await readForeignKeys(db, engine);
      const removedMembership = ids.remove!.membershipId;
      for (const key of keys) {
        const target =
          key.referenced === 'persons'
            ? merge.removeId
            : key.referenced === 'memberships'
              ? removedMembership
              : null;
        if (!target) continue;
        const count = await countRows(db, key.table as 'persons', { [key.column]: target });
        assert.equal(count, 0, `${key.table}.${key.column} still points at the removed record`);
      }
      assert.equal(await countRows(db, 'memberships', { id: removedMembership }), 0);
      for (const table of ['mandates', 'staff_members', 'questions', 'election_candidates'] as const) {
        assert.ok((await countRows(db, table)) > 0, `${table} has rows`);
      }
      assert.equal(
        (await rowsOf(db, 'mandates'))[0]?.person_id,
        merge.keepId,
        'the treasurer is the kept record',
      );
      assert.equal(
        await countRows(db, 'attendances', { person_id: merge.keepId }),
        1,
        'one attendance row for the person',
      );
      const [proxy] = await rowsOf(db, 'proxies');
      assert.ok(proxy);
      assert.equal(
        proxy.holder_membership_id,
        ids.keep!.membershipId,
        'the kept membership now holds the proxy',
      );

      // Every poll reads as before: results, eligible members, named votes (both ballots stay).
      const after = await polls();
      for (const poll of before) {
        const now = after.find((entry) => entry.id === poll.id)!;
        assert.deepEqual(now.result, poll.result, `${poll.title}: result unchanged`);
        assert.equal(now.eligibleCount, poll.eligibleCount);
        assert.equal(now.status, poll.status);
      }
      const namedVotesAfter = await send<{
        votes: { memberName: string; weight: number; choices: string[] }[];
      }>('GET', `/api/assemblies/ag-fusion/polls/${named.id}/votes`);
      assert.deepEqual(
        namedVotesAfter.votes.map((vote) => vote.choices.join()).sort(),
        namedVotesBefore.votes.map((vote) => vote.choices.join()).sort(),
      );
      assert.equal(namedVotesAfter.votes.length, 4);

      // Secret ballots stay unlinkable: no voter column appears, no membership is written on them.
      assert.deepEqual(await readColumns(db, engine, 'ballots'), [
        'choices',
        'id',
        'membership_id',
        'poll_id',
        'weight',
      ]);
      const secretBallots = [
        ...(await rowsOf(db, 'ballots', { poll_id: secret.id })),
        ...(await rowsOf(db, 'ballots', { poll_id: open.id })),
      ];
      assert.equal(secretBallots.length, 6);
      assert.ok(secretBallots.every((ballot) => ballot.membership_id === null));

      // The open poll goes on: the other member votes, and the close counts every ballot cast.
      await cast('other', open.id, [{ membership: 'other', choices: ['against'] }]);
      const closed = await send<PollView>('POST', `/api/assemblies/ag-fusion/polls/${open.id}/close`);
      assert.equal(closed.result?.kind, 'resolution');
      if (closed.result?.kind === 'resolution')
        assert.deepEqual(closed.result.counts, { for: 2, against: 2, abstain: 0, blank: 0 });
    });
  });
}
