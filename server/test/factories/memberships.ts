import type { MembershipCategory, MembershipStatus } from '../../../common/memberships.ts';
import type { PaymentInput } from '../../../common/register.schemas.ts';
import type { ServiceContext } from '../../src/context.ts';
import {
  callFee,
  changeMembershipStatus,
  createMembership as saveMembership,
  recordPayment,
  setFeeGrid,
} from '../../src/domains/memberships/memberships.service.ts';
import { ensureCategory, type CategorySeed } from '../../src/db/seed/seed-helpers.ts';
import { createOrganisation, createPerson } from './register.ts';

/**
 * The categories most tests use, with the codes and words of the list Quorum once had fixed: two
 * for persons, two for organisations (the last names a partner), every one voting with one vote.
 */
export const testCategories: CategorySeed[] = [
  {
    code: 'legal_entity',
    kind: 'organisation',
    fr: ['Personne morale', 'Personnes morales', 'collectivités et institutions'],
    en: ['Legal entity', 'Legal entities', 'local authorities and institutions'],
  },
  {
    code: 'individual',
    kind: 'person',
    fr: ['Personne physique', 'Personnes physiques', 'adhésions individuelles'],
    en: ['Individual', 'Individuals', 'individual memberships'],
  },
  {
    code: 'qualified_person',
    kind: 'person',
    fr: ['Personnalité qualifiée', 'Personnalités qualifiées'],
    en: ['Qualified person', 'Qualified persons'],
  },
  {
    code: 'cross_membership',
    kind: 'organisation',
    fr: ['Adhésion croisée', 'Adhésions croisées'],
    en: ['Cross-membership', 'Cross-memberships'],
    hasPartner: true,
  },
];

/** The test categories (or those given), each added once. */
export async function createCategories(context: ServiceContext, categories: CategorySeed[] = testCategories) {
  await context.database.db.transaction().execute(async (transaction) => {
    for (const category of categories) await ensureCategory(transaction, category);
  });
}

/**
 * A membership with its dated statuses, through the memberships' service. `history` lists the
 * statuses in order; without it the membership is validated on 1 January of its year.
 */
export async function createMembership(
  context: ServiceContext,
  options: {
    year: number;
    personId?: string;
    organisationId?: string;
    category?: MembershipCategory;
    partnerOrganisationId?: string;
    status?: MembershipStatus;
    effectiveOn?: string;
    history?: [MembershipStatus, string][];
  },
) {
  const history = options.history ?? [
    [options.status ?? 'validated', options.effectiveOn ?? `${options.year}-01-01`],
  ];
  const [[status, effectiveOn], ...later] = history as [
    [MembershipStatus, string],
    ...[MembershipStatus, string][],
  ];
  const category = options.category ?? (options.personId ? 'individual' : 'legal_entity');
  if (testCategories.some((entry) => entry.code === category)) await createCategories(context);
  let membership = await saveMembership(context, {
    actor: null,
    membership: {
      year: options.year,
      category,
      status,
      effectiveOn,
      ...(options.personId ? { personId: options.personId } : { organisationId: options.organisationId! }),
      ...(category === 'cross_membership' || options.partnerOrganisationId
        ? { partnerOrganisationId: options.partnerOrganisationId ?? options.organisationId! }
        : {}),
    },
  });
  for (const [nextStatus, day] of later) {
    membership = await changeMembershipStatus(context, {
      actor: null,
      membershipId: membership.id,
      status: nextStatus,
      effectiveOn: day,
    });
  }
  return membership;
}

/** A person and their individual membership of the year. */
export async function createIndividualMember(
  context: ServiceContext,
  options: {
    year: number;
    firstName?: string;
    lastName?: string;
    email?: string;
    status?: MembershipStatus;
    effectiveOn?: string;
    history?: [MembershipStatus, string][];
  },
) {
  const { firstName, lastName, email, ...membership } = options;
  const person = await createPerson(context, {
    ...(firstName ? { firstName } : {}),
    ...(lastName ? { lastName } : {}),
    ...(email ? { email } : {}),
  });
  return { person, membership: await createMembership(context, { ...membership, personId: person.id }) };
}

/** An organisation and its membership of the year (a legal entity by default). */
export async function createOrganisationMember(
  context: ServiceContext,
  options: {
    year: number;
    name?: string;
    category?: MembershipCategory;
    status?: MembershipStatus;
    effectiveOn?: string;
    history?: [MembershipStatus, string][];
  },
) {
  const { name, ...membership } = options;
  const organisation = await createOrganisation(context, name ? { name } : {});
  return {
    organisation,
    membership: await createMembership(context, { ...membership, organisationId: organisation.id }),
  };
}

/** The year's fees in cents; categories left out have no fee. */
export async function createFeeGrid(
  context: ServiceContext,
  options: { year: number; fees?: Partial<Record<MembershipCategory, number>> },
) {
  const fees = options.fees ?? { individual: 2_000, legal_entity: 50_000 };
  if (Object.keys(fees).some((code) => testCategories.some((entry) => entry.code === code)))
    await createCategories(context);
  return setFeeGrid(context, {
    actor: null,
    year: options.year,
    entries: Object.entries(fees).flatMap(([category, amountCents]) =>
      amountCents === undefined ? [] : [{ category, amountCents }],
    ),
  });
}

/** A payment of a membership's fee (a cheque by default), through the memberships' service. */
export async function createPayment(
  context: ServiceContext,
  options: { membershipId: string; amountCents: number; paidOn: string; method?: PaymentInput['method'] },
) {
  return recordPayment(context, {
    actor: null,
    membershipId: options.membershipId,
    payment: {
      amountCents: options.amountCents,
      paidOn: options.paidOn,
      method: options.method ?? 'cheque',
      reference: null,
    },
  });
}

/** A call for a membership's fee (the grid's amount unless given), through the memberships' service. */
export async function createFeeCall(
  context: ServiceContext,
  options: { membershipId: string; calledOn: string; amountCents?: number },
) {
  return callFee(context, {
    actor: null,
    membershipId: options.membershipId,
    call: {
      calledOn: options.calledOn,
      ...(options.amountCents === undefined ? {} : { amountCents: options.amountCents }),
    },
  });
}
