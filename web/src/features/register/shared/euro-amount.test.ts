import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { euroAmountField, formatEuroInput, parseEuroAmount } from './euro-amount.ts';

describe('euros typed in a form', () => {
  it('reads French and plain amounts into integer cents', () => {
    const cases: [string, number][] = [
      ['5 000', 500_000],
      ['5\u202f000', 500_000],
      ['40,50', 4050],
      ['40.5', 4050],
      ['40,5 €', 4050],
      ['0', 0],
      ['1 124 849', 112_484_900],
      ['0,07', 7],
      ['1.234,56', 123_456],
      ['1,234.56', 123_456],
      ['1 234,5', 123_450],
    ];
    for (const [text, cents] of cases)
      assert.deepEqual(parseEuroAmount(text), { isValid: true, cents }, text);
  });

  it('refuses what is not an amount of euros, saying why', () => {
    assert.deepEqual(parseEuroAmount(''), { isValid: false, error: 'required' });
    assert.deepEqual(parseEuroAmount('-40'), { isValid: false, error: 'amount_negative' });
    assert.deepEqual(parseEuroAmount('40,505'), { isValid: false, error: 'amount_too_precise' });
    assert.deepEqual(parseEuroAmount('quarante'), { isValid: false, error: 'amount_invalid' });
    assert.deepEqual(parseEuroAmount('1.23,56'), { isValid: false, error: 'amount_invalid' });
    assert.deepEqual(parseEuroAmount('1,234,56.7'), { isValid: false, error: 'amount_invalid' });
    assert.deepEqual(parseEuroAmount('1e5'), { isValid: false, error: 'amount_invalid' });
  });

  it('writes cents back the way they are typed', () => {
    assert.equal(formatEuroInput(500_000), '5 000');
    assert.equal(formatEuroInput(4050), '40,50');
    assert.equal(formatEuroInput(4005, 'en'), '40.05');
    assert.equal(formatEuroInput(0), '0');
  });

  it('gives a form the cents or a field error code', () => {
    assert.equal(euroAmountField.parse('5 000'), 500_000);
    const result = euroAmountField.safeParse('-3');
    assert.equal(result.success, false);
    assert.equal(result.error?.issues[0]?.message, 'amount_negative');
  });
});
