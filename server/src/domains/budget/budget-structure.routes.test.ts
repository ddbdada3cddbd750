import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { testEngines } from '../../../test/databases.ts';
import {
  createBudget,
  createBudgetColumn,
  createOrganisation,
  createSpecialBudgetLine,
  createUser,
} from '../../../test/factories.ts';
import { countRows } from '../../../test/inspect.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';
import type { BudgetTableView } from '../../../../common/budget.schemas.ts';
import { chartOfAccounts } from '../../../../common/chart-of-accounts.ts';

for (const engine of testEngines()) {
  describe(`budget lines and new years on ${engine}`, () => {
    let test: TestApp;
    let treasurer: ApiClient;
    let secretary: ApiClient;
    // Each test starts from an empty database: the budgets it lists are its own.
    beforeEach(async () => {
      test = await createTestApp(engine);
      treasurer = test.client();
      await treasurer.signIn((await createUser(test.runtime, { role: 'treasurer' })).email);
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
    });
    afterEach(() => test.close());

    const table = async (year: number): Promise<BudgetTableView> => {
      const response = await secretary.get(`/api/budgets/${year}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json();
    };
    const byLabel = (budget: BudgetTableView, label: string) =>
      budget.rows.find((entry) => entry.label === label)!;
    const familyOf = (budget: BudgetTableView, code: string) =>
      budget.rows.find((row) => row.accountCode === code && row.level === 0)!;
    /** A year's budget with an ordinary line, a funder's line, a fee line and last year's result. */
    const budgetWithEveryKindOfLine = async (year: number) => {
      let budget = await createBudget(test.runtime, {
        year,
        lines: [
          { accountCode: '613', label: 'Locations', side: 'charges', amount: '12 000' },
          { accountCode: '641', label: 'Salaires', side: 'charges', amount: '80 000' },
          { accountCode: '741', label: 'Subvention de l’État', side: 'products', amount: '60 000' },
        ],
      });
      const funder = await createOrganisation(test.runtime, {
        name: 'Fondation des Tilleuls',
        kind: 'association',
      });
      await createSpecialBudgetLine(test.runtime, {
        year,
        parentId: familyOf(budget, '74').id,
        side: 'products',
        accountCode: '7491',
        label: 'Fondation des Tilleuls',
        funderOrganisationId: funder.id,
      });
      await createSpecialBudgetLine(test.runtime, {
        year,
        parentId: familyOf(budget, '75').id,
        side: 'products',
        accountCode: '756',
        label: 'Adhésions des communes',
        fee: { category: 'legal_entity', count: 20 },
      });
      await createSpecialBudgetLine(test.runtime, {
        year,
        parentId: null,
        side: 'products',
        accountCode: '129',
        label: `Résultat ${year - 1} (perte)`,
        isResult: true,
      });
      budget = await table(year);
      return budget;
    };
    const shape = (budget: BudgetTableView) =>
      budget.rows.map((row) => {
        const parent = budget.rows.find((entry) => entry.id === row.parentId);
        return `${row.side}|${parent?.accountCode ?? '-'}|${row.accountCode}|${row.label}|${row.level}`;
      });

    it('creates next year’s budget from this one: lines and structure, fee lines, no result line', async () => {
      const source = await budgetWithEveryKindOfLine(2017);
      const response = await treasurer.post('/api/budgets', { year: 2018, from: 'previous' });
      assert.equal(response.statusCode, 201, response.body);
      const created: BudgetTableView = response.json();
      assert.equal(created.title, 'Budget prévisionnel 2018');
      assert.deepEqual(
        created.columns.map((column) => [column.key, column.kind, column.year, column.declaredChargesCents]),
        [
          ['budget_2018', 'forecast', 2018, null],
          ['actual_2017', 'actual', 2017, null],
        ],
      );
      assert.deepEqual(
        shape(created),
        shape(source).filter((entry) => !entry.includes('Résultat 2016')),
        'every line but the 2016 result, in the same place',
      );
      assert.ok(source.rows.some((row) => row.isResult));
      assert.ok(!created.rows.some((row) => row.isResult));
      const fee = created.rows.find((row) => row.fee?.category === 'legal_entity')!;
      assert.equal(fee.fee!.forecastCount, 20);
      const foundation = byLabel(created, 'Fondation des Tilleuls');
      assert.equal(foundation.funder?.name, 'Fondation des Tilleuls');
      // No actual of 2017 is recorded anywhere: the column is blank, and so is the forecast.
      assert.ok(
        created.rows
          .filter((row) => !row.isSubtotal && !row.fee)
          .every((row) => row.cells.budget_2018!.computedCents === null),
      );
      assert.equal(created.columns[1]!.chargesCents, 0);
      assert.deepEqual(
        (await secretary.get('/api/budgets')).json().budgets.map((entry: { year: number }) => entry.year),
        [2018, 2017],
      );
    });

    it('refuses a year that exists and a copy with no previous budget, creating nothing', async () => {
      await createBudget(test.runtime, { year: 2018 });
      const again = await treasurer.post('/api/budgets', { year: 2018, from: 'empty' });
      assert.equal(again.statusCode, 409);
      assert.deepEqual(again.json().errors, [{ path: 'body.year', message: 'budget_exists' }]);
      const orphan = await treasurer.post('/api/budgets', { year: 2030, from: 'previous' });
      assert.equal(orphan.statusCode, 400);
      assert.deepEqual(orphan.json().errors, [{ path: 'body.from', message: 'no_previous_budget' }]);
      assert.match(orphan.json().detail, /pas de budget 2029/);
      assert.equal((await secretary.get('/api/budgets/2030')).statusCode, 404);
      assert.equal((await secretary.post('/api/budgets', { year: 2031, from: 'empty' })).statusCode, 403);
    });

    it('creates an empty budget with the chart’s families, and the previous actual where a budget holds it', async () => {
      const budget2018 = await createBudget(test.runtime, {
        year: 2018,
        lines: [{ accountCode: '613', label: 'Locations', side: 'charges', amount: '12 000' }],
      });
      // The 2018 actual, as if typed in the 2018 budget when the year closed.
      const top61 = familyOf(budget2018, '61');
      const locations = byLabel(budget2018, 'Locations');
      await createBudgetColumn(test.runtime, {
        year: 2018,
        key: 'actual_2018',
        label: '2018 réalisé',
        kind: 'actual',
        position: 2,
        amounts: [
          { lineId: locations.id, amountCents: 12_345_600 },
          { lineId: top61.id, amountCents: 99_900 }, // a declared subtotal is not an actual line: not copied
        ],
      });
      const copied: BudgetTableView = (
        await treasurer.post('/api/budgets', { year: 2019, from: 'previous' })
      ).json();
      assert.equal(byLabel(copied, 'Locations').cells.actual_2018!.computedCents, 12_345_600);
      const family = copied.rows.find((row) => row.accountCode === '61' && row.level === 0)!;
      assert.equal(family.cells.actual_2018!.declaredCents, null);
      assert.equal(copied.columns[1]!.chargesCents, 12_345_600);

      const empty = await treasurer.post('/api/budgets', { year: 2016, from: 'empty' });
      assert.equal(empty.statusCode, 201, empty.body);
      const families = chartOfAccounts.filter(
        (account) => account.parent === null && !['120', '129'].includes(account.code),
      );
      assert.deepEqual(
        (empty.json() as BudgetTableView).rows.map((row) => [row.side, row.accountCode, row.level]),
        families.map((account) => [account.side, account.code, 0]),
      );
    });

    it('adds a line under a subtotal, checked against the chart, and its subtotal follows', async () => {
      const before = await createBudget(test.runtime, {
        year: 2017,
        lines: [{ accountCode: '741', label: 'Subvention de l’État', side: 'products', amount: '60 000' }],
      });
      const grants = before.rows.find((row) => row.accountCode === '74' && row.level === 0)!;
      const added = await treasurer.post('/api/budgets/2017/lines', {
        parentId: grants.id,
        accountCode: '7491',
        label: 'Fondation des Tilleuls',
      });
      assert.equal(added.statusCode, 201, added.body);
      let budget: BudgetTableView = added.json();
      const line = byLabel(budget, 'Fondation des Tilleuls');
      assert.equal(line.parentId, grants.id);
      assert.equal(line.side, 'products');
      assert.equal(
        budget.rows.filter((row) => row.parentId === grants.id).at(-1)!.id,
        line.id,
        'placed last',
      );
      budget = (
        await treasurer.request('PATCH', '/api/budgets/2017', {
          amounts: [{ lineId: line.id, column: 'budget_2017', amount: '10 000' }],
        })
      ).json();
      const family = (view: BudgetTableView) =>
        view.rows.find((row) => row.id === grants.id)!.cells.budget_2017!;
      assert.equal(family(budget).computedCents, family(before).computedCents! + 1_000_000);
      assert.equal(budget.columns[0]!.productsCents, before.columns[0]!.productsCents + 1_000_000);

      // A standard code takes its label from the chart when none is given.
      const state = await treasurer.post('/api/budgets/2017/lines', {
        parentId: grants.id,
        accountCode: '747',
        label: '',
      });
      assert.equal(state.statusCode, 201, state.body);
      assert.ok(
        (state.json() as BudgetTableView).rows.some(
          (row) => row.parentId === grants.id && row.label === 'Fonds européens',
        ),
      );
    });

    it('refuses a line that does not fit, naming the field, and adds nothing', async () => {
      const before = await budgetWithEveryKindOfLine(2017);
      const grants = before.rows.find((row) => row.accountCode === '74' && row.level === 0)!;
      const fee = before.rows.find((row) => row.fee)!;
      const cases: [unknown, string, string][] = [
        [
          { parentId: grants.id, accountCode: '625', label: 'Déplacements' },
          'body.accountCode',
          'wrong_side',
        ],
        [{ parentId: grants.id, accountCode: '991', label: 'Rien' }, 'body.accountCode', 'unknown_account'],
        [
          { parentId: null, side: 'charges', accountCode: '625', label: 'Déplacements' },
          'body.accountCode',
          'not_a_family',
        ],
        [{ parentId: null, accountCode: '65', label: '' }, 'body.side', 'required'],
        [{ parentId: 'nope', accountCode: '7491', label: 'X' }, 'body.parentId', 'unknown_line'],
        [{ parentId: fee.id, accountCode: '756', label: 'X' }, 'body.parentId', 'fee_line'],
        [
          { parentId: grants.id, accountCode: '7491', label: 'fondation des tilleuls' },
          'body.label',
          'duplicate_line',
        ],
        [{ parentId: grants.id, accountCode: '7491', label: '' }, 'body.label', 'required'],
        [{ parentId: grants.id, accountCode: '74a', label: 'X' }, 'body.accountCode', 'account_code_digits'],
      ];
      for (const [body, path, message] of cases) {
        const response = await treasurer.post('/api/budgets/2017/lines', body);
        assert.equal(response.statusCode, 400, JSON.stringify(body));
        const problem = response.json();
        assert.equal(problem.errors[0].path, path, JSON.stringify(problem));
        assert.equal(problem.errors[0].message, message, JSON.stringify(problem));
      }
      assert.deepEqual(await table(2017), before);
    });

    it('removes a line without lines beneath it, and refuses one with lines beneath it', async () => {
      const before = await createBudget(test.runtime, {
        year: 2017,
        lines: [
          { accountCode: '613', label: 'Locations', side: 'charges', amount: '12 000' },
          { accountCode: '616', label: 'Assurances', side: 'charges', amount: '1 500' },
          { accountCode: '7491', label: 'Fondation des Tilleuls', side: 'products', amount: '10 000' },
        ],
      });
      const services = before.rows.find((row) => row.accountCode === '61' && row.level === 0)!;
      const refused = await treasurer.request('DELETE', `/api/budgets/2017/lines/${services.id}`);
      assert.equal(refused.statusCode, 409);
      assert.deepEqual(refused.json().errors, [{ path: 'params.lineId', message: 'has_lines_beneath' }]);
      assert.match(refused.json().detail, /a \d+ lignes en dessous\u202f: supprimez-les d’abord/);
      const line = byLabel(before, 'Fondation des Tilleuls');
      const removed = await treasurer.request('DELETE', `/api/budgets/2017/lines/${line.id}`);
      assert.equal(removed.statusCode, 200, removed.body);
      const after: BudgetTableView = removed.json();
      assert.equal(after.rows.length, before.rows.length - 1);
      assert.equal(after.columns[0]!.productsCents, before.columns[0]!.productsCents - 1_000_000);
      assert.equal(await countRows(test.runtime.database, 'budget_amounts', { line_id: line.id }), 0);
      assert.equal((await treasurer.request('DELETE', `/api/budgets/2017/lines/${line.id}`)).statusCode, 404);
      assert.equal(
        (await secretary.request('DELETE', `/api/budgets/2017/lines/${services.id}`)).statusCode,
        403,
      );
    });

    it('edits a declared subtotal, a declared total and a fee count in one save', async () => {
      await budgetWithEveryKindOfLine(2017);
      const before: BudgetTableView = (
        await treasurer.post('/api/budgets', { year: 2018, from: 'previous' })
      ).json();
      const family = before.rows.find((row) => row.accountCode === '61' && row.level === 0)!;
      const fee = before.rows.find((row) => row.fee?.category === 'legal_entity')!;
      const response = await treasurer.request('PATCH', '/api/budgets/2018', {
        amounts: [{ lineId: family.id, column: 'budget_2018', amount: '1 000' }],
        totals: [{ side: 'charges', column: 'budget_2018', amount: '2 000' }],
        feeCounts: [{ lineId: fee.id, count: 25 }],
      });
      assert.equal(response.statusCode, 200, response.body);
      const after: BudgetTableView = response.json();
      const cell = after.rows.find((row) => row.id === family.id)!.cells.budget_2018!;
      assert.deepEqual(cell, { computedCents: 0, declaredCents: 100_000, differenceCents: 100_000 });
      assert.equal(after.columns[0]!.declaredChargesCents, 200_000);
      assert.equal(after.rows.find((row) => row.id === fee.id)!.fee!.forecastCount, 25);
      assert.deepEqual(
        after.differences
          .filter((entry) => entry.column === 'budget_2018')
          .map((entry) => [entry.account, entry.column, entry.declaredCents]),
        [
          ['61', 'budget_2018', 100_000],
          ['total', 'budget_2018', 200_000],
        ],
      );
      const refused = await treasurer.request('PATCH', '/api/budgets/2018', {
        amounts: [{ lineId: family.id, column: 'budget_2018', amount: '5' }],
        totals: [{ side: 'products', column: 'budget_2018', amount: 'beaucoup' }],
      });
      assert.deepEqual(refused.json().errors, [{ path: 'body.totals.0.amount', message: 'not_a_number' }]);
      assert.deepEqual(await table(2018), after);
    });

    it('adds the year’s actual to date in a column of its own, moves its day, refuses a day of another year, and removes it with its amounts', async () => {
      const budget = await createBudget(test.runtime, {
        year: 2025,
        lines: [{ accountCode: '606', label: 'Graines et outils', side: 'charges', amount: '1 200' }],
      });
      const line = byLabel(budget, 'Graines et outils');
      const refused = await treasurer.request('PUT', '/api/budgets/2025/actual-to-date', {
        asOf: '2024-12-31',
      });
      assert.equal(refused.statusCode, 400);
      assert.equal(refused.json().code, 'budget_as_of_outside_year');
      assert.deepEqual(refused.json().errors, [
        {
          path: 'body.asOf',
          message: 'budget_as_of_outside_year',
          params: { year: 2025 },
          detail: 'Le réalisé à date du budget 2025 doit être arrêté à un jour de 2025.',
        },
      ]);
      const malformed = await treasurer.request('PUT', '/api/budgets/2025/actual-to-date', {
        asOf: '2025-02-30',
      });
      assert.equal(malformed.statusCode, 400);
      assert.equal(malformed.json().errors[0].path, 'body.asOf');
      const forbidden = await secretary.request('PUT', '/api/budgets/2025/actual-to-date', {
        asOf: '2025-05-31',
      });
      assert.equal(forbidden.statusCode, 403);
      assert.equal((await table(2025)).columns.length, 2, 'nothing was added by a refusal');

      const added = await treasurer.request('PUT', '/api/budgets/2025/actual-to-date', {
        asOf: '2025-05-31',
      });
      assert.equal(added.statusCode, 200, added.body);
      const column = (added.json() as BudgetTableView).columns.at(-1)!;
      assert.deepEqual([column.kind, column.year, column.asOf], ['actual', 2025, '2025-05-31']);
      const typed = await treasurer.request('PATCH', '/api/budgets/2025', {
        amounts: [{ lineId: line.id, column: column.key, amount: '430' }],
      });
      assert.equal(typed.statusCode, 200, typed.body);
      assert.equal(byLabel(typed.json(), 'Graines et outils').cells[column.key]!.computedCents, 43_000);

      const moved = await treasurer.request('PUT', '/api/budgets/2025/actual-to-date', {
        asOf: '2025-06-15',
      });
      const again = (moved.json() as BudgetTableView).columns.filter((entry) => entry.asOf !== null);
      assert.deepEqual(
        again.map((entry) => [entry.key, entry.asOf]),
        [[column.key, '2025-06-15']],
        'one column, its day moved',
      );
      assert.equal(byLabel(moved.json(), 'Graines et outils').cells[column.key]!.computedCents, 43_000);

      // The closed actual of 2025 is not this column: a 2026 budget does not copy it.
      const next = await treasurer.post('/api/budgets', { year: 2026, from: 'previous' });
      assert.equal(next.statusCode, 201, next.body);
      const previousActual = (next.json() as BudgetTableView).columns.find(
        (entry) => entry.kind === 'actual',
      )!;
      assert.equal(
        byLabel(next.json(), 'Graines et outils').cells[previousActual.key]!.computedCents,
        null,
        'an actual to date is not the year’s actual',
      );

      const amounts = await countRows(test.runtime.database, 'budget_amounts');
      const removed = await treasurer.request('DELETE', '/api/budgets/2025/actual-to-date');
      assert.equal(removed.statusCode, 200, removed.body);
      assert.equal((removed.json() as BudgetTableView).columns.length, 2);
      assert.equal(
        await countRows(test.runtime.database, 'budget_amounts'),
        amounts - 1,
        'its amount went with it',
      );
      const missing = await treasurer.request('DELETE', '/api/budgets/2025/actual-to-date');
      assert.equal(missing.statusCode, 404);
      assert.equal(missing.json().code, 'budget_actual_to_date_missing');
    });
  });
}
