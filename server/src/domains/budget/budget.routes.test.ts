import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ServiceContext } from '../../context.ts';
import { testEngines } from '../../../test/databases.ts';
import {
  createBudget,
  createFeeGrid,
  createOrganisationMember,
  createSpecialBudgetLine,
  createUser,
} from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { readXlsx } from '../../../test/xlsx.ts';
import type { ApiClient } from '../../../test/api-client.ts';
import type { BudgetTableView } from '../../../../common/budget.schemas.ts';
import { editBudget } from './budget.service.ts';

/**
 * A 2017 budget beside the 2016 actual, declared as a treasurer would type it: the 61 subtotal and
 * both columns' totals declared, the forecast's products one euro short of its charges (436 099 €
 * against 436 100 €), a fee line of 20 authorities at 5 000 €, and the 2016 loss that balances the
 * actual (411 412 €).
 */
async function createBudget2017(context: ServiceContext) {
  await createFeeGrid(context, { year: 2017, fees: { legal_entity: 500_000 } });
  const budget = await createBudget(context, {
    year: 2017,
    lines: [
      { accountCode: '613', label: 'Locations', side: 'charges', amount: '133 600', actual: '129 387' },
      { accountCode: '616', label: 'Assurances', side: 'charges', amount: '2 000', actual: '1 800' },
      { accountCode: '618', label: 'Divers', side: 'charges', amount: '500', actual: '225' },
      { accountCode: '641', label: 'Salaires', side: 'charges', amount: '300 000', actual: '280 000' },
      { accountCode: '706', label: 'Interventions', side: 'products', amount: '100 000', actual: '90 000' },
      {
        accountCode: '741',
        label: 'Subvention de l’État',
        side: 'products',
        amount: '236 099',
        actual: '200 000',
      },
    ],
  });
  const family = (code: string) => budget.rows.find((row) => row.accountCode === code && row.level === 0)!;
  const feeLineId = await createSpecialBudgetLine(context, {
    year: 2017,
    parentId: family('75').id,
    side: 'products',
    accountCode: '756',
    label: 'Adhésions collectivités territoriales',
    fee: { category: 'legal_entity', count: 20 },
  });
  const lossId = await createSpecialBudgetLine(context, {
    year: 2017,
    parentId: family('75').id,
    side: 'products',
    accountCode: '129',
    label: 'Résultat 2016 (perte)',
    isResult: true,
  });
  await editBudget(context, {
    actor: null,
    year: 2017,
    edit: {
      amounts: [
        { lineId: feeLineId, column: 'actual_2016', amount: '88 000' },
        { lineId: lossId, column: 'actual_2016', amount: '33 412' },
        { lineId: family('61').id, column: 'budget_2017', amount: '136 100' },
      ],
      totals: [
        { side: 'charges', column: 'budget_2017', amount: '436 100' },
        { side: 'products', column: 'budget_2017', amount: '436 100' },
        { side: 'charges', column: 'actual_2016', amount: '411 412' },
        { side: 'products', column: 'actual_2016', amount: '411 412' },
      ],
      feeCounts: [],
    },
  });
}

for (const engine of testEngines()) {
  describe(`budget on ${engine}`, () => {
    let test: TestApp;
    let treasurer: ApiClient;
    let secretary: ApiClient;
    let member: ApiClient;
    // Each test starts from a database of its own holding the budget above: its edits are its own.
    beforeEach(async () => {
      test = await createTestApp(engine);
      await createBudget2017(test.runtime);
      treasurer = test.client();
      await treasurer.signIn((await createUser(test.runtime, { role: 'treasurer' })).email);
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      member = test.client();
      await member.signIn((await createUser(test.runtime, { role: 'member' })).email);
    });
    afterEach(() => test.close());

    const table = async (client: ApiClient = secretary): Promise<BudgetTableView> => {
      const response = await client.get('/api/budgets/2017');
      assert.equal(response.statusCode, 200, response.body);
      return response.json();
    };
    const row = (budget: BudgetTableView, label: string) =>
      budget.rows.find((entry) => entry.label === label)!;
    const patch = (client: ApiClient, body: unknown) => client.request('PATCH', '/api/budgets/2017', body);

    it('links fee lines to the grid: count × fee, beside the validated memberships', async () => {
      await createOrganisationMember(test.runtime, { year: 2017, effectiveOn: '2017-02-01' });
      await createOrganisationMember(test.runtime, {
        year: 2017,
        history: [
          ['validation_pending', '2017-03-01'],
          ['validated', '2017-09-15'],
        ],
      });
      await createOrganisationMember(test.runtime, { year: 2017, status: 'validation_pending' });
      const budget = await table();
      const authorities = row(budget, 'Adhésions collectivités territoriales (20)');
      assert.equal(authorities.fee!.forecastCount, 20);
      assert.equal(authorities.fee!.feeCents, 500_000);
      assert.equal(authorities.cells.budget_2017!.computedCents, 20 * 500_000);
      assert.equal(authorities.fee!.validatedCount, 2, 'validated legal entities at the end of 2017');
      assert.equal(authorities.fee!.validatedIncomeCents, 2 * 500_000);
      assert.deepEqual(authorities.computedColumns, ['budget_2017']);
      assert.equal(authorities.cells.actual_2016!.computedCents, 8_800_000, 'the actual is typed');
    });

    it('edits one line and its subtotal, side total, balance and differences follow', async () => {
      const before = await table();
      const locations = row(before, 'Locations');
      const response = await patch(treasurer, {
        amounts: [{ lineId: locations.id, column: 'budget_2017', amount: '133 599' }],
      });
      assert.equal(response.statusCode, 200, response.body);
      const after: BudgetTableView = response.json();
      const family = (budget: BudgetTableView) =>
        budget.rows.find((entry) => entry.id === locations.parentId)!;
      assert.equal(row(after, 'Locations').cells.budget_2017!.computedCents, 13_359_900);
      assert.equal(
        family(after).cells.budget_2017!.computedCents,
        family(before).cells.budget_2017!.computedCents! - 100,
      );
      assert.equal(family(after).cells.budget_2017!.differenceCents, 100, 'declared 136 100 against 136 099');
      assert.equal(after.columns[0]!.chargesCents, before.columns[0]!.chargesCents - 100);
      assert.equal(
        after.columns[0]!.isBalanced,
        true,
        'one euro less in charges meets the euro missing in products',
      );
      const accounts = (budget: BudgetTableView) =>
        budget.differences.map((entry) => `${entry.account}/${entry.column}`);
      assert.ok(accounts(after).includes('61/budget_2017'));
      assert.ok(accounts(after).includes('total/budget_2017'));
      assert.equal(
        after.differences.length,
        before.differences.length + 2,
        'the 61 subtotal and the charges total now differ too',
      );
      // And back.
      await patch(treasurer, {
        amounts: [{ lineId: locations.id, column: 'budget_2017', amount: '133600' }],
      });
      assert.deepEqual((await table()).differences, before.differences);
    });

    it('refuses a bad amount, naming it, and saves nothing of the edit', async () => {
      const before = await table();
      const insurance = row(before, 'Assurances');
      for (const [amount, reason] of [
        ['deux mille', 'not_a_number'],
        ['-2 000', 'negative'],
        ['2000,005', 'too_many_decimals'],
      ] as const) {
        const response = await patch(treasurer, {
          amounts: [
            { lineId: insurance.id, column: 'budget_2017', amount: '9 999' },
            { lineId: insurance.id, column: 'actual_2016', amount },
          ],
        });
        assert.equal(response.statusCode, 400);
        const problem = response.json();
        assert.deepEqual(problem.errors, [{ path: 'body.amounts.1.amount', message: reason }]);
        assert.match(problem.detail, /Rien n’a été enregistré/);
      }
      const unknown = await patch(treasurer, {
        amounts: [{ lineId: insurance.id, column: 'budget_2030', amount: '1' }],
      });
      assert.deepEqual(unknown.json().errors, [{ path: 'body.amounts.0.column', message: 'unknown_column' }]);
      const computed = row(before, 'Adhésions collectivités territoriales (20)');
      const typed = await patch(treasurer, {
        amounts: [{ lineId: computed.id, column: 'budget_2017', amount: '1' }],
      });
      assert.deepEqual(typed.json().errors, [
        { path: 'body.amounts.0.amount', message: 'computed_from_fee_grid' },
      ]);
      assert.deepEqual(await table(), before);
    });

    it('follows the fee count and the fee grid', async () => {
      const line = row(await table(), 'Adhésions collectivités territoriales (20)');
      const counted = await patch(treasurer, { feeCounts: [{ lineId: line.id, count: 21 }] });
      assert.equal(counted.statusCode, 200, counted.body);
      assert.equal(
        row(counted.json(), 'Adhésions collectivités territoriales (21)').cells.budget_2017!.computedCents,
        21 * 500_000,
      );
      const grid = await treasurer.request('PUT', '/api/fee-grids/2017', {
        entries: [{ category: 'legal_entity', amountCents: 600_000 }],
      });
      assert.equal(grid.statusCode, 200, grid.body);
      assert.equal(
        row(await table(), 'Adhésions collectivités territoriales (21)').cells.budget_2017!.computedCents,
        21 * 600_000,
      );
      await treasurer.request('PUT', '/api/fee-grids/2017', {
        entries: [{ category: 'legal_entity', amountCents: 500_000 }],
      });
      await patch(treasurer, { feeCounts: [{ lineId: line.id, count: 20 }] });
    });

    it('edits declared totals and blanks cells', async () => {
      const response = await patch(treasurer, {
        totals: [{ side: 'products', column: 'budget_2017', amount: '436 099' }],
      });
      assert.equal(response.statusCode, 200, response.body);
      const budget: BudgetTableView = response.json();
      assert.equal(budget.columns[0]!.declaredProductsCents, 43_609_900);
      assert.ok(
        !budget.differences.some((entry) => entry.account === 'total' && entry.column === 'budget_2017'),
      );
      await patch(treasurer, { totals: [{ side: 'products', column: 'budget_2017', amount: '436 100' }] });
      const divers = row(budget, 'Divers');
      const blanked: BudgetTableView = (
        await patch(treasurer, { amounts: [{ lineId: divers.id, column: 'actual_2016', amount: null }] })
      ).json();
      assert.equal(row(blanked, 'Divers').cells.actual_2016!.computedCents, null);
      await patch(treasurer, { amounts: [{ lineId: divers.id, column: 'actual_2016', amount: '225' }] });
    });

    it('exports the budget as CSV, XLSX and a CERFA-like PDF', async () => {
      const csv = await secretary.get('/api/budgets/2017/export.csv');
      assert.equal(csv.statusCode, 200);
      assert.match(csv.headers['content-type'] as string, /text\/csv/);
      const lines = csv.body
        .replace(/^\ufeff/, '')
        .trim()
        .split('\n');
      assert.equal(lines.length, 1 + (await table()).rows.length + 2);
      assert.ok(lines.includes('Charges,613,1,Locations,13360000,,12938700,'), lines.join('\n'));
      assert.ok(lines.includes('Produits,total,,Total des produits,43609900,43610000,41141200,41141200'));

      const xlsx = await secretary.get('/api/budgets/2017/export.xlsx');
      assert.equal(xlsx.statusCode, 200);
      const workbook = await readXlsx(xlsx.rawPayload);
      assert.equal(workbook.sheet, 'Budget 2017');
      assert.equal(workbook.rows.length, lines.length, 'the rows and columns of the CSV');
      assert.equal(workbook.rows[0]!.cells.length, lines[0]!.split(',').length - 1, 'less the level');
      const locations = workbook.rows.find((entry) => entry.cells[2] === 'Locations')!;
      assert.equal(locations.cells[3], '133600');
      assert.equal(locations.cells[5], '129387');
      assert.deepEqual(workbook.cells.get(`D${locations.row}`), {
        type: 'n',
        hasFormula: false,
        format: '#,##0.00 "€"',
        isBold: false,
      });
      const products = workbook.rows.at(-1)!;
      assert.equal(products.cells[2], 'Total des produits');
      assert.ok(workbook.cells.get(`C${products.row}`)!.isBold, 'totals in bold');

      const pdf = await secretary.get('/api/budgets/2017/export.pdf');
      assert.equal(pdf.statusCode, 200);
      const document = await getDocument({ data: new Uint8Array(pdf.rawPayload) }).promise;
      const page = await document.getPage(1);
      const text = (await page.getTextContent()).items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ');
      for (const expected of [
        'BUDGET PRÉVISIONNEL 2017',
        'CHARGES',
        'PRODUITS',
        'Résultat 2016 (perte)',
        '436 100 €',
        '411 412 €',
        'somme des lignes 436 099 €',
      ]) {
        assert.ok(text.includes(expected), `${expected} in the PDF`);
      }
    });

    it('lets staff read, only the treasurer and administrators edit, and members neither', async () => {
      assert.equal((await member.get('/api/budgets/2017')).statusCode, 403);
      const line = row(await table(), 'Assurances');
      assert.equal(
        (await patch(secretary, { amounts: [{ lineId: line.id, column: 'budget_2017', amount: '1' }] }))
          .statusCode,
        403,
      );
      assert.equal((await secretary.get('/api/budgets/2030')).statusCode, 404);
      assert.deepEqual(
        (await secretary.get('/api/budgets')).json().budgets.map((entry: { year: number }) => entry.year),
        [2017],
      );
    });
  });
}
