import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../../test/databases.ts';
import { createIndividualMember, createStatutes, createUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

type Member = { membershipId: string; memberName: string; presence: string; personId: string | null };

for (const engine of testEngines()) {
  describe(`assemblies on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    before(async () => {
      test = await createTestApp(engine);
      // Statutes allowing two proxies per holder, and seven individual members of 2017.
      await createStatutes(test.runtime, { maxProxiesPerHolder: 2 });
      for (let index = 0; index < 7; index += 1) await createIndividualMember(test.runtime, { year: 2017 });
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
    });
    after(() => test.close());

    describe('a new assembly', () => {
      let voting: Member[];
      const sheetOf = async () => (await secretary.get('/api/assemblies/ag-test/attendance')).json();
      before(async () => {
        const created = await secretary.post('/api/assemblies', {
          slug: 'ag-test',
          kind: 'ordinary',
          title: 'Assemblée de test',
          heldOn: '2017-12-01',
          place: 'Maison des associations',
          plannedStart: '09:30',
          membershipYear: 2017,
          agenda: [{ kind: 'deliberative', title: 'Comptes' }],
        });
        assert.equal(created.statusCode, 201, created.body);
        assert.equal(created.json().plannedStartAt, '2017-12-01T08:30:00.000Z', 'stored in UTC');
        voting = (await sheetOf()).votingMembers;
      });

      const individual = (index: number) => voting.filter((member) => member.personId)[index]!;

      it('refuses a slug already taken and an invalid time, naming the field', async () => {
        const taken = await secretary.post('/api/assemblies', {
          slug: 'ag-test',
          kind: 'ordinary',
          title: 'x',
          heldOn: '2017-12-01',
          place: 'x',
          plannedStart: '09:30',
          membershipYear: 2017,
        });
        assert.equal(taken.statusCode, 409);
        assert.equal(taken.json().errors[0].path, 'body.slug');
        const badTime = await secretary.post('/api/assemblies', {
          slug: 'ag-x',
          kind: 'ordinary',
          title: 'x',
          heldOn: '2017-12-01',
          place: 'x',
          plannedStart: '25:00',
          membershipYear: 2017,
        });
        assert.equal(badTime.json().errors[0].path, 'body.plannedStart');
      });

      it('checks people in, refuses a second check-in, undoes, and the quorum follows', async () => {
        assert.equal((await sheetOf()).quorum.counted, 0);
        const first = individual(0);
        const added = await secretary.post('/api/assemblies/ag-test/attendance', {
          personId: first.personId,
          membershipId: first.membershipId,
          role: 'voting_member',
          status: 'absent',
        });
        assert.equal(added.statusCode, 201);
        const row = added.json().attendees[0];
        const checkedIn = await secretary.post(`/api/assemblies/ag-test/attendance/${row.id}/presence`, {
          action: 'check_in',
        });
        assert.equal(checkedIn.json().quorum.counted, 1);
        const twice = await secretary.post(`/api/assemblies/ag-test/attendance/${row.id}/presence`, {
          action: 'check_in',
        });
        assert.equal(twice.statusCode, 409);
        const again = await secretary.post('/api/assemblies/ag-test/attendance', {
          personId: first.personId,
          membershipId: first.membershipId,
          role: 'voting_member',
          status: 'present',
        });
        assert.equal(again.statusCode, 409, 'a person is on the sheet once');
        const undone = await secretary.post(`/api/assemblies/ag-test/attendance/${row.id}/presence`, {
          action: 'undo',
        });
        assert.equal(undone.json().quorum.counted, 0);
        await secretary.post(`/api/assemblies/ag-test/attendance/${row.id}/presence`, { action: 'check_in' });
      });

      it('counts a valid proxy and refuses one to oneself, past the limit, or in a chain, changing nothing', async () => {
        const holder = individual(0);
        const proxy = (giver: Member, to: Member) =>
          secretary.post('/api/assemblies/ag-test/proxies', {
            giverMembershipId: giver.membershipId,
            holderMembershipId: to.membershipId,
          });
        const accepted = await proxy(individual(1), holder);
        assert.equal(accepted.statusCode, 201);
        assert.equal(accepted.json().quorum.counted, 2, 'represented members count');
        const self = await proxy(holder, holder);
        assert.equal(self.statusCode, 400);
        assert.match(self.json().detail, /soi-même/);
        assert.equal((await proxy(individual(2), holder)).statusCode, 201);
        const overLimit = await proxy(individual(3), holder);
        assert.equal(overLimit.statusCode, 400);
        assert.equal(overLimit.json().errors[0].message, 'limit_reached');
        const chain = await proxy(individual(4), individual(1));
        assert.equal(chain.statusCode, 400);
        assert.equal(chain.json().errors[0].message, 'chain');
        const nonMember = await secretary.post('/api/assemblies/ag-test/proxies', {
          giverMembershipId: individual(5).membershipId,
          holderMembershipId: 'not-a-member',
        });
        assert.equal(nonMember.json().errors[0].message, 'holder_not_voting');
        assert.equal((await sheetOf()).proxies.length, 2, 'refused proxies left nothing behind');
      });

      it('freezes the quorum when the session opens', async () => {
        const opened = await secretary.post('/api/assemblies/ag-test/open');
        assert.equal(opened.statusCode, 200);
        const frozen = (await secretary.get('/api/assemblies/ag-test/quorum')).json();
        assert.equal(frozen.isFrozen, true);
        assert.equal(frozen.quorum.counted, 3);
        const late = individual(6);
        const added = await secretary.post('/api/assemblies/ag-test/attendance', {
          personId: late.personId,
          membershipId: late.membershipId,
          role: 'voting_member',
          status: 'present',
        });
        assert.equal(added.json().quorum.counted, 3, 'a late arrival does not change the frozen quorum');
        assert.equal(added.json().liveQuorum.counted, 4);
        assert.equal((await secretary.post('/api/assemblies/ag-test/open')).statusCode, 409);
      });
    });
  });
}
