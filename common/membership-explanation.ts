import type { MembershipStatus } from './memberships.ts';

/** What a sentence about a membership's fee needs: its figures as of today. */
export interface FeeFigures {
  year: number;
  status: MembershipStatus | null;
  feeCents: number;
  paidCents: number;
  owedCents: number;
  calledOn: string | null;
  lastPaidOn: string | null;
  paymentCount: number;
}

/** One clause of the fee's sentence: a catalog key and its values (amounts in cents, days as YYYY-MM-DD). */
export type FeeClause =
  | { key: 'called'; amountCents: number; day: string }
  | { key: 'notCalled'; amountCents: number }
  | { key: 'noFee' }
  | { key: 'nothingPaid' }
  | { key: 'paidOnce'; amountCents: number; day: string }
  | { key: 'paidSeveral'; amountCents: number; count: number; day: string }
  | { key: 'rest'; amountCents: number }
  | { key: 'settled' }
  | { key: 'overpaid'; amountCents: number };

/**
 * The clauses that say in words where a membership's fee stands, in the order they are read:
 * what was asked (called on a day, or the grid's amount not yet called), what was paid and when,
 * what remains. "Cotisation 2017 : 30 € appelés le 3 février, 10 € payés le 5 mars, reste 20 €".
 */
export function explainFee(figures: FeeFigures): FeeClause[] {
  const { feeCents, paidCents, owedCents, calledOn, lastPaidOn, paymentCount } = figures;
  const clauses: FeeClause[] = [];
  if (calledOn) clauses.push({ key: 'called', amountCents: feeCents, day: calledOn });
  else if (feeCents > 0) clauses.push({ key: 'notCalled', amountCents: feeCents });
  else if (paidCents === 0) return [{ key: 'noFee' }];
  if (paidCents === 0 || !lastPaidOn) clauses.push({ key: 'nothingPaid' });
  else if (paymentCount <= 1) clauses.push({ key: 'paidOnce', amountCents: paidCents, day: lastPaidOn });
  else clauses.push({ key: 'paidSeveral', amountCents: paidCents, count: paymentCount, day: lastPaidOn });
  if (owedCents > 0) clauses.push({ key: 'rest', amountCents: owedCents });
  else if (paidCents > feeCents) clauses.push({ key: 'overpaid', amountCents: paidCents - feeCents });
  else clauses.push({ key: 'settled' });
  return clauses;
}
