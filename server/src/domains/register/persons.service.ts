import type { z } from 'zod';
import type {
  affiliationInputSchema,
  PersonInput,
  PersonListItem,
  PersonView,
  RegisterQuery,
} from '../../../../common/register.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { AppError, invalidField } from '../../http/app-error.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.repository.ts';
import { presentPerson, presentPersonListItem } from './persons.presenter.ts';
import {
  clearUsersOfPerson,
  deleteAffiliation,
  eraseAuditDetailsOfPerson,
  findAffiliation,
  findPerson,
  insertAffiliation,
  insertPerson,
  listAffiliationsOf,
  listAuditOfPerson,
  listPaymentsOfMemberships,
  listStatusChangesOfMemberships,
  organisationExists,
  personIdOfUserRow,
  refreshPersonIndex,
  searchPersonRows,
  updatePersonRow,
  type PersonRow,
} from './persons.repository.ts';
import { listMembershipBriefsOf } from '../memberships/memberships.service.ts';

export async function searchPersons(
  context: ServiceContext,
  query: RegisterQuery,
): Promise<{ persons: PersonListItem[]; total: number }> {
  const { db } = context.database;
  const filter = {
    q: query.q,
    year: query.year,
    category: query.category,
    status: query.status,
    isUnpaid: query.unpaid,
  };
  const { rows, total } = await searchPersonRows(db, filter, query);
  const ids = rows.map((row) => row.id);
  const affiliations = await listAffiliationsOf(db, ids);
  const memberships = await listMembershipBriefsOf(db, { personIds: ids }, query.year);
  const persons = rows.map((row) =>
    presentPersonListItem(
      row,
      affiliations.filter((affiliation) => affiliation.person_id === row.id),
      memberships.find((membership) => membership.person_id === row.id),
    ),
  );
  return { persons, total };
}

export async function getPerson(context: ServiceContext, personId: string): Promise<PersonView> {
  const { db } = context.database;
  const row = await findPerson(db, personId);
  if (!row || row.merged_into_id) throw new AppError('person_not_found');
  return presentPerson(
    row,
    await listAffiliationsOf(db, [row.id]),
    await listMembershipBriefsOf(db, { personIds: [row.id] }),
  );
}

function toColumns(input: PersonInput, previous?: PersonRow) {
  const consent =
    input.hasEmailConsent === undefined
      ? (previous?.email_consent_at ?? null)
      : input.hasEmailConsent
        ? (previous?.email_consent_at ?? nowIso())
        : null;
  return {
    civility: input.civility ?? null,
    first_name: input.firstName,
    last_name: input.lastName,
    email: input.email ?? null,
    phone: input.phone ?? null,
    address_line: input.addressLine ?? null,
    postal_code: input.postalCode ?? null,
    city: input.city ?? null,
    country: input.country ?? null,
    notes: input.notes ?? null,
    email_consent_at: consent,
  };
}

export async function createPerson(
  context: ServiceContext,
  { actor, person }: { actor: SessionUser | null; person: PersonInput },
): Promise<PersonView> {
  const id = newId();
  await context.database.db.transaction().execute(async (transaction) => {
    const now = nowIso();
    await insertPerson(transaction, {
      id,
      ...toColumns(person),
      created_at: now,
      updated_at: now,
      erased_at: null,
      merged_into_id: null,
    });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'person.created',
      subjectType: 'person',
      subjectId: id,
      details: { firstName: person.firstName, lastName: person.lastName },
    });
  });
  return getPerson(context, id);
}

export async function updatePerson(
  context: ServiceContext,
  { actor, personId, person }: { actor: SessionUser | null; personId: string; person: PersonInput },
): Promise<PersonView> {
  await context.database.db.transaction().execute(async (transaction) => {
    const previous = await findPerson(transaction, personId);
    if (!previous || previous.merged_into_id) throw new AppError('person_not_found');
    if (previous.erased_at) throw new AppError('person_erased');
    const columns = toColumns(person, previous);
    const changed = Object.fromEntries(
      Object.entries(columns)
        .filter(([key, value]) => previous[key as keyof PersonRow] !== value)
        .map(([key, value]) => [key, { from: previous[key as keyof PersonRow], to: value }]),
    );
    await updatePersonRow(transaction, personId, { ...columns, updated_at: nowIso() });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'person.updated',
      subjectType: 'person',
      subjectId: personId,
      details: changed,
    });
  });
  return getPerson(context, personId);
}

export async function addAffiliation(
  context: ServiceContext,
  options: {
    actor: SessionUser | null;
    personId: string;
    affiliation: z.infer<typeof affiliationInputSchema>;
  },
): Promise<PersonView> {
  const { affiliation } = options;
  await context.database.db.transaction().execute(async (transaction) => {
    if (!(await findPerson(transaction, options.personId))) throw new AppError('person_not_found');
    if (!(await organisationExists(transaction, affiliation.organisationId)))
      throw invalidField('body.organisationId', 'unknown_organisation');
    const id = newId();
    await insertAffiliation(transaction, {
      id,
      person_id: options.personId,
      organisation_id: affiliation.organisationId,
      title: affiliation.title ?? null,
      is_staff: affiliation.isStaff ? 1 : 0,
      starts_on: affiliation.startsOn ?? null,
      ends_on: affiliation.endsOn ?? null,
      created_at: nowIso(),
    });
    await refreshPersonIndex(transaction, options.personId);
    await recordAuditEvent(transaction, {
      actorUserId: options.actor?.id ?? null,
      action: 'affiliation.created',
      subjectType: 'person',
      subjectId: options.personId,
      details: { affiliationId: id, ...affiliation },
    });
  });
  return getPerson(context, options.personId);
}

export async function removeAffiliation(
  context: ServiceContext,
  options: { actor: SessionUser | null; affiliationId: string },
): Promise<void> {
  await context.database.db.transaction().execute(async (transaction) => {
    const row = await findAffiliation(transaction, options.affiliationId);
    if (!row) throw new AppError('affiliation_not_found');
    await deleteAffiliation(transaction, row.id);
    await refreshPersonIndex(transaction, row.person_id);
    await recordAuditEvent(transaction, {
      actorUserId: options.actor?.id ?? null,
      action: 'affiliation.deleted',
      subjectType: 'person',
      subjectId: row.person_id,
      details: { ...row },
    });
  });
}

/** Everything Quorum holds about a person, as the RGPD's right of access asks. */
export async function exportPersonData(context: ServiceContext, personId: string, actor: SessionUser | null) {
  const { db } = context.database;
  const person = await getPerson(context, personId);
  const membershipIds = person.memberships.map((membership) => membership.id);
  const statusChanges = await listStatusChangesOfMemberships(db, membershipIds);
  const payments = await listPaymentsOfMemberships(db, membershipIds);
  const audit = await listAuditOfPerson(db, personId);
  await recordAuditEvent(db, {
    actorUserId: actor?.id ?? null,
    action: 'person.exported',
    subjectType: 'person',
    subjectId: personId,
  });
  return { exportedAt: nowIso(), person, statusChanges, payments, history: audit };
}

/**
 * Erasure (RGPD): the person's identifying data is replaced, links to memberships, attendance and
 * votes stay so that counts, cast votes and signed minutes do not change.
 */
export async function erasePerson(
  context: ServiceContext,
  { actor, personId }: { actor: SessionUser | null; personId: string },
): Promise<PersonView> {
  await context.database.db.transaction().execute(async (transaction) => {
    const person = await findPerson(transaction, personId);
    if (!person || person.merged_into_id) throw new AppError('person_not_found');
    if (person.erased_at) return;
    const now = nowIso();
    await updatePersonRow(transaction, personId, {
      civility: null,
      first_name: 'Personne',
      last_name: `effacée ${personId.slice(0, 8)}`,
      email: null,
      phone: null,
      address_line: null,
      postal_code: null,
      city: null,
      country: null,
      notes: null,
      email_consent_at: null,
      erased_at: now,
      updated_at: now,
    });
    await clearUsersOfPerson(transaction, personId);
    // Earlier audit entries may quote the erased data: they keep what happened, not who it was.
    await eraseAuditDetailsOfPerson(transaction, personId);
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'person.erased',
      subjectType: 'person',
      subjectId: personId,
    });
  });
  return getPerson(context, personId);
}

export async function personIdOfUser(db: DbOrTransaction, userId: string): Promise<string | null> {
  return personIdOfUserRow(db, userId);
}
