import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
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
  describe(`the reference's 2017 budget on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    before(async () => {
      test = await createTestApp(engine, 'demo');
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
    });
    after(() => test.close());

    const table = async (client: ApiClient = secretary): Promise<BudgetTableView> => {
      const response = await client.get('/api/budgets/2017');
      assert.equal(response.statusCode, 200, response.body);
      return response.json();
    };
    const row = (budget: BudgetTableView, label: string) =>
      budget.rows.find((entry) => entry.label === label)!;

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
  });
}
