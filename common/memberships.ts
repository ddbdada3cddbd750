/** Membership categories and statuses, as codes shared by the API, the CLI and the web app. */
export const membershipCategories = [
  'legal_entity',
  'individual',
  'qualified_person',
  'cross_membership',
] as const;
export type MembershipCategory = (typeof membershipCategories)[number];

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

/** Which categories a person holds and which an organisation holds. */
export const personCategories: readonly MembershipCategory[] = ['individual', 'qualified_person'];
export const organisationCategories: readonly MembershipCategory[] = ['legal_entity', 'cross_membership'];

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
 * Counts memberships per category and status as they stood on `at`, and the fee income expected
 * from the validated ones: count × the year's fee for the category.
 */
export function summarizeMemberships(
  year: number,
  at: string,
  memberships: readonly { category: MembershipCategory; changes: readonly StatusChange[] }[],
  feeCents: Partial<Record<MembershipCategory, number>>,
): MembershipSummary {
  const counts = new Map<string, SummaryCount>();
  for (const category of membershipCategories) {
    for (const status of membershipStatuses)
      counts.set(`${category}|${status}`, { category, status, count: 0 });
  }
  for (const membership of memberships) {
    const status = statusOn(membership.changes, at);
    if (status) counts.get(`${membership.category}|${status}`)!.count += 1;
  }
  const expected = Object.fromEntries(
    membershipCategories.map((category) => [
      category,
      counts.get(`${category}|validated`)!.count * (feeCents[category] ?? 0),
    ]),
  ) as Record<MembershipCategory, number>;
  return { year, at, counts: [...counts.values()], expected_income_cents: expected };
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

export const categoryLabels: Record<'fr' | 'en', Record<MembershipCategory, string>> = {
  fr: {
    legal_entity: 'Personne morale',
    individual: 'Personne physique',
    qualified_person: 'Personnalité qualifiée',
    cross_membership: 'Adhésion croisée',
  },
  en: {
    legal_entity: 'Legal entity',
    individual: 'Individual',
    qualified_person: 'Qualified person',
    cross_membership: 'Cross-membership',
  },
};

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
