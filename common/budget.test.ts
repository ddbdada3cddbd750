import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeBudget, feeIncomeCents, type BudgetColumnInput, type BudgetLineInput } from './budget.ts';

const columns: BudgetColumnInput[] = [
  { key: 'budget', label: 'Budget', declaredChargesCents: 1_000, declaredProductsCents: 1_001 },
  { key: 'actual', label: 'Réalisé', declaredChargesCents: null, declaredProductsCents: null },
];

function line(
  id: string,
  parentId: string | null,
  side: 'charges' | 'products',
  amounts: Record<string, number | null>,
  extra: Partial<BudgetLineInput> = {},
): BudgetLineInput {
  return {
    id,
    parentId,
    side,
    accountCode: id,
    label: `ligne ${id}`,
    position: 0,
    isResult: false,
    amounts,
    ...extra,
  };
}

const lines: BudgetLineInput[] = [
  line('60', null, 'charges', { budget: 600, actual: null }, { position: 1 }),
  line('604', '60', 'charges', { budget: 400, actual: 10 }, { position: 1 }),
  line('606', '60', 'charges', { budget: 201, actual: null }, { position: 2 }),
  line('61', null, 'charges', { budget: null, actual: 5 }, { position: 2 }),
  line('611', '61', 'charges', { budget: 400, actual: null }),
  line('74', null, 'products', { budget: 1_000, actual: 15 }),
  line('742', '74', 'products', { budget: null, actual: null }, { position: 1 }),
  line('7421', '742', 'products', { budget: 700, actual: 10 }),
  line('7422', '742', 'products', { budget: 300, actual: null }, { position: 2 }),
  line('result', '74', 'products', { budget: null, actual: 5 }, { position: 3, isResult: true }),
];

describe('computeBudget', () => {
  const budget = computeBudget(columns, lines);
  const row = (id: string) => budget.rows.find((entry) => entry.id === id)!;

  it('sums every level up to each side’s total', () => {
    assert.deepEqual(row('742').cells.budget, {
      computedCents: 1_000,
      declaredCents: null,
      differenceCents: null,
    });
    assert.equal(row('74').cells.budget!.computedCents, 1_000);
    assert.equal(row('74').cells.actual!.computedCents, 15);
    assert.equal(row('7421').level, 2);
    assert.equal(row('742').isSubtotal, true);
    assert.equal(row('7421').isSubtotal, false);
    const [budgetColumn, actualColumn] = budget.columns;
    assert.equal(budgetColumn!.chargesCents, 1_001);
    assert.equal(budgetColumn!.productsCents, 1_000);
    assert.equal(actualColumn!.chargesCents, 10);
    assert.equal(actualColumn!.productsCents, 15);
  });

  it('keeps blank lines blank and counts them as nothing', () => {
    assert.equal(row('606').cells.actual!.computedCents, null);
    assert.equal(row('60').cells.actual!.computedCents, 10);
  });

  it('says whether each column balances and by how much', () => {
    assert.equal(budget.columns[0]!.isBalanced, false);
    assert.equal(budget.columns[0]!.imbalanceCents, 1);
    assert.equal(budget.columns[1]!.isBalanced, false);
    assert.equal(budget.columns[1]!.imbalanceCents, -5);
  });

  it('lists every declared figure that differs from the sum of its lines, in reading order', () => {
    assert.deepEqual(
      budget.differences.map((entry) => [
        entry.account,
        entry.column,
        entry.declaredCents,
        entry.computedCents,
        entry.differenceCents,
      ]),
      [
        ['60', 'budget', 600, 601, -1],
        ['61', 'actual', 5, 0, 5],
        ['total', 'budget', 1_000, 1_001, -1],
        ['total', 'budget', 1_001, 1_000, 1],
      ],
    );
    assert.equal(row('61').cells.budget!.differenceCents, null, 'nothing declared, nothing to compare');
    assert.equal(row('60').cells.budget!.differenceCents, -1);
  });

  it('has the result line on the side it was placed, counted in that side', () => {
    assert.equal(row('result').isResult, true);
    assert.equal(row('74').cells.actual!.declaredCents, 15);
    assert.equal(row('74').cells.actual!.differenceCents, null);
  });

  it('refuses lines no top line leads to (a cycle, an unknown parent)', () => {
    const cycle = [
      line('a', null, 'charges', {}),
      line('b', 'c', 'charges', {}),
      line('c', 'b', 'charges', {}),
    ];
    assert.throws(() => computeBudget(columns, cycle), /b|c/);
    assert.throws(() => computeBudget(columns, [line('x', 'nowhere', 'charges', {})]), /x/);
  });

  it('computes an empty budget as balanced at zero', () => {
    const empty = computeBudget(columns.slice(1), []);
    assert.deepEqual(empty.columns[0], {
      key: 'actual',
      label: 'Réalisé',
      chargesCents: 0,
      productsCents: 0,
      declaredChargesCents: null,
      declaredProductsCents: null,
      isBalanced: true,
      imbalanceCents: 0,
    });
    assert.deepEqual(empty.differences, []);
  });
});

describe('feeIncomeCents', () => {
  it('is count × fee', () => {
    assert.equal(feeIncomeCents(20, 500_000), 10_000_000);
    assert.equal(feeIncomeCents(30, 4_000), 120_000);
    assert.equal(feeIncomeCents(0, 4_000), 0);
  });
});
