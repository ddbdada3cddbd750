import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { amountInputText, formatShare, parseAmount, shareInTenthsOfPercent } from './amounts.ts';

describe('parseAmount', () => {
  it('reads amounts as they are typed in France and elsewhere', () => {
    assert.deepEqual(parseAmount('1 124 849'), { ok: true, cents: 112_484_900 });
    assert.deepEqual(parseAmount('1124849,50'), { ok: true, cents: 112_484_950 });
    assert.deepEqual(parseAmount('12.5'), { ok: true, cents: 1_250 });
    assert.deepEqual(parseAmount(' 40 € '), { ok: true, cents: 4_000 });
    assert.deepEqual(parseAmount('1\u202f124\u00a0849 €'), { ok: true, cents: 112_484_900 });
    assert.deepEqual(parseAmount('0'), { ok: true, cents: 0 });
    assert.deepEqual(parseAmount('0,07'), { ok: true, cents: 7 });
    assert.deepEqual(parseAmount('-0'), { ok: true, cents: 0 });
  });

  it('refuses what is not a number, with the reason', () => {
    for (const text of [
      'douze',
      '1.234.567',
      '12,3,4',
      '1 24',
      '12 345 6',
      '€',
      '1e5',
      '0x10',
      '12,',
      ',5',
    ]) {
      assert.deepEqual(
        parseAmount(text),
        { ok: false, error: text === '€' ? 'empty' : 'not_a_number' },
        text,
      );
    }
    assert.deepEqual(parseAmount('   '), { ok: false, error: 'empty' });
  });

  it('refuses more than two decimals', () => {
    assert.deepEqual(parseAmount('12,345'), { ok: false, error: 'too_many_decimals' });
    assert.deepEqual(parseAmount('0.001'), { ok: false, error: 'too_many_decimals' });
  });

  it('refuses negatives unless they are allowed', () => {
    assert.deepEqual(parseAmount('-14 071'), { ok: false, error: 'negative' });
    assert.deepEqual(parseAmount('-14 071', { allowNegative: true }), { ok: true, cents: -1_407_100 });
    assert.deepEqual(parseAmount('\u221214 071 €', { allowNegative: true }), { ok: true, cents: -1_407_100 });
    assert.deepEqual(parseAmount('- 5', { allowNegative: true }), { ok: true, cents: -500 });
  });

  it('refuses amounts too large to be held exactly', () => {
    assert.deepEqual(parseAmount('99999999999999999'), { ok: false, error: 'too_large' });
  });

  it('writes an amount back as it can be typed again', () => {
    for (const cents of [0, 7, 1_250, 112_484_900, 112_484_950, -1_407_100]) {
      assert.deepEqual(parseAmount(amountInputText(cents), { allowNegative: true }), { ok: true, cents });
    }
    assert.equal(amountInputText(null), '');
  });
});

describe('shares of a total', () => {
  it('rounds to a tenth of a percent and prints it the French way', () => {
    assert.equal(shareInTenthsOfPercent(43_857_400, 70_995_600), 618);
    assert.equal(formatShare(618), '61,8\u202f%');
    assert.equal(formatShare(shareInTenthsOfPercent(1, 3)), '33,3\u202f%');
    assert.equal(formatShare(shareInTenthsOfPercent(1, 1)), '100\u202f%');
  });

  it('has no share of nothing', () => {
    assert.equal(shareInTenthsOfPercent(5, 0), null);
    assert.equal(formatShare(null), '—');
  });
});
