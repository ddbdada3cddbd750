import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../../test/databases.ts';
import {
  createFeeGrid,
  createIndividualMember,
  createOrganisationMember,
  createUser,
} from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

type Count = { category: string; status: string; count: number };

function count(summary: { counts: Count[] }, category: string, status: string): number {
  return summary.counts.find((entry) => entry.category === category && entry.status === status)!.count;
}

for (const engine of testEngines()) {
  describe(`memberships and fees on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    let treasurer: ApiClient;
    before(async () => {
      test = await createTestApp(engine);
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      treasurer = test.client();
      await treasurer.signIn((await createUser(test.runtime, { role: 'treasurer' })).email);
    });
    after(() => test.close());

    it('changes when a membership’s status changes', async () => {
      await createFeeGrid(test.runtime, { year: 2021, fees: { legal_entity: 500_000 } });
      for (const name of ['Commune de Bellerive', 'Commune de Montclair'])
        await createOrganisationMember(test.runtime, { year: 2021, name, effectiveOn: '2021-01-15' });
      await createOrganisationMember(test.runtime, {
        year: 2021,
        name: 'Région des Hauts Plateaux',
        status: 'renewal_pending',
        effectiveOn: '2021-01-15',
      });
      const { memberships } = (
        await secretary.get('/api/memberships?year=2021&status=renewal_pending')
      ).json();
      const region = memberships.find(
        (membership: { memberName: string }) => membership.memberName === 'Région des Hauts Plateaux',
      );
      const changed = await secretary.post(`/api/memberships/${region.id}/status`, {
        status: 'validated',
        effectiveOn: '2021-06-20',
      });
      assert.equal(changed.statusCode, 200);
      assert.equal(changed.json().statusHistory.at(-1).status, 'validated');
      const summary = (await secretary.get('/api/memberships/summary?year=2021&at=2021-06-21')).json();
      assert.equal(count(summary, 'legal_entity', 'validated'), 3);
      assert.equal(summary.expected_income_cents.legal_entity, 1_500_000);
      const before = (await secretary.get('/api/memberships/summary?year=2021&at=2021-06-19')).json();
      assert.equal(count(before, 'legal_entity', 'validated'), 2, 'the day before, nothing changed');
    });

    it('records a fee call and payments, computes what is owed and issues a numbered PDF receipt', async () => {
      await createFeeGrid(test.runtime, { year: 2022, fees: { legal_entity: 500_000 } });
      await createOrganisationMember(test.runtime, { year: 2022, name: 'Ville de Valfleuri' });
      const { memberships } = (
        await secretary.get('/api/memberships?year=2022&category=legal_entity&status=validated')
      ).json();
      const town = memberships.find(
        (membership: { memberName: string }) => membership.memberName === 'Ville de Valfleuri',
      );
      assert.equal(town.feeCents, 500_000);
      assert.equal(town.owedCents, 500_000);
      assert.equal(
        (
          await treasurer.post(`/api/memberships/${town.id}/fee-calls`, {
            calledOn: '2022-01-09',
            dueOn: '2022-03-31',
          })
        ).statusCode,
        201,
      );
      const implausibles: [string, Record<string, unknown>, string][] = [
        ['paidOn', { paidOn: '9999-12-31' }, 'payment_date_out_of_range'],
        ['paidOn', { paidOn: '1800-01-01' }, 'payment_date_out_of_range'],
        ['amountCents', { amountCents: 10 ** 13 }, 'payment_too_large'],
      ];
      for (const [field, implausible, code] of implausibles) {
        const refused = await treasurer.post(`/api/memberships/${town.id}/payments`, {
          amountCents: 200_000,
          paidOn: '2022-02-06',
          method: 'cheque',
          ...implausible,
        });
        assert.equal(refused.statusCode, 400, JSON.stringify(implausible));
        const error = refused.json().errors.find((entry: { path: string }) => entry.path === `body.${field}`);
        assert.equal(error?.message, code, refused.body);
      }
      assert.equal((await treasurer.get(`/api/memberships/${town.id}`)).json().payments.length, 0);
      const paid = await treasurer.post(`/api/memberships/${town.id}/payments`, {
        amountCents: 200_000,
        paidOn: '2022-02-06',
        method: 'administrative_mandate',
        reference: 'Mandat 2022-0042',
      });
      assert.equal(paid.statusCode, 201);
      const detail = paid.json();
      assert.equal(detail.owedCents, 300_000);
      assert.match(detail.payments[0].receiptNumber, /^R2022-\d{5}$/);

      const unpaid = (await secretary.get('/api/memberships?year=2022&unpaid=true')).json().memberships;
      assert.ok(unpaid.some((membership: { id: string }) => membership.id === town.id));

      const receipt = await treasurer.get(`/api/payments/${detail.payments[0].id}/receipt.pdf`);
      assert.equal(receipt.statusCode, 200);
      assert.equal(receipt.headers['content-type'], 'application/pdf');
      assert.equal(receipt.rawPayload.subarray(0, 5).toString(), '%PDF-');
      assert.ok(receipt.rawPayload.length > 1000);
    });

    it('keeps the fee grid in cents and refuses a negative or fractional amount, naming the field', async () => {
      await createFeeGrid(test.runtime, { year: 2023, fees: { legal_entity: 500_000 } });
      const grid = (await secretary.get('/api/fee-grids/2023')).json();
      const legal = grid.entries.find((entry: { category: string }) => entry.category === 'legal_entity');
      assert.equal(legal.amountCents, 500_000);
      const negative = await treasurer.request('PUT', '/api/fee-grids/2024', {
        entries: [{ category: 'individual', amountCents: -4000 }],
      });
      assert.equal(negative.statusCode, 400);
      assert.equal(negative.json().errors[0].path, 'body.entries.0.amountCents');
      const fractional = await treasurer.request('PUT', '/api/fee-grids/2024', {
        entries: [{ category: 'individual', amountCents: 40.5 }],
      });
      assert.equal(fractional.statusCode, 400);
      const unknown = await treasurer.request('PUT', '/api/fee-grids/2024', {
        entries: [{ category: 'honorary', amountCents: 0 }],
      });
      assert.equal(unknown.statusCode, 400);
      assert.equal(unknown.json().errors[0].path, 'body.entries.0.category');
      assert.equal(
        (await secretary.get('/api/fee-grids/2024'))
          .json()
          .entries.every((entry: { amountCents: unknown }) => entry.amountCents === null),
        true,
        'nothing saved',
      );
      const saved = await treasurer.request('PUT', '/api/fee-grids/2024', {
        entries: [{ category: 'individual', amountCents: 5_000 }],
      });
      assert.equal(saved.statusCode, 200);
    });

    it('refuses an unknown category, a second membership for the year and a person in an organisation category', async () => {
      const member = await createIndividualMember(test.runtime, { year: 2025 });
      const personId = member.person.id;
      const unknown = await secretary.post('/api/memberships', {
        year: 2026,
        personId,
        category: 'honorary',
        status: 'validated',
        effectiveOn: '2026-01-10',
      });
      assert.equal(unknown.statusCode, 400);
      assert.equal(unknown.json().errors[0].path, 'body.category');
      const wrongKind = await secretary.post('/api/memberships', {
        year: 2026,
        personId,
        category: 'legal_entity',
        status: 'validated',
        effectiveOn: '2026-01-10',
      });
      assert.equal(wrongKind.statusCode, 400);
      const twice = await secretary.post('/api/memberships', {
        year: 2025,
        personId,
        category: 'individual',
        status: 'validated',
        effectiveOn: '2025-01-10',
      });
      assert.equal(twice.statusCode, 409);
      const badDate = await secretary.post('/api/memberships', {
        year: 2026,
        personId,
        category: 'individual',
        status: 'validated',
        effectiveOn: '2026-02-30',
      });
      assert.equal(badDate.statusCode, 400);
      assert.equal(badDate.json().errors[0].path, 'body.effectiveOn');
    });

    it('lets a treasurer record payments but not change the register', async () => {
      const created = await treasurer.post('/api/persons', { firstName: 'Test', lastName: 'Trésorier' });
      assert.equal(created.statusCode, 403);
    });
  });
}
