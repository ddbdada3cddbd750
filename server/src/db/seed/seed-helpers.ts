import { normalizeName } from '../../../../common/names.ts';
import type { MembershipCategory, MembershipStatus } from '../../../../common/memberships.ts';
import type { OrganisationKind } from '../../../../common/organisations.ts';
import { newId, nowIso } from '../../ids.ts';
import { insertPerson, refreshPersonIndex } from '../../domains/register/persons.repository.ts';
import type { DbOrTransaction } from '../database.ts';

/**
 * Find-or-create helpers shared by `quorum demo` and the tests. Each finds its record by a
 * natural key first, so running the demo twice changes nothing.
 */
export interface OrganisationSeed {
  name: string;
  kind: OrganisationKind;
  aliases?: string[];
}

export async function ensureOrganisation(db: DbOrTransaction, seed: OrganisationSeed): Promise<string> {
  const names = [seed.name, ...(seed.aliases ?? [])];
  const normalized = names.map(normalizeName);
  const found = await db
    .selectFrom('organisation_aliases')
    .select('organisation_id')
    .where('normalized_alias', 'in', normalized)
    .executeTakeFirst();
  const id = found?.organisation_id ?? newId();
  if (!found) {
    const now = nowIso();
    await db
      .insertInto('organisations')
      .values({ id, name: seed.name, kind: seed.kind, created_at: now, updated_at: now })
      .execute();
  }
  const known = await db
    .selectFrom('organisation_aliases')
    .select('normalized_alias')
    .where('organisation_id', '=', id)
    .execute();
  const knownSet = new Set(known.map((row) => row.normalized_alias));
  for (const [index, alias] of names.entries()) {
    const key = normalized[index]!;
    if (knownSet.has(key)) continue;
    knownSet.add(key);
    await db
      .insertInto('organisation_aliases')
      .values({ id: newId(), organisation_id: id, alias, normalized_alias: key })
      .execute();
  }
  return id;
}

export interface PersonSeed {
  firstName: string;
  lastName: string;
  email?: string;
  notes?: string;
}

export async function ensurePerson(db: DbOrTransaction, seed: PersonSeed): Promise<string> {
  const candidates = await db
    .selectFrom('persons')
    .select(['id', 'first_name', 'last_name'])
    .where('last_name', '=', seed.lastName)
    .execute();
  const match = candidates.find((row) => normalizeName(row.first_name) === normalizeName(seed.firstName));
  if (match) return match.id;
  const id = newId();
  const now = nowIso();
  await insertPerson(db, {
    id,
    civility: null,
    first_name: seed.firstName,
    last_name: seed.lastName,
    email: seed.email ?? null,
    phone: null,
    address_line: null,
    postal_code: null,
    city: null,
    country: null,
    notes: seed.notes ?? null,
    created_at: now,
    updated_at: now,
    erased_at: null,
    merged_into_id: null,
    email_consent_at: null,
  });
  return id;
}

export interface AffiliationSeed {
  personId: string;
  organisationId: string;
  title?: string | null;
  isStaff?: boolean;
  startsOn?: string | null;
}

export async function ensureAffiliation(db: DbOrTransaction, seed: AffiliationSeed): Promise<string> {
  const title = seed.title ?? null;
  let query = db
    .selectFrom('affiliations')
    .select('id')
    .where('person_id', '=', seed.personId)
    .where('organisation_id', '=', seed.organisationId);
  query = title === null ? query.where('title', 'is', null) : query.where('title', '=', title);
  const found = await query.executeTakeFirst();
  if (found) return found.id;
  const id = newId();
  await db
    .insertInto('affiliations')
    .values({
      id,
      person_id: seed.personId,
      organisation_id: seed.organisationId,
      title,
      is_staff: seed.isStaff ? 1 : 0,
      starts_on: seed.startsOn ?? null,
      ends_on: null,
      created_at: nowIso(),
    })
    .execute();
  await refreshPersonIndex(db, seed.personId);
  return id;
}

export interface CategorySeed {
  code: string;
  kind: 'person' | 'organisation';
  fr: [label: string, plural: string, countedAs?: string];
  en: [label: string, plural: string, countedAs?: string];
  isVoting?: boolean;
  voteWeight?: number;
  hasPartner?: boolean;
}

/** A membership category at the end of the list; one with that code is left as it is. */
export async function ensureCategory(db: DbOrTransaction, seed: CategorySeed): Promise<void> {
  const found = await db
    .selectFrom('membership_categories')
    .select('id')
    .where('code', '=', seed.code)
    .executeTakeFirst();
  if (found) return;
  const last = await db
    .selectFrom('membership_categories')
    .select((builder) => builder.fn.max('position').as('position'))
    .executeTakeFirst();
  const now = nowIso();
  await db
    .insertInto('membership_categories')
    .values({
      id: newId(),
      code: seed.code,
      kind: seed.kind,
      label_fr: seed.fr[0],
      plural_fr: seed.fr[1],
      counted_as_fr: seed.fr[2] ?? null,
      label_en: seed.en[0],
      plural_en: seed.en[1],
      counted_as_en: seed.en[2] ?? null,
      is_voting: seed.isVoting === false ? 0 : 1,
      vote_weight: seed.voteWeight ?? 1,
      has_partner: seed.hasPartner ? 1 : 0,
      position: Number(last?.position ?? 0) + 1,
      archived_at: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

export interface MembershipHistorySeed {
  year: number;
  category: MembershipCategory;
  personId?: string;
  organisationId?: string;
  partnerOrganisationId?: string;
  history: [MembershipStatus, string][];
}

/** A membership with its dated statuses; one that exists for the year is left as it is. */
export async function ensureMembership(db: DbOrTransaction, seed: MembershipHistorySeed): Promise<string> {
  let query = db.selectFrom('memberships').select('id').where('year', '=', seed.year);
  query = seed.personId
    ? query.where('person_id', '=', seed.personId)
    : query.where('organisation_id', '=', seed.organisationId!);
  const found = await query.executeTakeFirst();
  if (found) return found.id;
  const id = newId();
  const now = nowIso();
  await db
    .insertInto('memberships')
    .values({
      id,
      year: seed.year,
      person_id: seed.personId ?? null,
      organisation_id: seed.organisationId ?? null,
      category: seed.category,
      partner_organisation_id: seed.partnerOrganisationId ?? null,
      notes: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  for (const [status, effectiveOn] of seed.history) {
    await db
      .insertInto('membership_status_changes')
      .values({
        id: newId(),
        membership_id: id,
        status,
        effective_on: effectiveOn,
        recorded_at: `${effectiveOn}T09:00:00.000Z`,
        recorded_by: null,
      })
      .execute();
  }
  return id;
}

export async function ensureFeeGrid(
  db: DbOrTransaction,
  year: number,
  fees: Record<MembershipCategory, number>,
): Promise<void> {
  for (const [category, amount] of Object.entries(fees)) {
    const found = await db
      .selectFrom('fee_grid_entries')
      .select('id')
      .where('year', '=', year)
      .where('category', '=', category)
      .executeTakeFirst();
    if (found) continue;
    const now = nowIso();
    await db
      .insertInto('fee_grid_entries')
      .values({
        id: newId(),
        year,
        category,
        amount_cents: amount,
        adopted_by_resolution_id: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
}
