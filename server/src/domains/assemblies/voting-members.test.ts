import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../../test/databases.ts';
import {
  createFeeGrid,
  createIndividualMember,
  createPayment,
  createPerson,
  createStatutes,
} from '../../../test/factories.ts';
import { createTestRuntime, type TestRuntime } from '../../../test/test-runtime.ts';
import { createMembership } from '../memberships/memberships.service.ts';
import { addRate } from '../memberships/rates.service.ts';
import { requireStatutes } from './statutes.service.ts';
import { listVotingMembers } from './voting-members.ts';

for (const engine of testEngines()) {
  describe(`members up to date with their fee on ${engine}`, () => {
    let test: TestRuntime;
    before(async () => {
      test = await createTestRuntime(engine);
    });
    after(() => test.close());

    it('counts a membership at a free rate as up to date without a payment, and an unpaid full rate not', async () => {
      const context = test.runtime;
      await createStatutes(context, { requiresFeePaid: true });
      await createFeeGrid(context, { year: 2025, fees: { individual: 2_000 } });
      const { rates } = await addRate(context, {
        actor: null,
        year: 2025,
        input: {
          category: 'individual',
          kind: 'free',
          amountCents: 0,
          conditionsFr: 'membres d’honneur',
          conditionsEn: null,
        },
      }).then((year) => ({ rates: year.categories.flatMap((entry) => entry.rates) }));
      const free = rates.find((rate) => rate.kind === 'free')!;
      const honorary = await createPerson(context, { firstName: 'Anne', lastName: 'Honneur' });
      await createMembership(context, {
        actor: null,
        membership: {
          year: 2025,
          category: 'individual',
          status: 'validated',
          effectiveOn: '2025-01-10',
          personId: honorary.id,
          rateKind: 'free',
          rateId: free.id,
        },
      });
      const paid = await createIndividualMember(context, { year: 2025, firstName: 'Paul', lastName: 'Payé' });
      await createPayment(context, {
        membershipId: paid.membership.id,
        amountCents: 2_000,
        paidOn: '2025-02-01',
      });
      await createIndividualMember(context, { year: 2025, firstName: 'Noé', lastName: 'Impayé' });

      const statutes = await requireStatutes(context.database.db, '2025-06-14');
      const voters = await listVotingMembers(context.database.db, {
        year: 2025,
        day: '2025-06-14',
        statutes,
      });
      assert.deepEqual(voters.map((voter) => voter.memberName).sort(), ['Anne Honneur', 'Paul Payé']);
    });
  });
}
