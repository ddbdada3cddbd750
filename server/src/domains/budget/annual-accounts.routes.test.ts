import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AnnualAccountsView } from '../../../../common/annual-accounts.schemas.ts';
import type { BudgetTableView } from '../../../../common/budget.schemas.ts';
import { testEngines } from '../../../test/databases.ts';
import { createAnnualAccounts, createBudget, createUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

for (const engine of testEngines()) {
  describe(`annual accounts on ${engine}`, () => {
    let test: TestApp;
    let treasurer: ApiClient;
    let secretary: ApiClient;
    let member: ApiClient;
    before(async () => {
      test = await createTestApp(engine);
      // The 2017 budget beside the 2016 actual, and the 2016 accounts agreeing with it (9 550 €).
      await createBudget(test.runtime, {
        year: 2017,
        lines: [
          { accountCode: '706', label: 'Interventions', side: 'products', actual: '89 550' },
          { accountCode: '741', label: 'Subvention de l’État', side: 'products', actual: '150 000' },
          { accountCode: '756', label: 'Cotisations des membres', side: 'products', actual: '30 000' },
          { accountCode: '641', label: 'Salaires', side: 'charges', actual: '260 000' },
        ],
      });
      await createAnnualAccounts(test.runtime, {
        year: 2016,
        result: '9 550',
        shares: [
          { label: 'Subventions', accounts: '74' },
          { label: 'Interventions, formations', accounts: '706' },
        ],
      });
      treasurer = test.client();
      await treasurer.signIn((await createUser(test.runtime, { role: 'treasurer' })).email);
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      member = test.client();
      await member.signIn((await createUser(test.runtime, { role: 'member' })).email);
    });
    after(() => test.close());

    const accounts = async (year = 2016): Promise<AnnualAccountsView> => {
      const response = await secretary.get(`/api/annual-accounts/${year}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json();
    };
    const actual2016 = async () => {
      const budget: BudgetTableView = (await secretary.get('/api/budgets/2017')).json();
      return budget.rows.filter((row) => !row.isSubtotal);
    };

    it('follows an edit of the 2016 actual: the share and the result move, the disagreement shows', async () => {
      const before = await accounts();
      const lines = await actual2016();
      const interventions = lines.find((row) => row.label === 'Interventions')!;
      const edit = await treasurer.request('PATCH', '/api/budgets/2017', {
        amounts: [{ lineId: interventions.id, column: 'actual_2016', amount: '99 550' }],
      });
      assert.equal(edit.statusCode, 200, edit.body);
      const after = await accounts();
      assert.equal(after.actual!.productsCents, before.actual!.productsCents + 1_000_000);
      assert.equal(after.actual!.resultCents, before.actual!.resultCents + 1_000_000);
      assert.equal(after.resultAgrees, false);
      const share = (view: AnnualAccountsView) =>
        view.shares.find((entry) => entry.label === 'Interventions, formations')!;
      assert.ok(share(after).shareTenths! > share(before).shareTenths!);
      await treasurer.request('PATCH', '/api/budgets/2017', {
        amounts: [{ lineId: interventions.id, column: 'actual_2016', amount: '89 550' }],
      });
      assert.equal((await accounts()).resultAgrees, true);
    });

    it('records a year’s accounts whole, refuses bad amounts and codes naming the field, and keeps roles', async () => {
      const body = {
        result: '12 500,50',
        equity: '190 638,50',
        balanceSheetTotal: '900 000',
        notes: 'Exercice bénéficiaire.',
        shares: [{ label: 'Subventions', accounts: '74' }],
      };
      const refused = await treasurer.request('PUT', '/api/annual-accounts/2017', {
        ...body,
        balanceSheetTotal: '-3',
        shares: [{ label: 'Subventions', accounts: 'soixante' }],
      });
      assert.equal(refused.statusCode, 400, refused.body);
      assert.deepEqual(
        refused.json().errors.map((error: { path: string }) => error.path),
        ['body.balanceSheetTotal', 'body.shares.0.accounts'],
      );
      assert.equal((await secretary.get('/api/annual-accounts/2017')).statusCode, 404);
      const decimals = await treasurer.request('PUT', '/api/annual-accounts/2017', {
        ...body,
        equity: '1,234',
      });
      assert.equal(decimals.statusCode, 400);
      assert.equal(decimals.json().errors[0].path, 'body.equity');
      assert.equal((await secretary.request('PUT', '/api/annual-accounts/2017', body)).statusCode, 403);
      assert.equal((await member.get('/api/annual-accounts/2016')).statusCode, 403);

      const saved = await treasurer.request('PUT', '/api/annual-accounts/2017', body);
      assert.equal(saved.statusCode, 200, saved.body);
      const view: AnnualAccountsView = saved.json();
      assert.equal(view.recorded!.resultCents, 1_250_050);
      assert.equal(view.recorded!.equityCents, 19_063_850);
      assert.equal(view.actual, null);
      assert.equal(view.shares[0]!.amountCents, null);
      assert.deepEqual((await secretary.get('/api/annual-accounts')).json(), { years: [2017, 2016] });
    });
  });
}
