import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import { normalizeName } from '../../../../common/names.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import type { AffiliationsTable, PersonsTable } from '../../db/tables.ts';
import { calledCents, currentStatus, gridCents, paidCents } from '../../db/membership-figures.ts';
import { newId } from '../../ids.ts';
import { matchKeys, minIndexedWordLength, personSearchText, searchWords } from './person-matching.ts';
import { nextVersion } from '../../db/record-version.ts';

export type PersonRow = Selectable<PersonsTable>;

export async function insertPerson(db: DbOrTransaction, row: Insertable<PersonsTable>): Promise<void> {
  await db.insertInto('persons').values(row).execute();
  await refreshPersonIndex(db, row.id);
}

/** Changes a person and raises its version; false (nothing changed) when `expectedVersion` is no longer its version. */
export async function updatePersonRow(
  db: DbOrTransaction,
  id: string,
  changes: Updateable<PersonsTable>,
  expectedVersion?: number,
): Promise<boolean> {
  let query = db
    .updateTable('persons')
    .set({ ...changes, version: nextVersion })
    .where('id', '=', id);
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
  const result = await query.executeTakeFirst();
  if (result.numUpdatedRows === 0n) return false;
  await refreshPersonIndex(db, id);
  return true;
}

export async function findPerson(db: DbOrTransaction, id: string): Promise<PersonRow | undefined> {
  return db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Recomputes what a person is searched and matched by; called after every change to them or their links. */
export async function refreshPersonIndex(db: DbOrTransaction, personId: string): Promise<void> {
  const person = await findPerson(db, personId);
  if (!person) return;
  const organisations = await db
    .selectFrom('affiliations')
    .innerJoin('organisations', 'organisations.id', 'affiliations.organisation_id')
    .select('organisations.name')
    .where('affiliations.person_id', '=', personId)
    .execute();
  const names = { firstName: person.first_name, lastName: person.last_name };
  const searchText = personSearchText(
    { ...names, email: person.email, customFields: person.custom_fields },
    organisations.map((row) => row.name),
  );
  await db.updateTable('persons').set({ search_text: searchText }).where('id', '=', personId).execute();
  await db.deleteFrom('person_search_words').where('person_id', '=', personId).execute();
  await db.deleteFrom('person_match_keys').where('person_id', '=', personId).execute();
  if (person.merged_into_id) return;
  const words = searchWords(searchText);
  if (words.length > 0)
    await db
      .insertInto('person_search_words')
      .values(words.map((word) => ({ person_id: personId, word })))
      .execute();
  if (person.erased_at) return;
  await db
    .insertInto('person_match_keys')
    .values(matchKeys(names).map((key) => ({ id: newId(), person_id: personId, match_key: key })))
    .execute();
}

/** Fills the word index from every person's search text (after a restore, which does not carry it). */
export async function rebuildPersonSearchWords(db: DbOrTransaction): Promise<void> {
  await db.deleteFrom('person_search_words').execute();
  let after = '';
  for (;;) {
    const persons = await db
      .selectFrom('persons')
      .select(['id', 'search_text'])
      .where('id', '>', after)
      .where('merged_into_id', 'is', null)
      .orderBy('id')
      .limit(2000)
      .execute();
    if (persons.length === 0) return;
    const rows = persons.flatMap((person) =>
      searchWords(person.search_text).map((word) => ({ person_id: person.id, word })),
    );
    for (let start = 0; start < rows.length; start += 5000)
      await db
        .insertInto('person_search_words')
        .values(rows.slice(start, start + 5000))
        .execute();
    after = persons.at(-1)!.id;
  }
}

export interface PersonFilter {
  q?: string | undefined;
  year?: number | undefined;
  category?: string | undefined;
  status?: string | undefined;
  isUnpaid?: boolean | undefined;
}

/** Below this many persons, a query word alone gives the candidates. */
const selectiveCap = 3000;
/** Past this many persons, a query word is too common for the index: it is checked as a substring. */
const commonCap = 15000;

interface SearchPlan {
  filter: PersonFilter;
  words: string[];
  /** Words persons have words beginning with: their ids are the candidates (all of them, intersected). */
  drivers: string[];
  /**
   * The candidates themselves when one word is selective (fewer than 3 000 persons): given to the
   * query as a list, so no planner has to guess how many persons a word prefix finds (PostgreSQL
   * guessed thousands for a rare name and read the whole register in name order).
   */
  candidateIds?: string[];
}

/**
 * How a search runs. Every word of the query must appear in the person's search text (names,
 * e-mail, organisations; accents and case ignored). Candidates come from the word index (a person
 * word beginning with the query word: an index range on both engines): through the query's most
 * selective word when one is selective enough, else through every word not too common at once
 * (the persons having a word beginning with each). A query word no person word begins with (a
 * piece from the middle of a word), or that too many do, is checked as a substring only; when no
 * word can use the index, the persons are read whole.
 */
async function planSearch(db: DbOrTransaction, filter: PersonFilter): Promise<SearchPlan> {
  const words = [
    ...new Set(
      normalizeName(filter.q ?? '')
        .split(' ')
        .filter(Boolean),
    ),
  ];
  const counted: { word: string; count: number }[] = [];
  for (const word of words) {
    if (word.length < minIndexedWordLength) continue;
    const found = await db
      .selectFrom((eb) =>
        eb
          .selectFrom('person_search_words')
          .select('person_id')
          .where('word', 'like', `${escapeLike(word)}%`)
          .limit(commonCap)
          .as('matches'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const count = Number(found.n);
    if (count > 0) counted.push({ word, count });
  }
  counted.sort((a, b) => a.count - b.count);
  const usable = counted.filter((entry) => entry.count < commonCap);
  const driver = usable[0];
  if (driver && driver.count < selectiveCap) {
    const candidates = await db
      .selectFrom('person_search_words')
      .select('person_id')
      .distinct()
      .where('word', 'like', `${escapeLike(driver.word)}%`)
      .execute();
    return { filter, words, drivers: [driver.word], candidateIds: candidates.map((row) => row.person_id) };
  }
  return { filter, words, drivers: usable.map((entry) => entry.word) };
}

/** Words hold only letters, digits and spaces (normalizeName), so nothing needs escaping today. */
function escapeLike(word: string): string {
  return word.replace(/[%_\\]/g, '');
}

function filtered(db: DbOrTransaction, plan: SearchPlan) {
  const { filter, words, drivers, candidateIds } = plan;
  let query = db.selectFrom('persons').where('persons.merged_into_id', 'is', null);
  if (candidateIds) query = query.where('persons.id', 'in', candidateIds);
  else
    for (const driver of drivers) {
      query = query.where('persons.id', 'in', (eb) =>
        eb
          .selectFrom('person_search_words')
          .select('person_search_words.person_id')
          .where('person_search_words.word', 'like', `${escapeLike(driver)}%`),
      );
    }
  // A driver is in the search text already (a word begins with it); the other words as substrings.
  for (const word of words.filter((word) => !drivers.includes(word)))
    query = query.where('persons.search_text', 'like', `%${escapeLike(word)}%`);
  if (filter.year !== undefined || filter.category || filter.status || filter.isUnpaid) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('memberships as m')
          .select('m.id')
          .whereRef('m.person_id', '=', 'persons.id')
          .$if(filter.year !== undefined, (sub) => sub.where('m.year', '=', filter.year!))
          .$if(Boolean(filter.category), (sub) => sub.where('m.category', '=', filter.category!))
          .$if(Boolean(filter.status), (sub) => sub.where(currentStatus, '=', filter.status!))
          .$if(Boolean(filter.isUnpaid), (sub) =>
            sub.where(sql<boolean>`${paidCents} < coalesce(${calledCents}, ${gridCents})`),
          ),
      ),
    );
  }
  return query;
}

/** Whether the word index alone answers how many persons a search finds (it holds no merged person). */
function isIndexOnly(plan: SearchPlan): boolean {
  const { filter } = plan;
  const hasMembershipFilter =
    filter.year !== undefined ||
    Boolean(filter.category) ||
    Boolean(filter.status) ||
    Boolean(filter.isUnpaid);
  return (
    !hasMembershipFilter && plan.drivers.length > 0 && plan.words.every((word) => plan.drivers.includes(word))
  );
}

/** How many persons have, for every driver, a word beginning with it: index only. */
async function countFromWordIndex(db: DbOrTransaction, drivers: string[]): Promise<number> {
  const sets = drivers.map(
    (driver) =>
      sql`select distinct person_id from person_search_words where word like ${`${escapeLike(driver)}%`}`,
  );
  const found = await sql<{
    n: number;
  }>`select count(*) as n from (${sql.join(sets, sql` intersect `)}) as found`.execute(db);
  return Number(found.rows[0]!.n);
}

/** One page of the persons a filter finds, in name order, and how many it finds in all. */
export async function searchPersonRows(
  db: DbOrTransaction,
  filter: PersonFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: PersonRow[]; total: number }> {
  const plan = await planSearch(db, filter);
  const rows = await filtered(db, plan)
    .selectAll('persons')
    .orderBy('persons.last_name')
    .orderBy('persons.first_name')
    .orderBy('persons.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const counted =
    page.offset === 0 && rows.length < page.limit
      ? rows.length
      : isIndexOnly(plan)
        ? (plan.candidateIds?.length ?? (await countFromWordIndex(db, plan.drivers)))
        : Number(
            (
              await filtered(db, plan)
                .select((eb) => eb.fn.countAll<number>().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          );
  return { rows, total: counted };
}

export async function listAffiliationsOf(db: DbOrTransaction, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('affiliations')
    .innerJoin('organisations', 'organisations.id', 'affiliations.organisation_id')
    .select([
      'affiliations.id',
      'affiliations.person_id',
      'affiliations.organisation_id',
      'organisations.name as organisation_name',
      'organisations.custom_fields as organisation_custom_fields',
      'affiliations.title',
      'affiliations.is_staff',
      'affiliations.starts_on',
      'affiliations.ends_on',
    ])
    .where('affiliations.person_id', 'in', personIds)
    .orderBy('organisations.name')
    .execute();
}

export async function organisationExists(db: DbOrTransaction, organisationId: string): Promise<boolean> {
  return Boolean(
    await db.selectFrom('organisations').select('id').where('id', '=', organisationId).executeTakeFirst(),
  );
}

export async function insertAffiliation(db: DbOrTransaction, row: Insertable<AffiliationsTable>) {
  await db.insertInto('affiliations').values(row).execute();
}

export async function findAffiliation(db: DbOrTransaction, id: string) {
  return db.selectFrom('affiliations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteAffiliation(db: DbOrTransaction, id: string) {
  await db.deleteFrom('affiliations').where('id', '=', id).execute();
}

export async function listStatusChangesOfMemberships(db: DbOrTransaction, membershipIds: string[]) {
  if (membershipIds.length === 0) return [];
  return db
    .selectFrom('membership_status_changes')
    .selectAll()
    .where('membership_id', 'in', membershipIds)
    .execute();
}

export async function listPaymentsOfMemberships(db: DbOrTransaction, membershipIds: string[]) {
  if (membershipIds.length === 0) return [];
  return db.selectFrom('payments').selectAll().where('membership_id', 'in', membershipIds).execute();
}

/** What the audit log says about a person, oldest first (the RGPD export). */
export async function listAuditOfPerson(db: DbOrTransaction, personId: string) {
  return db
    .selectFrom('audit_events')
    .select(['occurred_at', 'action', 'details'])
    .where('subject_type', '=', 'person')
    .where('subject_id', '=', personId)
    .orderBy('occurred_at')
    .execute();
}

export async function clearUsersOfPerson(db: DbOrTransaction, personId: string) {
  await db.updateTable('users').set({ person_id: null }).where('person_id', '=', personId).execute();
}

/**
 * Audit entries that may quote the person: about them or their memberships, or whose details name
 * their id or e-mail address. They keep what happened, not who it was.
 */
export async function eraseAuditDetailsOfPerson(db: DbOrTransaction, personId: string, email: string | null) {
  const membershipIds = db.selectFrom('memberships').select('id').where('person_id', '=', personId);
  await db
    .updateTable('audit_events')
    .set({ details: '{"erased":true}' })
    .where((eb) =>
      eb.or([
        eb.and([eb('subject_type', '=', 'person'), eb('subject_id', '=', personId)]),
        eb.and([eb('subject_type', '=', 'membership'), eb('subject_id', 'in', membershipIds)]),
        eb('details', 'like', `%${personId}%`),
        ...(email ? [eb(eb.fn('lower', ['details']), 'like', `%${email.toLowerCase()}%`)] : []),
      ]),
    )
    .execute();
}

/**
 * The copies of a person's name and address kept beside the links to them, for the sheet, the
 * convocations, the votes and the board (labels typed at the door, the convocation's address, the
 * voter's name on the poll's list, the printed name of a mandate, a staff member's display name, a
 * question's asker): replaced or emptied, the links kept so the counts do not change.
 */
export async function eraseCopiesOfPerson(db: DbOrTransaction, personId: string, erasedName: string) {
  const membershipIds = db.selectFrom('memberships').select('id').where('person_id', '=', personId);
  await db.updateTable('attendances').set({ label: null }).where('person_id', '=', personId).execute();
  await db
    .updateTable('questions')
    .set({ asked_by_label: null })
    .where('asked_by_person_id', '=', personId)
    .execute();
  await db.updateTable('convocations').set({ email: null }).where('person_id', '=', personId).execute();
  await db
    .updateTable('poll_voters')
    .set({ member_name: erasedName })
    .where('membership_id', 'in', membershipIds)
    .execute();
  await db.updateTable('mandates').set({ printed_name: null }).where('person_id', '=', personId).execute();
  // A key ceremony's trustee (a scrutineer): the name shown to the other trustees.
  await db
    .updateTable('ceremony_trustees')
    .set({ name: erasedName })
    .where('person_id', '=', personId)
    .execute();
  await db
    .updateTable('staff_members')
    .set({ display_name: erasedName })
    .where('person_id', '=', personId)
    .execute();
}

/** The person's own member account (role member), signed out and removed with them. */
export async function deleteMemberAccountsOfPerson(db: DbOrTransaction, personId: string) {
  const accounts = db
    .selectFrom('users')
    .select('id')
    .where('person_id', '=', personId)
    .where('role', '=', 'member');
  await db.deleteFrom('sessions').where('user_id', 'in', accounts).execute();
  await db.deleteFrom('user_tokens').where('user_id', 'in', accounts).execute();
  await db.deleteFrom('recovery_codes').where('user_id', 'in', accounts).execute();
  await db.deleteFrom('users').where('person_id', '=', personId).where('role', '=', 'member').execute();
}

export async function personIdOfUserRow(db: DbOrTransaction, userId: string): Promise<string | null> {
  const row = await db.selectFrom('users').select('person_id').where('id', '=', userId).executeTakeFirst();
  return row?.person_id ?? null;
}
