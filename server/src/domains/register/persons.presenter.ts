import {
  amountOwedCents,
  type MembershipCategory,
  type MembershipStatus,
} from '../../../../common/memberships.ts';
import { formatAdministrativeName, formatDisplayName } from '../../../../common/names.ts';
import type { PersonListItem, PersonView } from '../../../../common/register.schemas.ts';
import type { listMembershipBriefs } from '../memberships/memberships.repository.ts';
import type { listAffiliationsOf, PersonRow } from './persons.repository.ts';

type AffiliationRow = Awaited<ReturnType<typeof listAffiliationsOf>>[number];
type MembershipRow = Awaited<ReturnType<typeof listMembershipBriefs>>[number];

export function presentMembershipBrief(row: MembershipRow) {
  const feeCents = Number(row.called_cents ?? row.grid_cents);
  const paid = Number(row.paid_cents);
  return {
    id: row.id,
    year: Number(row.year),
    category: row.category as MembershipCategory,
    status: (row.status ?? null) as MembershipStatus | null,
    feeCents,
    paidCents: paid,
    owedCents: amountOwedCents({
      calledCents: row.called_cents === null ? null : Number(row.called_cents),
      feeCents: Number(row.grid_cents),
      paidCents: paid,
    }),
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
  };
}
