import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BudgetTableView } from '../../../../common/budget.schemas.ts';
import type { ApiClient } from '../../../test/api-client.ts';
import { testEngines } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

const english = { 'accept-language': 'en-GB,en;q=0.9' };

for (const engine of testEngines()) {
  describe(`the budget's refusals in English on ${engine}`, () => {
    let test: TestApp;
    let treasurer: ApiClient;
    const send = (method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown) =>
      treasurer.request(method, url, body, english);

    before(async () => {
      test = await createTestApp(engine);
      treasurer = test.client();
      await treasurer.signIn((await createUser(test.runtime, { role: 'treasurer' })).email);
    });
    after(() => test.close());

    it('words each refusal in English, its figures filled in, French when nothing is asked', async () => {
      const missing = await send('GET', '/api/budgets/2031');
      assert.equal(missing.statusCode, 404);
      assert.equal(missing.json().detail, 'No budget for 2031.');
      assert.equal((await treasurer.get('/api/budgets/2031')).json().detail, 'Budget 2031 introuvable.');

      const orphan = await send('POST', '/api/budgets', { year: 2030, from: 'previous' });
      assert.equal(orphan.statusCode, 400);
      assert.equal(orphan.json().detail, 'There is no 2029 budget to copy: create an empty budget.');

      const created = await send('POST', '/api/budgets', { year: 2030, from: 'empty' });
      assert.equal(created.statusCode, 201, created.body);
      const again = await send('POST', '/api/budgets', { year: 2030, from: 'empty' });
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().detail, 'The 2030 budget already exists.');

      const line = (created.json() as BudgetTableView).rows[0]!;
      const typo = await send('PATCH', '/api/budgets/2030', {
        amounts: [{ lineId: line.id, column: 'budget_2030', amount: 'two thousand' }],
      });
      assert.equal(typo.statusCode, 400);
      assert.equal(
        typo.json().detail,
        'Nothing was saved: one value is refused (body.amounts.0.amount: This is not an amount: write for example “1,124,849” or “12.50”.).',
      );

      const fte = await send('POST', '/api/staff/figures', { onDay: '2030-01-01', fte: 'lots' });
      assert.equal(fte.statusCode, 400);
      assert.equal(
        fte.json().detail,
        'Nothing was saved: body.fte is not a number of FTE (for example “8.64”).',
      );
    });
  });
}
