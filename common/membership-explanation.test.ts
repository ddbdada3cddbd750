import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explainFee, type FeeFigures } from './membership-explanation.ts';

const base: FeeFigures = {
  year: 2017,
  status: 'validated',
  feeCents: 3_000,
  paidCents: 0,
  owedCents: 3_000,
  calledOn: null,
  lastPaidOn: null,
  paymentCount: 0,
};

describe('the words of a membership’s fee', () => {
  it('says what was called, what was paid and when, and what remains', () => {
    assert.deepEqual(
      explainFee({
        ...base,
        calledOn: '2017-02-03',
        paidCents: 1_000,
        owedCents: 2_000,
        lastPaidOn: '2017-03-05',
        paymentCount: 1,
      }),
      [
        { key: 'called', amountCents: 3_000, day: '2017-02-03' },
        { key: 'paidOnce', amountCents: 1_000, day: '2017-03-05' },
        { key: 'rest', amountCents: 2_000 },
      ],
    );
  });

  it('says a fee is not called yet, and that nothing was paid', () => {
    assert.deepEqual(explainFee(base), [
      { key: 'notCalled', amountCents: 3_000 },
      { key: 'nothingPaid' },
      { key: 'rest', amountCents: 3_000 },
    ]);
  });

  it('counts payments made in several times and names the last day', () => {
    assert.deepEqual(
      explainFee({
        ...base,
        calledOn: '2017-02-03',
        paidCents: 3_000,
        owedCents: 0,
        lastPaidOn: '2017-04-01',
        paymentCount: 2,
      }),
      [
        { key: 'called', amountCents: 3_000, day: '2017-02-03' },
        { key: 'paidSeveral', amountCents: 3_000, count: 2, day: '2017-04-01' },
        { key: 'settled' },
      ],
    );
  });

  it('says when there is no fee, and when more was paid than asked (money recorded before the rule)', () => {
    assert.deepEqual(explainFee({ ...base, feeCents: 0, owedCents: 0 }), [{ key: 'noFee' }]);
    assert.deepEqual(
      explainFee({
        ...base,
        feeCents: 0,
        owedCents: 0,
        paidCents: 500,
        lastPaidOn: '2017-05-01',
        paymentCount: 1,
      }),
      [
        { key: 'paidOnce', amountCents: 500, day: '2017-05-01' },
        { key: 'overpaid', amountCents: 500 },
      ],
    );
  });
});
