import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatShare, shareInTenthsOfPercent } from './amounts.ts';
import {
  parseAccountPrefixes,
  productsOfAccounts,
  summarizeActual,
  type ActualLine,
} from './annual-accounts.ts';

const lines: ActualLine[] = [
  { side: 'charges', accountCode: '604', isResult: false, amountCents: 70_000 },
  { side: 'charges', accountCode: '641', isResult: false, amountCents: 50_000 },
  { side: 'products', accountCode: '706', isResult: false, amountCents: 20_000 },
  { side: 'products', accountCode: '741', isResult: false, amountCents: 60_000 },
  { side: 'products', accountCode: '7481', isResult: false, amountCents: 10_000 },
  { side: 'products', accountCode: '129', isResult: true, amountCents: 30_000 },
];

describe('annual accounts from an actual', () => {
  it('leaves the result line out of the totals and finds the loss it balances', () => {
    assert.deepEqual(summarizeActual(lines), {
      chargesCents: 120_000,
      productsCents: 90_000,
      resultCents: -30_000,
    });
  });

  it('sums the products lines under account prefixes, never the result line', () => {
    assert.equal(productsOfAccounts(lines, ['74']), 70_000);
    assert.equal(productsOfAccounts(lines, ['706', '741']), 80_000);
    assert.equal(productsOfAccounts(lines, ['1']), 0);
    assert.equal(productsOfAccounts(lines, ['60']), 0);
  });

  it('reads account lists and refuses what is not a code', () => {
    assert.deepEqual(parseAccountPrefixes('706, 708;706'), ['706', '708']);
    assert.equal(parseAccountPrefixes(''), null);
    assert.equal(parseAccountPrefixes('74, abc'), null);
    assert.equal(parseAccountPrefixes('7'), null);
  });

  it('gives shares in tenths of a percent, printed the French way', () => {
    assert.equal(shareInTenthsOfPercent(438_574, 709_956), 618);
    assert.equal(formatShare(shareInTenthsOfPercent(88_120, 709_956)), '12,4\u202f%');
  });
});
