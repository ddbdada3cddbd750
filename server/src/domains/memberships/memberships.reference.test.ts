import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

type Count = { category: string; status: string; count: number };

function count(summary: { counts: Count[] }, category: string, status: string): number {
  return summary.counts.find((entry) => entry.category === category && entry.status === status)!.count;
}

for (const engine of testEngines()) {
  describe(`the reference's memberships on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    before(async () => {
      test = await createTestApp(engine, 'demo');
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
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
  });
}
