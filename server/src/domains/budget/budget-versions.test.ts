import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../../test/databases.ts';
import { createBudget, createUser } from '../../../test/factories.ts';
import type { ApiClient } from '../../../test/api-client.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { BudgetTableView } from '../../../../common/budget.schemas.ts';

for (const engine of testEngines()) {
  describe(`versions of a budget on ${engine}`, () => {
    let test: TestApp;
    let first: ApiClient;
    let second: ApiClient;
    before(async () => {
      test = await createTestApp(engine);
      await createBudget(test.runtime, {
        year: 2031,
        lines: [
          { accountCode: '613', label: 'Locations', side: 'charges', amount: '12 000', actual: '11 500' },
          {
            accountCode: '706',
            label: 'Interventions',
            side: 'products',
            amount: '12 000',
            actual: '11 500',
          },
        ],
      });
      first = test.client();
      await first.signIn((await createUser(test.runtime, { role: 'treasurer' })).email);
      second = test.client();
      await second.signIn((await createUser(test.runtime, { role: 'administrator' })).email);
    });
    after(() => test.close());

    async function read(client: ApiClient): Promise<{ table: BudgetTableView; etag: string }> {
      const response = await client.get('/api/budgets/2031');
      assert.equal(response.statusCode, 200, response.body);
      return { table: response.json(), etag: String(response.headers.etag) };
    }
    const cell = (table: BudgetTableView, label: string) =>
      table.rows.find((row) => row.label === label)!.cells.budget_2031!.computedCents;
    const lineId = (table: BudgetTableView, label: string) =>
      table.rows.find((row) => row.label === label)!.id;

    it('two staff change the same cell: the second is told what it now holds and nothing of theirs is saved', async () => {
      const seenByFirst = await read(first);
      const seenBySecond = await read(second);
      assert.equal(seenByFirst.etag, `"${seenByFirst.table.version}"`);
      const id = lineId(seenByFirst.table, 'Locations');

      const saved = await first.request(
        'PATCH',
        '/api/budgets/2031',
        { amounts: [{ lineId: id, column: 'budget_2031', amount: '13 000' }] },
        { 'if-match': seenByFirst.etag },
      );
      assert.equal(saved.statusCode, 200, saved.body);
      assert.equal(saved.json().version, seenByFirst.table.version + 1);

      const stale = await second.request(
        'PATCH',
        '/api/budgets/2031',
        {
          amounts: [
            { lineId: id, column: 'budget_2031', amount: '14 500' },
            { lineId: lineId(seenBySecond.table, 'Interventions'), column: 'budget_2031', amount: '14 500' },
          ],
        },
        { 'if-match': seenBySecond.etag },
      );
      assert.equal(stale.statusCode, 409, stale.body);
      const problem = stale.json();
      assert.equal(problem.code, 'stale_version');
      assert.equal(
        cell(problem.current, 'Locations'),
        1_300_000,
        'the problem carries the budget as it now is',
      );
      const now = (await read(first)).table;
      assert.equal(cell(now, 'Locations'), 1_300_000, 'the first change stays');
      assert.equal(cell(now, 'Interventions'), 1_200_000, 'a stale edit saves none of its cells');

      const reapplied = await second.request(
        'PATCH',
        '/api/budgets/2031',
        { amounts: [{ lineId: lineId(now, 'Interventions'), column: 'budget_2031', amount: '13 000' }] },
        { 'if-match': `"${problem.current.version}"` },
      );
      assert.equal(reapplied.statusCode, 200, reapplied.body);
      assert.equal(cell(reapplied.json(), 'Locations'), 1_300_000);
      assert.equal(cell(reapplied.json(), 'Interventions'), 1_300_000);
    });

    it('of two edits sent at once on the same version, one is saved and the other refused', async () => {
      const { table, etag } = await read(first);
      const id = lineId(table, 'Locations');
      const answers = await Promise.all(
        [first, second].map((client, index) =>
          client.request(
            'PATCH',
            '/api/budgets/2031',
            { amounts: [{ lineId: id, column: 'budget_2031', amount: String(20_000 + index) }] },
            { 'if-match': etag },
          ),
        ),
      );
      assert.deepEqual(answers.map((answer) => answer.statusCode).sort(), [200, 409]);
      assert.equal((await read(first)).table.version, table.version + 1);
    });
  });
}
