import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../../test/databases.ts';
import {
  createFeeCall,
  createFeeGrid,
  createIndividualMember,
  createPayment,
  createUser,
} from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

interface Detail {
  id: string;
  version: number;
  feeCents: number;
  paidCents: number;
  owedCents: number;
  calledOn: string | null;
  lastPaidOn: string | null;
  paymentCount: number;
  payments: { amountCents: number }[];
}

const cheque = { paidOn: '2023-03-05', method: 'cheque' };

// A payment is one write on one membership: up to what is owed, on the version it was typed on.
for (const engine of testEngines()) {
  describe(`recording a payment on ${engine}`, () => {
    let test: TestApp;
    let treasurer: ApiClient;
    let secretary: ApiClient;
    let member: ApiClient;
    let counter = 0;

    /** A member of 2023 whose 30 € fee was called on 3 February (the grid says 40 €). */
    async function calledMembership(): Promise<Detail> {
      counter += 1;
      const { membership } = await createIndividualMember(test.runtime, {
        year: 2023,
        lastName: `Payeur${counter}`,
      });
      return (await createFeeCall(test.runtime, {
        membershipId: membership.id,
        calledOn: '2023-02-03',
        amountCents: 3_000,
      })) as Detail;
    }

    const detail = async (id: string) => (await treasurer.get(`/api/memberships/${id}`)).json() as Detail;
    const pay = (client: ApiClient, id: string, body: Record<string, unknown>, headers = {}) =>
      client.request('POST', `/api/memberships/${id}/payments`, { ...cheque, ...body }, headers);

    before(async () => {
      test = await createTestApp(engine);
      await createFeeGrid(test.runtime, { year: 2023, fees: { individual: 4_000 } });
      treasurer = test.client();
      await treasurer.signIn((await createUser(test.runtime, { role: 'treasurer' })).email);
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      member = test.client();
      await member.signIn((await createUser(test.runtime, { role: 'member' })).email);
    });
    after(() => test.close());

    it('says when the fee was called and paid, and raises the version with each fact', async () => {
      const called = await calledMembership();
      assert.deepEqual(
        [called.feeCents, called.paidCents, called.owedCents, called.calledOn, called.lastPaidOn],
        [3_000, 0, 3_000, '2023-02-03', null],
      );
      assert.equal(called.version, 2, 'its first status and the call');
      const paid = await pay(
        treasurer,
        called.id,
        { amountCents: 1_000 },
        { 'if-match': `"${called.version}"` },
      );
      assert.equal(paid.statusCode, 201, paid.body);
      const after = paid.json() as Detail;
      assert.deepEqual(
        [after.paidCents, after.owedCents, after.lastPaidOn, after.paymentCount, after.version],
        [1_000, 2_000, '2023-03-05', 1, 3],
      );
      const listed = (await treasurer.get('/api/memberships?year=2023')).json().memberships as Detail[];
      assert.deepEqual(
        listed.filter((row) => row.id === called.id).map((row) => [row.owedCents, row.version]),
        [[2_000, 3]],
        'the list carries the same figures and version',
      );
    });

    it('refuses an amount of zero or less, naming the field, and records nothing', async () => {
      const called = await calledMembership();
      for (const amountCents of [0, -500]) {
        const refused = await pay(treasurer, called.id, { amountCents });
        assert.equal(refused.statusCode, 400, refused.body);
        const errors: { path: string; message: string }[] = refused.json().errors;
        assert.deepEqual([...new Set(errors.map((error) => error.path))], ['body.amountCents']);
        assert.ok(
          errors.some((error) => error.message === 'amount_not_positive'),
          refused.body,
        );
      }
      assert.equal((await detail(called.id)).payments.length, 0);
    });

    it('refuses more than is owed, saying how much is, then anything once all is paid', async () => {
      const called = await calledMembership();
      await createPayment(test.runtime, {
        membershipId: called.id,
        amountCents: 1_000,
        paidOn: '2023-03-01',
      });
      const above = await pay(treasurer, called.id, { amountCents: 2_001 });
      assert.equal(above.statusCode, 400, above.body);
      const [error] = above.json().errors;
      assert.equal(error.path, 'body.amountCents');
      assert.equal(error.message, 'payment_above_owed');
      assert.match(error.detail.replace(/\s/g, ' '), /reste dû \(20 €\)/);
      assert.equal((await detail(called.id)).paidCents, 1_000, 'nothing recorded');

      const rest = await pay(treasurer, called.id, { amountCents: 2_000 });
      assert.equal(rest.statusCode, 201, rest.body);
      assert.equal((rest.json() as Detail).owedCents, 0);
      const more = await pay(treasurer, called.id, { amountCents: 100 });
      assert.equal(more.statusCode, 400);
      assert.equal(more.json().errors[0].message, 'payment_nothing_owed');
      assert.equal((await detail(called.id)).payments.length, 2);
    });

    it('answers 404 for an unknown membership', async () => {
      const refused = await pay(treasurer, 'no-such-membership', { amountCents: 1_000 });
      assert.equal(refused.statusCode, 404);
      assert.equal(refused.json().code, 'membership_not_found');
    });

    it('refuses a payment typed on a stale version, with the membership as it now is', async () => {
      const called = await calledMembership();
      // Someone else records the same cheque first: the second entry is refused, not doubled.
      const first = await pay(
        secretary,
        called.id,
        { amountCents: 1_000 },
        { 'if-match': `"${called.version}"` },
      );
      assert.equal(first.statusCode, 201, first.body);
      const stale = await pay(
        treasurer,
        called.id,
        { amountCents: 1_000 },
        { 'if-match': `"${called.version}"` },
      );
      assert.equal(stale.statusCode, 409, stale.body);
      assert.equal(stale.json().code, 'stale_version');
      assert.equal(stale.json().current.version, called.version + 1);
      assert.equal(stale.json().current.owedCents, 2_000);
      assert.equal((await detail(called.id)).payments.length, 1, 'the stale payment was not recorded');
      const badHeader = await pay(treasurer, called.id, { amountCents: 1_000 }, { 'if-match': 'yesterday' });
      assert.equal(badHeader.statusCode, 400);
      assert.equal(badHeader.json().errors[0].path, 'headers.if-match');
    });

    it('takes two payments of what is owed at once only once', async () => {
      const called = await calledMembership();
      const answers = await Promise.all([
        pay(treasurer, called.id, { amountCents: 3_000 }),
        pay(secretary, called.id, { amountCents: 3_000 }),
      ]);
      assert.deepEqual(answers.map((answer) => answer.statusCode).sort(), [201, 400]);
      assert.equal((await detail(called.id)).paidCents, 3_000);
    });

    it('lets only those who keep the fees record one', async () => {
      const called = await calledMembership();
      assert.equal((await pay(member, called.id, { amountCents: 1_000 })).statusCode, 403);
      assert.equal((await pay(test.client(), called.id, { amountCents: 1_000 })).statusCode, 401);
      assert.equal((await member.get(`/api/memberships/${called.id}`)).statusCode, 403);
      assert.equal((await detail(called.id)).payments.length, 0);
    });
  });
}
