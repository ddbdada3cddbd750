import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadDemo } from '../../db/seed/demo.ts';
import { testEngines } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';
import type { BudgetTableView } from '../../../../common/budget.schemas.ts';

/**
 * The reference's budget table, read from the minutes themselves: each family with its declared
 * figures and its lines, on each side, and the two declared totals. The expected differences are
 * computed here from these printed figures, never typed.
 */
interface ReferenceFamily {
  code: string;
  declared: [number | null, number | null];
  lines: [number | null, number | null][];
}

function readReferenceTable() {
  const text = fs.readFileSync(
    path.resolve(
      path.dirname(fileURLToPath(import.meta.url)),
      '../../../../fixtures/reference/pv-ag-2017-la-27e-region.txt',
    ),
    'utf8',
  );
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith('BUDGET PREVISIONNEL 2017'));
  const end = lines.findIndex((line, index) => index > start && line.startsWith('ÉVOLUTION DE LA MASSE'));
  const euros = (cell: string | undefined) => {
    const digits = (cell ?? '').replace(/[^\d]/g, '');
    return digits === '' ? null : Number(digits) * 100;
  };
  const sides = { charges: [] as ReferenceFamily[], products: [] as ReferenceFamily[] };
  const totals = { charges: [0, 0], products: [0, 0] };
  for (const row of lines.slice(start + 2, end)) {
    const cells = row.split('\t');
    for (const [side, offset] of [
      ['charges', 0],
      ['products', 3],
    ] as const) {
      const label = cells[offset]?.trim() ?? '';
      if (!label) continue;
      const pair: [number | null, number | null] = [euros(cells[offset + 1]), euros(cells[offset + 2])];
      const family = /^(\d\d) ?-/.exec(label);
      if (label.startsWith('Total')) totals[side] = [pair[0]!, pair[1]!];
      else if (family) sides[side].push({ code: family[1]!, declared: pair, lines: [] });
      else sides[side].at(-1)!.lines.push(pair);
    }
  }
  return { sides, totals };
}

const reference = readReferenceTable();
const columnKeys = ['budget_2017', 'actual_2016'] as const;

function expectedDifferences() {
  const differences: [string, string, number, number][] = [];
  for (const side of ['charges', 'products'] as const) {
    const sideComputed = [0, 0];
    for (const family of reference.sides[side]) {
      columnKeys.forEach((key, index) => {
        const computed = family.lines.reduce((sum, pair) => sum + (pair[index] ?? 0), 0);
        sideComputed[index]! += computed;
        if (family.declared[index] !== null && family.declared[index] !== computed)
          differences.push([family.code, key, family.declared[index]!, computed]);
      });
    }
    columnKeys.forEach((key, index) => {
      if (reference.totals[side][index] !== sideComputed[index])
        differences.push(['total', key, reference.totals[side][index]!, sideComputed[index]!]);
    });
  }
  return differences;
}

const sortDifferences = (list: [string, string, number, number][]) =>
  [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

for (const engine of testEngines()) {
  describe(`budget on ${engine}`, () => {
    let test: TestApp;
    let treasurer: ApiClient;
    let secretary: ApiClient;
    let member: ApiClient;
    before(async () => {
      test = await createTestApp(engine);
      await loadDemo(test.runtime.database.db);
      treasurer = test.client();
      await treasurer.signIn((await createUser(test.runtime, { role: 'treasurer' })).email);
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      member = test.client();
      await member.signIn((await createUser(test.runtime, { role: 'member' })).email);
    });
    after(() => test.close());

    const table = async (client: ApiClient = secretary): Promise<BudgetTableView> => {
      const response = await client.get('/api/budgets/2017');
      assert.equal(response.statusCode, 200, response.body);
      return response.json();
    };
    const row = (budget: BudgetTableView, label: string) =>
      budget.rows.find((entry) => entry.label === label)!;
    const patch = (client: ApiClient, body: unknown) => client.request('PATCH', '/api/budgets/2017', body);

    it('reproduces the reference: both columns, declared totals of 1 124 849 € and 724 027 €, the 2016 loss under 75', async () => {
      const budget = await table();
      assert.deepEqual(
        budget.columns.map((column) => [
          column.key,
          column.declaredChargesCents,
          column.declaredProductsCents,
        ]),
        [
          ['budget_2017', 112_484_900, 112_484_900],
          ['actual_2016', 72_402_700, 72_402_700],
        ],
      );
      const loss = row(budget, 'Résultat 2016 (perte)');
      assert.equal(loss.isResult, true);
      assert.equal(loss.side, 'products');
      assert.equal(budget.rows.find((entry) => entry.id === loss.parentId)!.accountCode, '75');
      assert.equal(loss.cells.actual_2016!.computedCents, 1_407_100);
      // Each side's computed total is the sum of the reference's lines.
      for (const side of ['charges', 'products'] as const) {
        columnKeys.forEach((key, index) => {
          const sum = reference.sides[side]
            .flatMap((family) => family.lines)
            .reduce((total, pair) => total + (pair[index] ?? 0), 0);
          const column = budget.columns.find((entry) => entry.key === key)!;
          assert.equal(
            side === 'charges' ? column.chargesCents : column.productsCents,
            sum,
            `${side} ${key}`,
          );
        });
      }
      assert.equal(
        budget.rows.filter((entry) => !entry.isSubtotal).length,
        reference.sides.charges.concat(reference.sides.products).flatMap((family) => family.lines).length,
      );
    });

    it('shows whether each column balances and every declared figure that differs from its lines', async () => {
      const budget = await table();
      for (const column of budget.columns) {
        assert.equal(column.isBalanced, column.chargesCents === column.productsCents);
      }
      assert.equal(budget.columns[1]!.isBalanced, true, 'the 2016 actual balances with its loss');
      assert.equal(budget.columns[0]!.isBalanced, false, 'the 2017 budget does not, by the gap under 74');
      const found = budget.differences.map(
        (entry) =>
          [entry.account, entry.column, entry.declaredCents, entry.computedCents] as [
            string,
            string,
            number,
            number,
          ],
      );
      const expected = expectedDifferences();
      assert.ok(expected.length >= 4, `the reference has several differences, found ${expected.length}`);
      assert.deepEqual(sortDifferences(found), sortDifferences(expected));
      const check = (await secretary.get('/api/budgets/2017/check')).json();
      assert.deepEqual(
        sortDifferences(
          check.differences.map(
            (entry: { account: string; column: string; declared_cents: number; computed_cents: number }) => [
              entry.account,
              entry.column,
              entry.declared_cents,
              entry.computed_cents,
            ],
          ),
        ),
        sortDifferences(expected),
      );
    });

    it('links fee lines to the grid: count × fee, beside the validated memberships', async () => {
      const budget = await table();
      const authorities = row(budget, 'Adhésions collectivités territoriales (20)');
      assert.equal(authorities.fee!.forecastCount, 20);
      assert.equal(authorities.fee!.feeCents, 500_000);
      assert.equal(authorities.cells.budget_2017!.computedCents, 20 * 500_000);
      assert.equal(authorities.fee!.validatedCount, 22, 'validated legal entities at the end of 2017');
      assert.equal(authorities.fee!.validatedIncomeCents, 22 * 500_000);
      assert.deepEqual(authorities.computedColumns, ['budget_2017']);
      const qualified = row(budget, 'Adhésions personnalités qualifiées (30)');
      assert.equal(qualified.cells.budget_2017!.computedCents, 30 * 4_000);
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
      assert.equal(family(after).cells.budget_2017!.differenceCents, 100, 'declared 135 600 against 135 599');
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
        totals: [{ side: 'products', column: 'budget_2017', amount: '1 124 848' }],
      });
      assert.equal(response.statusCode, 200, response.body);
      const budget: BudgetTableView = response.json();
      assert.equal(budget.columns[0]!.declaredProductsCents, 112_484_800);
      assert.ok(
        !budget.differences.some((entry) => entry.account === 'total' && entry.column === 'budget_2017'),
      );
      await patch(treasurer, { totals: [{ side: 'products', column: 'budget_2017', amount: '1 124 849' }] });
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
      assert.ok(lines.includes('Produits,total,,Total des produits,112484800,112484900,72402700,72402700'));

      const xlsx = await secretary.get('/api/budgets/2017/export.xlsx');
      assert.equal(xlsx.statusCode, 200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('Budget 2017')!;
      const locations = sheet
        .getRows(2, sheet.rowCount)!
        .find((entry) => String(entry.getCell(3).value).trim() === 'Locations')!;
      assert.equal(locations.getCell(4).value, 133_600);
      assert.equal(locations.getCell(6).value, 129_387);

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
        '1 124 849 €',
        '724 027 €',
        'somme des lignes 1 124 848 €',
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
