import type { z } from 'zod';
import type {
  affiliationInputSchema,
  PersonDataExport,
  PersonInput,
  PersonSearchResult,
  PersonView,
  RegisterQuery,
} from '../../../../common/register.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { AppError, invalidField } from '../../http/app-error.ts';
import { checkVersion, refusingStale, StaleVersionError } from '../../http/record-version.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import { presentPerson, presentPersonDataExport, presentPersonListItem } from './persons.presenter.ts';
import {
  clearUsersOfPerson,
  deleteAffiliation,
  deleteMemberAccountsOfPerson,
  eraseAuditDetailsOfPerson,
  eraseCopiesOfPerson,
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
import {
  customFieldsColumn,
  listRegisterFields,
  mergeCustomFields,
  parseCustomFields,
} from './register-fields.service.ts';

export async function searchPersons(
  context: ServiceContext,
  query: RegisterQuery,
): Promise<PersonSearchResult> {
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

function toColumns(
  input: PersonInput,
  previous: PersonRow | undefined,
  customFields: Record<string, string>,
) {
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
    usual_name: input.usualName ?? null,
    custom_fields: customFieldsColumn(customFields),
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
    const fields = await listRegisterFields(transaction);
    await insertPerson(transaction, {
      id,
      ...toColumns(person, undefined, mergeCustomFields(fields, {}, person.customFields)),
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
  {
    actor,
    personId,
    person,
    expectedVersion,
  }: {
    actor: SessionUser | null;
    personId: string;
    person: PersonInput;
    /** The version the change was made on (If-Match); a stale one is refused with the current record. */
    expectedVersion?: number | undefined;
  },
): Promise<PersonView> {
  const write = () =>
    context.database.db.transaction().execute(async (transaction) => {
      const previous = await findPerson(transaction, personId);
      if (!previous || previous.merged_into_id) throw new AppError('person_not_found');
      if (previous.erased_at) throw new AppError('person_erased');
      checkVersion(previous, expectedVersion);
      const fields = await listRegisterFields(transaction);
      const customFields = mergeCustomFields(
        fields,
        parseCustomFields(previous.custom_fields),
        person.customFields,
      );
      const columns = toColumns(person, previous, customFields);
      const changed = Object.fromEntries(
        Object.entries(columns)
          .filter(([key, value]) => previous[key as keyof PersonRow] !== value)
          .map(([key, value]) => [key, { from: previous[key as keyof PersonRow], to: value }]),
      );
      const isUpdated = await updatePersonRow(
        transaction,
        personId,
        { ...columns, updated_at: nowIso() },
        expectedVersion,
      );
      if (!isUpdated) throw new StaleVersionError();
      await recordAuditEvent(transaction, {
        actorUserId: actor?.id ?? null,
        action: 'person.updated',
        subjectType: 'person',
        subjectId: personId,
        details: changed,
      });
    });
  await refusingStale(write, () => getPerson(context, personId));
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
export async function exportPersonData(
  context: ServiceContext,
  personId: string,
  actor: SessionUser | null,
): Promise<PersonDataExport> {
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
  return presentPersonDataExport({ exportedAt: nowIso(), person, statusChanges, payments, history: audit });
}

/**
 * Erasure (RGPD): the person's identifying data is replaced, and so is every copy of it kept beside
 * the links (attendance labels, convocation addresses, voters' names, mandates, staff, audit details,
 * the mails Quorum kept); links to memberships, attendance and votes stay so that counts, cast votes
 * and signed minutes do not change. Signed minutes themselves are the association's legal record and
 * stay as signed.
 */
export async function erasePerson(
  context: ServiceContext,
  { actor, personId }: { actor: SessionUser | null; personId: string },
): Promise<PersonView> {
  let erasedEmail: string | null = null;
  await context.database.db.transaction().execute(async (transaction) => {
    const person = await findPerson(transaction, personId);
    if (!person || person.merged_into_id) throw new AppError('person_not_found');
    if (person.erased_at) return;
    const now = nowIso();
    const erasedName = `Personne effacée ${personId.slice(0, 8)}`;
    erasedEmail = person.email;
    // Before the person's row loses the address the audit entries are found by.
    await eraseAuditDetailsOfPerson(transaction, personId, person.email);
    await eraseCopiesOfPerson(transaction, personId, erasedName);
    await deleteMemberAccountsOfPerson(transaction, personId);
    await updatePersonRow(transaction, personId, {
      civility: null,
      usual_name: null,
      custom_fields: null,
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
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'person.erased',
      subjectType: 'person',
      subjectId: personId,
    });
  });
  // The mails sent to them, where Quorum keeps copies (without SMTP): once the erasure is committed.
  if (erasedEmail) await context.mailer.forget(erasedEmail);
  return getPerson(context, personId);
}

/** The record of the register a signed-in account is linked to; 404 when it is linked to none. */
async function ownPersonId(context: ServiceContext, user: SessionUser): Promise<string> {
  const personId = await personIdOfUserRow(context.database.db, user.id);
  if (!personId) throw new AppError('no_person_for_account');
  return personId;
}

export async function getOwnPerson(context: ServiceContext, user: SessionUser): Promise<PersonView> {
  return getPerson(context, await ownPersonId(context, user));
}

/** A member changes their own record; the staff's notes stay as they are. */
export async function updateOwnPerson(
  context: ServiceContext,
  {
    actor,
    person,
    expectedVersion,
  }: {
    actor: SessionUser;
    person: Omit<PersonInput, 'notes' | 'customFields'>;
    expectedVersion?: number | undefined;
  },
): Promise<PersonView> {
  const personId = await ownPersonId(context, actor);
  const current = await getPerson(context, personId);
  // The notes are carried over as read: a change of them in between must not be undone.
  return updatePerson(context, {
    actor,
    personId,
    person: { ...person, notes: current.notes },
    expectedVersion: expectedVersion ?? current.version,
  });
}

export async function exportOwnData(context: ServiceContext, actor: SessionUser): Promise<PersonDataExport> {
  return exportPersonData(context, await ownPersonId(context, actor), actor);
}

/**
 * A person another use case adds (pasted attendance lines), inside that use case's transaction,
 * which records the audit; the person is searchable and matchable at once.
 */
export async function addPersonWithin(
  db: DbOrTransaction,
  person: { id: string; firstName: string; lastName: string; notes: string | null; now: string },
): Promise<void> {
  await insertPerson(db, {
    id: person.id,
    civility: null,
    first_name: person.firstName,
    last_name: person.lastName,
    email: null,
    phone: null,
    address_line: null,
    postal_code: null,
    city: null,
    country: null,
    notes: person.notes,
    created_at: person.now,
    updated_at: person.now,
    email_consent_at: null,
    erased_at: null,
    merged_into_id: null,
  });
}

/**
 * Affiliations another use case adds inside its transaction (not staff, undated); each person is
 * then found by the names of their organisations too.
 */
export async function addAffiliationsWithin(
  db: DbOrTransaction,
  affiliations: { personId: string; organisationId: string; title: string | null; now: string }[],
): Promise<void> {
  for (const affiliation of affiliations) {
    await insertAffiliation(db, {
      id: newId(),
      person_id: affiliation.personId,
      organisation_id: affiliation.organisationId,
      title: affiliation.title,
      is_staff: 0,
      starts_on: null,
      ends_on: null,
      created_at: affiliation.now,
    });
  }
  const personIds = new Set(affiliations.map((affiliation) => affiliation.personId));
  for (const personId of personIds) await refreshPersonIndex(db, personId);
}

/** Each person's organisations, by name, with the values of their own fields (for the export). */
export async function organisationsOfPersons(
  db: DbOrTransaction,
  personIds: string[],
): Promise<Map<string, { name: string; customFields: Record<string, string> }[]>> {
  const organisations = new Map<string, { name: string; customFields: Record<string, string> }[]>();
  for (const affiliation of await listAffiliationsOf(db, personIds)) {
    const ofPerson = organisations.get(affiliation.person_id) ?? [];
    if (!ofPerson.some((entry) => entry.name === affiliation.organisation_name))
      ofPerson.push({
        name: affiliation.organisation_name,
        customFields: parseCustomFields(affiliation.organisation_custom_fields),
      });
    organisations.set(affiliation.person_id, ofPerson);
  }
  return organisations;
}
