import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AnnualAccountsView } from '../../../../common/annual-accounts.schemas.ts';
import type { BudgetTableView } from '../../../../common/budget.schemas.ts';
import { testEngines } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

for (const engine of testEngines()) {
  describe(`the reference's annual accounts on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    before(async () => {
      test = await createTestApp(engine, 'demo');
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
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

    it('states the 2016 accounts of the reference, the result agreeing with the actual’s lines', async () => {
      const view = await accounts();
      assert.deepEqual(view.recorded && { ...view.recorded, notes: null }, {
        resultCents: -1_407_100,
        equityCents: 17_813_800,
        balanceSheetTotalCents: 174_274_000,
        notes: null,
      });
      assert.match(view.recorded!.notes!, /Europ’act \(53 993 €\)/);
      // Products and charges are the sums of the 2016 actual's lines, the loss line left out.
      const lines = await actual2016();
      const sum = (side: 'charges' | 'products') =>
        lines
          .filter((row) => row.side === side && !row.isResult)
          .reduce((total, row) => total + (row.cells.actual_2016?.computedCents ?? 0), 0);
      assert.equal(view.actual!.productsCents, sum('products'));
      assert.equal(view.actual!.chargesCents, sum('charges'));
      assert.equal(view.actual!.resultCents, sum('products') - sum('charges'));
      assert.equal(view.actual!.resultCents, view.recorded!.resultCents);
      assert.equal(view.resultAgrees, true);
      const reversal = lines.find((row) => row.label === 'Reprise provision pour risque')!;
      assert.equal(view.actual!.provisionReversalCents, reversal.cells.actual_2016!.computedCents);
      assert.equal(view.actual!.provisionReversalCents, 5_399_300);
    });

    it('computes the shares of products the reference states: over 60 % of grants, about 12 % each', async () => {
      const view = await accounts();
      const share = (label: string) => view.shares.find((entry) => entry.label === label)!;
      const grants = share('Subventions et mécénat');
      assert.deepEqual(grants.accounts, ['74']);
      assert.ok(grants.shareTenths! > 600, grants.share);
      for (const label of ['Adhésions', 'Interventions, formations']) {
        // "12 %" as the reference prints it: whole percent, the tenths dropped.
        assert.equal(Math.trunc(share(label).shareTenths! / 10), 12, share(label).share);
      }
      const lines = await actual2016();
      const grantLines = lines.filter((row) => row.side === 'products' && row.accountCode.startsWith('74'));
      assert.equal(
        grants.amountCents,
        grantLines.reduce((total, row) => total + (row.cells.actual_2016?.computedCents ?? 0), 0),
      );
      assert.equal(grants.share, '61,8\u202f%');
    });
  });
}
