/**
 * Membership statuses, as codes shared by the API, the CLI and the web app. Categories are the
 * association's own (table membership_categories, common/membership-categories.schemas.ts): a
 * category is named by its code.
 */
export type MembershipCategory = string;

export const membershipStatuses = [
  'in_preparation',
  'validation_pending',
  'renewal_pending',
  'validated',
  'lapsed',
] as const;
export type MembershipStatus = (typeof membershipStatuses)[number];

export const paymentMethods = [
  'transfer',
  'cheque',
  'card',
  'cash',
  'administrative_mandate',
  'other',
] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

export interface StatusChange {
  status: MembershipStatus;
  effectiveOn: string;
  recordedAt: string;
}

/**
 * The status a membership had on a day: the last change effective on or before it (ties broken by
 * the order they were recorded), or none if it did not exist yet.
 */
export function statusOn(changes: readonly StatusChange[], day: string): MembershipStatus | undefined {
  let current: StatusChange | undefined;
  for (const change of changes) {
    if (change.effectiveOn > day) continue;
    if (
      !current ||
      change.effectiveOn > current.effectiveOn ||
      (change.effectiveOn === current.effectiveOn && change.recordedAt >= current.recordedAt)
    ) {
      current = change;
    }
  }
  return current?.status;
}

export interface SummaryCount {
  category: MembershipCategory;
  status: MembershipStatus;
  count: number;
}

export interface MembershipSummary {
  year: number;
  at: string;
  counts: SummaryCount[];
  expected_income_cents: Record<MembershipCategory, number>;
}

/**
 * Counts memberships per category (the association's, in its order) and status as they stood on
 * `at`, and the fee income expected from the validated ones: each one's agreed amount where its
 * rate set one, else the year's fee for its category.
 */
export function summarizeMemberships(
  year: number,
  at: string,
  categories: readonly MembershipCategory[],
  memberships: readonly {
    category: MembershipCategory;
    changes: readonly StatusChange[];
    amountCents?: number | null;
  }[],
  feeCents: Partial<Record<MembershipCategory, number>>,
): MembershipSummary {
  const counts = new Map<string, SummaryCount>();
  const income = new Map<string, number>(categories.map((category) => [category, 0]));
  for (const category of categories) {
    for (const status of membershipStatuses)
      counts.set(`${category}|${status}`, { category, status, count: 0 });
  }
  for (const membership of memberships) {
    const status = statusOn(membership.changes, at);
    const count = status && counts.get(`${membership.category}|${status}`);
    if (!count) continue;
    count.count += 1;
    if (status === 'validated')
      income.set(
        membership.category,
        income.get(membership.category)! + (membership.amountCents ?? feeCents[membership.category] ?? 0),
      );
  }
  return { year, at, counts: [...counts.values()], expected_income_cents: Object.fromEntries(income) };
}

/** What a member still owes: what was called (or, without a call, the grid's fee) less what was paid. */
export function amountOwedCents(options: {
  calledCents: number | null;
  feeCents: number;
  paidCents: number;
}): number {
  const due = options.calledCents ?? options.feeCents;
  return Math.max(0, due - options.paidCents);
}

export const statusLabels: Record<'fr' | 'en', Record<MembershipStatus, string>> = {
  fr: {
    in_preparation: 'En préparation',
    validation_pending: 'Validation en cours',
    renewal_pending: 'Renouvellement en cours',
    validated: 'Validée',
    lapsed: 'Échue',
  },
  en: {
    in_preparation: 'In preparation',
    validation_pending: 'Validation pending',
    renewal_pending: 'Renewal pending',
    validated: 'Validated',
    lapsed: 'Lapsed',
  },
};

export const paymentMethodLabels: Record<'fr' | 'en', Record<PaymentMethod, string>> = {
  fr: {
    transfer: 'Virement',
    cheque: 'Chèque',
    card: 'Carte bancaire',
    cash: 'Espèces',
    administrative_mandate: 'Mandat administratif',
    other: 'Autre',
  },
  en: {
    transfer: 'Bank transfer',
    cheque: 'Cheque',
    card: 'Card',
    cash: 'Cash',
    administrative_mandate: 'Administrative mandate',
    other: 'Other',
  },
};

/**
 * The membership year a new assembly (or the dashboard) starts from: this year when it has
 * memberships, else the year with memberships nearest to it (the later one on a tie), else this year.
 * An assembly on a year without members would count nobody: no voter, no quorum, nobody checked in.
 */
export function defaultMembershipYear(yearsWithMemberships: readonly number[], currentYear: number): number {
  let best: number | null = null;
  for (const year of yearsWithMemberships) {
    if (year === currentYear) return year;
    const distance = Math.abs(year - currentYear);
    if (
      best === null ||
      distance < Math.abs(best - currentYear) ||
      (distance === Math.abs(best - currentYear) && year > best)
    )
      best = year;
  }
  return best ?? currentYear;
}
