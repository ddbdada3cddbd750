import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  amountOwedCents,
  defaultMembershipYear,
  statusOn,
  summarizeMemberships,
  type StatusChange,
} from './memberships.ts';

const change = (
  status: StatusChange['status'],
  effectiveOn: string,
  recordedAt = `${effectiveOn}T10:00:00Z`,
) => ({
  status,
  effectiveOn,
  recordedAt,
});

describe('status on a day', () => {
  const history = [
    change('in_preparation', '2017-01-10'),
    change('validation_pending', '2017-02-01'),
    change('validated', '2017-06-30'),
  ];

  it('is the last change effective on or before that day', () => {
    assert.equal(statusOn(history, '2017-01-09'), undefined);
    assert.equal(statusOn(history, '2017-01-10'), 'in_preparation');
    assert.equal(statusOn(history, '2017-06-21'), 'validation_pending');
    assert.equal(statusOn(history, '2017-06-30'), 'validated');
  });

  it('does not depend on the order changes are listed in, and breaks same-day ties by recording time', () => {
    const shuffled = [history[2]!, history[0]!, history[1]!];
    assert.equal(statusOn(shuffled, '2017-06-21'), 'validation_pending');
    const sameDay = [
      change('validated', '2017-03-01', '2017-03-01T09:00:00Z'),
      change('lapsed', '2017-03-01', '2017-03-01T11:00:00Z'),
    ];
    assert.equal(statusOn(sameDay.reverse(), '2017-03-01'), 'lapsed');
  });
});

describe('membership summary', () => {
  it('counts per category and status on the day and multiplies validated ones by the fee', () => {
    const memberships = [
      { category: 'legal_entity' as const, changes: [change('validated', '2017-03-01')] },
      { category: 'legal_entity' as const, changes: [change('validated', '2017-05-01')] },
      {
        category: 'legal_entity' as const,
        changes: [change('renewal_pending', '2017-01-15'), change('validated', '2017-07-01')],
      },
      { category: 'individual' as const, changes: [change('validated', '2017-02-01')] },
      { category: 'cross_membership' as const, changes: [change('validated', '2017-02-01')] },
    ];
    const categories = ['legal_entity', 'individual', 'qualified_person', 'cross_membership'];
    const summary = summarizeMemberships(2017, '2017-06-21', categories, memberships, {
      legal_entity: 500_000,
      individual: 4_000,
      qualified_person: 4_000,
      cross_membership: 0,
    });
    const count = (category: string, status: string) =>
      summary.counts.find((entry) => entry.category === category && entry.status === status)!.count;
    assert.equal(count('legal_entity', 'validated'), 2);
    assert.equal(count('legal_entity', 'renewal_pending'), 1);
    assert.equal(summary.expected_income_cents.legal_entity, 1_000_000);
    assert.equal(summary.expected_income_cents.individual, 4_000);
    assert.equal(summary.expected_income_cents.cross_membership, 0);
    assert.equal(summary.counts.length, 4 * 5, 'every category and status is listed, zeros included');
  });

  it('counts a validated membership at the amount its rate agreed, the grid’s fee otherwise', () => {
    const summary = summarizeMemberships(
      2026,
      '2026-06-01',
      ['member'],
      [
        { category: 'member', changes: [change('validated', '2026-01-10')] },
        { category: 'member', changes: [change('validated', '2026-01-10')], amountCents: 1_000 },
        { category: 'member', changes: [change('validated', '2026-01-10')], amountCents: 0 },
      ],
      { member: 3_000 },
    );
    assert.deepEqual(summary.expected_income_cents, { member: 4_000 });
  });
});

describe('amount owed', () => {
  it('is what was called, or the fee, less what was paid, never below zero', () => {
    assert.equal(amountOwedCents({ calledCents: null, feeCents: 500_000, paidCents: 200_000 }), 300_000);
    assert.equal(amountOwedCents({ calledCents: 250_000, feeCents: 500_000, paidCents: 0 }), 250_000);
    assert.equal(amountOwedCents({ calledCents: null, feeCents: 4_000, paidCents: 5_000 }), 0);
  });
});

describe('default membership year', () => {
  it('is this year when it has memberships', () => {
    assert.equal(defaultMembershipYear([2027, 2026, 2017], 2026), 2026);
  });

  it('is the nearest year with memberships otherwise, the later one on a tie', () => {
    assert.equal(defaultMembershipYear([2017, 2016], 2026), 2017);
    assert.equal(defaultMembershipYear([2025, 2027], 2026), 2027);
    assert.equal(defaultMembershipYear([2020, 2025], 2026), 2025);
  });

  it('is this year when no year has memberships', () => {
    assert.equal(defaultMembershipYear([], 2026), 2026);
  });
});
