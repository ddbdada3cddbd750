import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadDemo } from '../../db/seed/demo.ts';
import { testEngines } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
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
      await loadDemo(test.runtime.database.db);
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      treasurer = test.client();
      await treasurer.signIn((await createUser(test.runtime, { role: 'treasurer' })).email);
    });
    after(() => test.close());

    it('reproduces the reference on 21 June 2017: 20 + 6 authorities, 3 cross-memberships, 16 + 36 individuals', async () => {
      const summary = (await secretary.get('/api/memberships/summary?year=2017&at=2017-06-21')).json();
      assert.equal(count(summary, 'legal_entity', 'validated'), 20);
      assert.equal(
        count(summary, 'legal_entity', 'validation_pending') +
          count(summary, 'legal_entity', 'renewal_pending'),
        6,
      );
      assert.equal(count(summary, 'cross_membership', 'validated'), 2);
      assert.equal(count(summary, 'cross_membership', 'in_preparation'), 1);
      assert.equal(count(summary, 'individual', 'validated'), 16);
      assert.equal(count(summary, 'individual', 'validation_pending'), 36);
      assert.deepEqual(summary.expected_income_cents, {
        legal_entity: 10_000_000,
        individual: 64_000,
        qualified_person: 0,
        cross_membership: 0,
      });
    });

    it('names the members as the reference does', async () => {
      const { memberships } = (
        await secretary.get('/api/memberships?year=2017&category=legal_entity')
      ).json();
      const names = memberships.map((membership: { memberName: string }) => membership.memberName);
      for (const name of [
        'Ville de Paris',
        'Communauté urbaine de Dunkerque',
        'IFORE',
        'Région Réunion',
        'Région Grand Est',
      ]) {
        assert.ok(names.includes(name), `${name} is a 2017 member`);
      }
      const cross = (await secretary.get('/api/memberships?year=2017&category=cross_membership')).json()
        .memberships;
      assert.deepEqual(cross.map((membership: { memberName: string }) => membership.memberName).sort(), [
        'Cap Digital',
        'Démocratie Ouverte',
        'FING',
      ]);
    });

    it('reads the status as it stood on the day asked', async () => {
      const later = (await secretary.get('/api/memberships/summary?year=2017&at=2017-12-31')).json();
      assert.equal(
        count(later, 'legal_entity', 'validated'),
        22,
        'Gironde and Nouvelle-Aquitaine validated after June',
      );
      assert.equal(count(later, 'individual', 'validated'), 18);
    });

    it('changes when a membership’s status changes', async () => {
      const { memberships } = (
        await secretary.get('/api/memberships?year=2017&status=renewal_pending')
      ).json();
      const reunion = memberships.find(
        (membership: { memberName: string }) => membership.memberName === 'Région Réunion',
      );
      const changed = await secretary.post(`/api/memberships/${reunion.id}/status`, {
        status: 'validated',
        effectiveOn: '2017-06-20',
      });
      assert.equal(changed.statusCode, 200);
      assert.equal(changed.json().statusHistory.at(-1).status, 'validated');
      const summary = (await secretary.get('/api/memberships/summary?year=2017&at=2017-06-21')).json();
      assert.equal(count(summary, 'legal_entity', 'validated'), 21);
      assert.equal(summary.expected_income_cents.legal_entity, 10_500_000);
      const before = (await secretary.get('/api/memberships/summary?year=2017&at=2017-06-19')).json();
      assert.equal(count(before, 'legal_entity', 'validated'), 20, 'the day before, nothing changed');
    });

    it('records a fee call and payments, computes what is owed and issues a numbered PDF receipt', async () => {
      const { memberships } = (
        await secretary.get('/api/memberships?year=2017&category=legal_entity&status=validated')
      ).json();
      const paris = memberships.find(
        (membership: { memberName: string }) => membership.memberName === 'Ville de Paris',
      );
      assert.equal(paris.feeCents, 500_000);
      assert.equal(paris.owedCents, 500_000);
      assert.equal(
        (
          await treasurer.post(`/api/memberships/${paris.id}/fee-calls`, {
            calledOn: '2017-01-09',
            dueOn: '2017-03-31',
          })
        ).statusCode,
        201,
      );
      const paid = await treasurer.post(`/api/memberships/${paris.id}/payments`, {
        amountCents: 200_000,
        paidOn: '2017-02-06',
        method: 'administrative_mandate',
        reference: 'Mandat 2017-0042',
      });
      assert.equal(paid.statusCode, 201);
      const detail = paid.json();
      assert.equal(detail.owedCents, 300_000);
      assert.match(detail.payments[0].receiptNumber, /^R2017-\d{5}$/);

      const unpaid = (await secretary.get('/api/memberships?year=2017&unpaid=true')).json().memberships;
      assert.ok(unpaid.some((membership: { id: string }) => membership.id === paris.id));

      const receipt = await treasurer.get(`/api/payments/${detail.payments[0].id}/receipt.pdf`);
      assert.equal(receipt.statusCode, 200);
      assert.equal(receipt.headers['content-type'], 'application/pdf');
      assert.equal(receipt.rawPayload.subarray(0, 5).toString(), '%PDF-');
      assert.ok(receipt.rawPayload.length > 1000);
    });

    it('keeps the fee grid in cents and refuses a negative or fractional amount, naming the field', async () => {
      const grid = (await secretary.get('/api/fee-grids/2017')).json();
      const legal = grid.entries.find((entry: { category: string }) => entry.category === 'legal_entity');
      assert.equal(legal.amountCents, 500_000);
      const negative = await treasurer.request('PUT', '/api/fee-grids/2018', {
        entries: [{ category: 'individual', amountCents: -4000 }],
      });
      assert.equal(negative.statusCode, 400);
      assert.equal(negative.json().errors[0].path, 'body.entries.0.amountCents');
      const fractional = await treasurer.request('PUT', '/api/fee-grids/2018', {
        entries: [{ category: 'individual', amountCents: 40.5 }],
      });
      assert.equal(fractional.statusCode, 400);
      const unknown = await treasurer.request('PUT', '/api/fee-grids/2018', {
        entries: [{ category: 'honorary', amountCents: 0 }],
      });
      assert.equal(unknown.statusCode, 400);
      assert.equal(unknown.json().errors[0].path, 'body.entries.0.category');
      assert.equal(
        (await secretary.get('/api/fee-grids/2018'))
          .json()
          .entries.every((entry: { amountCents: unknown }) => entry.amountCents === null),
        true,
        'nothing saved',
      );
      const saved = await treasurer.request('PUT', '/api/fee-grids/2018', {
        entries: [{ category: 'individual', amountCents: 5_000 }],
      });
      assert.equal(saved.statusCode, 200);
    });

    it('refuses an unknown category, a second membership for the year and a person in an organisation category', async () => {
      const { persons } = (await secretary.get('/api/persons?q=kaplan')).json();
      const kaplan = persons[0].id;
      const unknown = await secretary.post('/api/memberships', {
        year: 2018,
        personId: kaplan,
        category: 'honorary',
        status: 'validated',
        effectiveOn: '2018-01-10',
      });
      assert.equal(unknown.statusCode, 400);
      assert.equal(unknown.json().errors[0].path, 'body.category');
      const wrongKind = await secretary.post('/api/memberships', {
        year: 2018,
        personId: kaplan,
        category: 'legal_entity',
        status: 'validated',
        effectiveOn: '2018-01-10',
      });
      assert.equal(wrongKind.statusCode, 400);
      const twice = await secretary.post('/api/memberships', {
        year: 2017,
        personId: kaplan,
        category: 'individual',
        status: 'validated',
        effectiveOn: '2017-01-10',
      });
      assert.equal(twice.statusCode, 409);
      const badDate = await secretary.post('/api/memberships', {
        year: 2018,
        personId: kaplan,
        category: 'individual',
        status: 'validated',
        effectiveOn: '2018-02-30',
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
