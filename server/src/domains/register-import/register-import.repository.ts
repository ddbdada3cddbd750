import { sql, type Insertable } from 'kysely';
import type { DbOrTransaction, Engine } from '../../db/database.ts';
import type { Tables } from '../../db/tables.ts';
import { nextVersion } from '../../db/record-version.ts';

/** What an import needs to know of a person it matched: names, and the fields it may fill. */
export interface MatchedPersonRow {
  id: string;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  address_line: string | null;
  postal_code: string | null;
  city: string | null;
  country: string | null;
  notes: string | null;
  usual_name: string | null;
  /** Kept to search them by their own fields' values as before, when the import re-indexes them. */
  custom_fields: string | null;
}

const matchedPersonColumns = [
  'persons.id',
  'persons.first_name',
  'persons.last_name',
  'persons.email',
  'persons.phone',
  'persons.address_line',
  'persons.postal_code',
  'persons.city',
  'persons.country',
  'persons.notes',
  'persons.usual_name',
  'persons.custom_fields',
] as const;

/** Live persons (not merged away, not erased) with one of these e-mail addresses. */
export async function findPersonsByEmails(db: DbOrTransaction, emails: string[]) {
  if (emails.length === 0) return [];
  return db
    .selectFrom('persons')
    .select(matchedPersonColumns)
    .where('persons.email', 'in', emails)
    .where('persons.merged_into_id', 'is', null)
    .where('persons.erased_at', 'is', null)
    .orderBy('persons.created_at')
    .orderBy('persons.id')
    .execute();
}

/**
 * Who holds each of these match keys ("n:…" name signatures), from the key index alone: keys are
 * kept for live persons only (refreshPersonIndex drops those of merged and erased persons).
 */
export async function findMatchKeyHolders(db: DbOrTransaction, keys: string[]) {
  if (keys.length === 0) return [];
  return db
    .selectFrom('person_match_keys')
    .select(['match_key', 'person_id'])
    .where('match_key', 'in', keys)
    .execute();
}

export async function findPersonsByIds(db: DbOrTransaction, ids: string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('persons').select(matchedPersonColumns).where('persons.id', 'in', ids).execute();
}

/** Persons holding one of these match keys, with their names (the paste's few lines). */
export async function findPersonsByMatchKeys(db: DbOrTransaction, keys: string[]) {
  if (keys.length === 0) return [];
  return db
    .selectFrom('person_match_keys')
    .innerJoin('persons', 'persons.id', 'person_match_keys.person_id')
    .select([...matchedPersonColumns, 'person_match_keys.match_key'])
    .where('person_match_keys.match_key', 'in', keys)
    .where('persons.merged_into_id', 'is', null)
    .orderBy('persons.created_at')
    .orderBy('persons.id')
    .execute();
}

/** Organisations by any of their names, normalised (organisation_aliases holds every name). */
export async function findOrganisationsByAliases(db: DbOrTransaction, normalizedNames: string[]) {
  if (normalizedNames.length === 0) return [];
  return db
    .selectFrom('organisation_aliases')
    .innerJoin('organisations', 'organisations.id', 'organisation_aliases.organisation_id')
    .select([
      'organisation_aliases.normalized_alias',
      'organisations.id',
      'organisations.name',
      'organisations.email',
      'organisations.notes',
    ])
    .where('organisation_aliases.normalized_alias', 'in', normalizedNames)
    .execute();
}

/** Which organisations these persons speak for (by person only: the person index is the selective one). */
export async function findAffiliationPairs(db: DbOrTransaction, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('affiliations')
    .select(['person_id', 'organisation_id'])
    .where('person_id', 'in', personIds)
    .execute();
}

/**
 * The memberships these persons and organisations hold in these years: one query per owner kind,
 * each through its owner index, the years kept afterwards (given the year, SQLite would rather read
 * every membership of that year through memberships_year).
 */
export async function findMembershipsOf(
  db: DbOrTransaction,
  years: number[],
  owners: { personIds: string[]; organisationIds: string[] },
) {
  if (years.length === 0) return [];
  const columns = ['year', 'person_id', 'organisation_id', 'category'] as const;
  const byPerson = owners.personIds.length
    ? await db.selectFrom('memberships').select(columns).where('person_id', 'in', owners.personIds).execute()
    : [];
  const byOrganisation = owners.organisationIds.length
    ? await db
        .selectFrom('memberships')
        .select(columns)
        .where('organisation_id', 'in', owners.organisationIds)
        .execute()
    : [];
  return [...byPerson, ...byOrganisation].filter((membership) => years.includes(Number(membership.year)));
}

/** The name of every organisation each person is affiliated to, once per affiliation. */
export async function listOrganisationNamesOf(db: DbOrTransaction, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('affiliations')
    .innerJoin('organisations', 'organisations.id', 'affiliations.organisation_id')
    .select(['affiliations.person_id', 'organisations.name'])
    .where('affiliations.person_id', 'in', personIds)
    .execute();
}

// SQLite accepts 32 766 bound values per statement; 6 000 keep each statement to tens of milliseconds,
// which run synchronously: between statements the event loop answers other requests during an import.
const maxValuesPerStatement = 6000;
/** Columns holding whole numbers in the tables an import writes; every other column is text. */
const integerColumns = new Set(['year', 'is_staff', 'amount_cents']);

/**
 * Inserts many rows. SQLite: as many rows per statement as it allows. PostgreSQL: one array per
 * column, unnested (`insert … select * from unnest($1::text[], …)`), which PostgreSQL parses and
 * plans once instead of reading thousands of VALUES tuples.
 */
export async function insertMany<T extends keyof Tables>(
  db: DbOrTransaction,
  table: T,
  rows: Insertable<Tables[T]>[],
  engine: Engine,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  if (engine === 'postgres') {
    for (let start = 0; start < rows.length; start += 10000) {
      const slice = rows.slice(start, start + 10000) as Record<string, unknown>[];
      const arrays = columns.map((column) => {
        const type = integerColumns.has(column) ? 'bigint[]' : 'text[]';
        return sql`${slice.map((row) => row[column] ?? null)}::${sql.raw(type)}`;
      });
      await sql`insert into ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))})
        select * from unnest(${sql.join(arrays)})`.execute(db);
    }
    return;
  }
  const size = Math.max(1, Math.floor(maxValuesPerStatement / columns.length));
  for (let start = 0; start < rows.length; start += size) {
    // Kysely's insert types do not follow a generic table name; the rows are typed by the caller.
    await db
      .insertInto(table)
      .values(rows.slice(start, start + size) as never)
      .execute();
  }
}

/** Sets several persons' search text in one statement per 500. */
export async function updateSearchTexts(
  db: DbOrTransaction,
  entries: { id: string; searchText: string }[],
): Promise<void> {
  for (let start = 0; start < entries.length; start += 500) {
    const slice = entries.slice(start, start + 500);
    const cases = sql.join(
      slice.map((entry) => sql`when ${entry.id} then ${entry.searchText}`),
      sql` `,
    );
    await db
      .updateTable('persons')
      .set({ search_text: sql<string>`case id ${cases} end` })
      .where(
        'id',
        'in',
        slice.map((entry) => entry.id),
      )
      .execute();
  }
}

/** Replaces several persons' words in the search index (see refreshPersonIndex). */
export async function replaceSearchWords(
  db: DbOrTransaction,
  entries: { personId: string; words: string[] }[],
  engine: Engine,
): Promise<void> {
  for (let start = 0; start < entries.length; start += 5000) {
    const slice = entries.slice(start, start + 5000);
    await db
      .deleteFrom('person_search_words')
      .where(
        'person_id',
        'in',
        slice.map((entry) => entry.personId),
      )
      .execute();
  }
  await insertMany(
    db,
    'person_search_words',
    entries.flatMap((entry) => entry.words.map((word) => ({ person_id: entry.personId, word }))),
    engine,
  );
}

export async function fillPersonFields(
  db: DbOrTransaction,
  personId: string,
  changes: Partial<
    Record<
      'email' | 'phone' | 'address_line' | 'postal_code' | 'city' | 'country' | 'notes' | 'usual_name',
      string
    >
  >,
  updatedAt: string,
): Promise<void> {
  await db
    .updateTable('persons')
    .set({ ...changes, updated_at: updatedAt, version: nextVersion })
    .where('id', '=', personId)
    .execute();
}

export async function fillOrganisationFields(
  db: DbOrTransaction,
  organisationId: string,
  changes: Partial<Record<'email' | 'notes', string>>,
  updatedAt: string,
): Promise<void> {
  await db
    .updateTable('organisations')
    .set({ ...changes, updated_at: updatedAt, version: nextVersion })
    .where('id', '=', organisationId)
    .execute();
}

/** A page of the register's persons (merged records left out) by name, after the last one given. */
export async function listPersonsPage(
  db: DbOrTransaction,
  after: { last: string; first: string; id: string } | null,
  pageSize: number,
) {
  let query = db
    .selectFrom('persons')
    .selectAll()
    .where('merged_into_id', 'is', null)
    .orderBy('last_name')
    .orderBy('first_name')
    .orderBy('id')
    .limit(pageSize);
  if (after) {
    query = query.where((eb) =>
      eb(eb.refTuple('last_name', 'first_name', 'id'), '>', eb.tuple(after.last, after.first, after.id)),
    );
  }
  return query.execute();
}

/** PostgreSQL's planner statistics of the tables an import fills, refreshed (`analyze`). */
export async function analyzeRegisterTables(db: DbOrTransaction): Promise<void> {
  const tables = [
    'persons',
    'person_match_keys',
    'person_search_words',
    'organisations',
    'organisation_aliases',
    'affiliations',
    'memberships',
    'membership_status_changes',
  ];
  await sql.raw(`analyze ${tables.join(', ')}`).execute(db);
}
