import {
  amountOwedCents,
  type MembershipStatus,
  type PaymentMethod,
} from '../../../../common/memberships.ts';
import { formatAdministrativeName, formatDisplayName } from '../../../../common/names.ts';
import type { PersonDataExport, PersonListItem, PersonView } from '../../../../common/register.schemas.ts';
import type { listMembershipBriefsOf } from '../memberships/memberships.service.ts';
import { parseCustomFields } from './register-fields.service.ts';
import type {
  listAffiliationsOf,
  listAuditOfPerson,
  listPaymentsOfMemberships,
  listStatusChangesOfMemberships,
  PersonRow,
} from './persons.repository.ts';

type AffiliationRow = Awaited<ReturnType<typeof listAffiliationsOf>>[number];
type MembershipRow = Awaited<ReturnType<typeof listMembershipBriefsOf>>[number];

export function presentMembershipBrief(row: MembershipRow) {
  const feeCents = Number(row.called_cents ?? row.grid_cents);
  const paid = Number(row.paid_cents);
  return {
    id: row.id,
    year: Number(row.year),
    category: row.category,
    status: (row.status ?? null) as MembershipStatus | null,
    feeCents,
    paidCents: paid,
    owedCents: amountOwedCents({
      calledCents: row.called_cents === null ? null : Number(row.called_cents),
      feeCents: Number(row.grid_cents),
      paidCents: paid,
    }),
    calledOn: row.called_on ?? null,
    lastPaidOn: row.last_paid_on ?? null,
    paymentCount: Number(row.payment_count),
    version: Number(row.version),
  };
}

export function presentPersonListItem(
  row: PersonRow,
  affiliations: AffiliationRow[],
  membership: MembershipRow | undefined,
): PersonListItem {
  const names = { firstName: row.first_name, lastName: row.last_name };
  return {
    id: row.id,
    ...names,
    displayName: formatDisplayName(names),
    administrativeName: formatAdministrativeName(names),
    usualName: row.usual_name ?? null,
    email: row.email,
    organisations: [...new Set(affiliations.map((affiliation) => affiliation.organisation_name))],
    membership: membership ? presentMembershipBrief(membership) : null,
  };
}

export function presentPerson(
  row: PersonRow,
  affiliations: AffiliationRow[],
  memberships: MembershipRow[],
): PersonView {
  return {
    ...presentPersonListItem(row, affiliations, memberships[0]),
    civility: row.civility,
    phone: row.phone,
    addressLine: row.address_line,
    postalCode: row.postal_code,
    city: row.city,
    country: row.country,
    notes: row.notes,
    emailConsentAt: row.email_consent_at,
    erasedAt: row.erased_at,
    customFields: parseCustomFields(row.custom_fields ?? null),
    affiliations: affiliations.map((affiliation) => ({
      id: affiliation.id,
      organisationId: affiliation.organisation_id,
      organisationName: affiliation.organisation_name,
      title: affiliation.title,
      isStaff: affiliation.is_staff === 1,
      startsOn: affiliation.starts_on,
      endsOn: affiliation.ends_on,
    })),
    memberships: memberships.map(presentMembershipBrief),
    version: row.version,
  };
}

/** The RGPD export of a person: their record, their memberships' statuses and payments, their audit trail. */
export function presentPersonDataExport(parts: {
  exportedAt: string;
  person: PersonView;
  statusChanges: Awaited<ReturnType<typeof listStatusChangesOfMemberships>>;
  payments: Awaited<ReturnType<typeof listPaymentsOfMemberships>>;
  history: Awaited<ReturnType<typeof listAuditOfPerson>>;
}): PersonDataExport {
  return {
    exportedAt: parts.exportedAt,
    person: parts.person,
    statusChanges: parts.statusChanges.map((change) => ({
      id: change.id,
      membershipId: change.membership_id,
      status: change.status as MembershipStatus,
      effectiveOn: change.effective_on,
      recordedAt: change.recorded_at,
      recordedBy: change.recorded_by,
    })),
    payments: parts.payments.map((payment) => ({
      id: payment.id,
      membershipId: payment.membership_id,
      amountCents: Number(payment.amount_cents),
      paidOn: payment.paid_on,
      method: payment.method as PaymentMethod,
      reference: payment.reference,
      receiptNumber: payment.receipt_number,
      createdAt: payment.created_at,
    })),
    history: parts.history.map((entry) => ({
      occurredAt: entry.occurred_at,
      action: entry.action,
      details: entry.details,
    })),
  };
}
