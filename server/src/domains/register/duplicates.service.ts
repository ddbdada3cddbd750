import { formatAdministrativeName, formatDisplayName } from '../../../../common/names.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { AppError, notFound } from '../../http/app-error.ts';
import { nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.repository.ts';
import { compareNames } from './person-matching.ts';
import { findPerson, refreshPersonIndex, updatePersonRow, type PersonRow } from './persons.repository.ts';
import { getPerson } from './persons.service.ts';

/** A block this large is a common prefix, not a lead: its members are not compared pairwise. */
const largestBlock = 60;

export interface DuplicatePair {
  a: { id: string; displayName: string; administrativeName: string; email: string | null };
  b: { id: string; displayName: string; administrativeName: string; email: string | null };
  score: number;
  reason: string;
}

/** Likely duplicates: persons sharing a blocking key, then compared by name; never every pair. */
export async function findDuplicates(context: ServiceContext, limit = 200): Promise<DuplicatePair[]> {
  const { db } = context.database;
  const shared = await db
    .selectFrom('person_match_keys')
    .select(['match_key', 'person_id'])
    .where('match_key', 'in', (eb) =>
      eb
        .selectFrom('person_match_keys')
        .select('match_key')
        .groupBy('match_key')
        .having((having) => having.fn.countAll(), '>', 1)
        .having((having) => having.fn.countAll(), '<=', largestBlock),
    )
    .execute();
  const blocks = new Map<string, string[]>();
  for (const row of shared) blocks.set(row.match_key, [...(blocks.get(row.match_key) ?? []), row.person_id]);
  const candidatePairs = new Set<string>();
  for (const ids of blocks.values()) {
    const sorted = [...ids].sort();
    for (let i = 0; i < sorted.length; i += 1) {
      for (let j = i + 1; j < sorted.length; j += 1) candidatePairs.add(`${sorted[i]}|${sorted[j]}`);
    }
  }
  const ids = [...new Set(shared.map((row) => row.person_id))];
  const persons = new Map<string, PersonRow>();
  for (let start = 0; start < ids.length; start += 500) {
    const rows = await db
      .selectFrom('persons')
      .selectAll()
      .where('id', 'in', ids.slice(start, start + 500))
      .execute();
    for (const row of rows) persons.set(row.id, row);
  }
  const pairs: DuplicatePair[] = [];
  for (const pair of candidatePairs) {
    const [first, second] = pair.split('|').map((id) => persons.get(id)!);
    if (!first || !second) continue;
    const verdict = compareNames(
      { firstName: first.first_name, lastName: first.last_name },
      { firstName: second.first_name, lastName: second.last_name },
    );
    if (!verdict.isLikely) continue;
    const brief = (row: PersonRow) => ({
      id: row.id,
      displayName: formatDisplayName({ firstName: row.first_name, lastName: row.last_name }),
      administrativeName: formatAdministrativeName({ firstName: row.first_name, lastName: row.last_name }),
      email: row.email,
    });
    pairs.push({ a: brief(first), b: brief(second), score: verdict.score, reason: verdict.reason });
  }
  return pairs
    .sort((x, y) => y.score - x.score || x.a.displayName.localeCompare(y.a.displayName))
    .slice(0, limit);
}

const fillableFields = [
  'civility',
  'email',
  'phone',
  'address_line',
  'postal_code',
  'city',
  'country',
  'notes',
  'email_consent_at',
] as const;

async function countLinks(db: DbOrTransaction, personId: string) {
  const count = async (table: 'affiliations' | 'memberships' | 'users') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('person_id', '=', personId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const attendances = await db
    .selectFrom('attendances')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('person_id', '=', personId)
    .executeTakeFirstOrThrow();
  return {
    affiliations: await count('affiliations'),
    memberships: await count('memberships'),
    accounts: await count('users'),
    attendances: Number(attendances.n),
  };
}

/**
 * Moves what assemblies hold of the removed person to the kept one: attendance rows (one per
 * assembly: where both attended, the kept row stays and takes the removed row's workshops), the
 * questions they asked, the assemblies they chaired or wrote, their convocations, and what pointed
 * at a membership joined into the kept one (attendance, proxies, convocations).
 */
async function moveAssemblyRecords(
  db: DbOrTransaction,
  { keepId, removeId, joined }: { keepId: string; removeId: string; joined: Map<string, string> },
): Promise<void> {
  for (const [removedMembership, keptMembership] of joined) {
    for (const convocation of await db
      .selectFrom('convocations')
      .select(['id', 'assembly_id'])
      .where('membership_id', '=', removedMembership)
      .execute()) {
      const kept = await db
        .selectFrom('convocations')
        .select('id')
        .where('assembly_id', '=', convocation.assembly_id)
        .where('membership_id', '=', keptMembership)
        .executeTakeFirst();
      if (kept) await db.deleteFrom('convocations').where('id', '=', convocation.id).execute();
      else
        await db
          .updateTable('convocations')
          .set({ membership_id: keptMembership })
          .where('id', '=', convocation.id)
          .execute();
    }
    await db
      .updateTable('attendances')
      .set({ membership_id: keptMembership })
      .where('membership_id', '=', removedMembership)
      .execute();
    await db
      .updateTable('proxies')
      .set({ holder_membership_id: keptMembership })
      .where('holder_membership_id', '=', removedMembership)
      .execute();
    for (const proxy of await db
      .selectFrom('proxies')
      .select(['id', 'assembly_id'])
      .where('giver_membership_id', '=', removedMembership)
      .execute()) {
      const kept = await db
        .selectFrom('proxies')
        .select('id')
        .where('assembly_id', '=', proxy.assembly_id)
        .where('giver_membership_id', '=', keptMembership)
        .executeTakeFirst();
      if (kept) await db.deleteFrom('proxies').where('id', '=', proxy.id).execute();
      else
        await db
          .updateTable('proxies')
          .set({ giver_membership_id: keptMembership })
          .where('id', '=', proxy.id)
          .execute();
    }
  }
  for (const attendance of await db
    .selectFrom('attendances')
    .select(['id', 'assembly_id'])
    .where('person_id', '=', removeId)
    .execute()) {
    const kept = await db
      .selectFrom('attendances')
      .select('id')
      .where('assembly_id', '=', attendance.assembly_id)
      .where('person_id', '=', keepId)
      .executeTakeFirst();
    if (!kept) {
      await db
        .updateTable('attendances')
        .set({ person_id: keepId })
        .where('id', '=', attendance.id)
        .execute();
      continue;
    }
    const keptWorkshops = await db
      .selectFrom('workshop_members')
      .select('workshop_id')
      .where('attendance_id', '=', kept.id)
      .execute();
    await db
      .deleteFrom('workshop_members')
      .where('attendance_id', '=', attendance.id)
      .$if(keptWorkshops.length > 0, (query) =>
        query.where(
          'workshop_id',
          'in',
          keptWorkshops.map((row) => row.workshop_id),
        ),
      )
      .execute();
    await db
      .updateTable('workshop_members')
      .set({ attendance_id: kept.id })
      .where('attendance_id', '=', attendance.id)
      .execute();
    await db.deleteFrom('attendances').where('id', '=', attendance.id).execute();
  }
  await db
    .updateTable('questions')
    .set({ asked_by_person_id: keepId })
    .where('asked_by_person_id', '=', removeId)
    .execute();
  await db
    .updateTable('assemblies')
    .set({ chair_person_id: keepId })
    .where('chair_person_id', '=', removeId)
    .execute();
  await db
    .updateTable('assemblies')
    .set({ secretary_person_id: keepId })
    .where('secretary_person_id', '=', removeId)
    .execute();
  await db.updateTable('convocations').set({ person_id: keepId }).where('person_id', '=', removeId).execute();
}

async function loadPair(db: DbOrTransaction, keepId: string, removeId: string) {
  if (keepId === removeId) {
    throw new AppError('validation_failed', 'Choisissez deux fiches différentes.', {
      errors: [{ path: 'body.removeId', message: 'same_person' }],
    });
  }
  const keep = await findPerson(db, keepId);
  const remove = await findPerson(db, removeId);
  if (!keep || keep.merged_into_id) throw notFound('Fiche à garder');
  if (!remove || remove.merged_into_id) throw notFound('Fiche à fusionner');
  return { keep, remove };
}

/** What a merge would do, shown before it is made. */
export async function previewMerge(
  context: ServiceContext,
  { keepId, removeId }: { keepId: string; removeId: string },
) {
  const { db } = context.database;
  const { keep, remove } = await loadPair(db, keepId, removeId);
  const filled = Object.fromEntries(
    fillableFields.filter((field) => !keep[field] && remove[field]).map((field) => [field, remove[field]]),
  );
  return {
    keep: await getPerson(context, keepId),
    remove: await getPerson(context, removeId),
    moves: await countLinks(db, removeId),
    filledFields: Object.fromEntries(
      Object.entries(filled).map(([column, value]) => [
        apiName(column),
        value === null ? null : String(value),
      ]),
    ),
  };
}

/**
 * Merges `removeId` into `keepId` in one transaction: every link moves (affiliations, memberships with
 * their statuses and payments, accounts, attendance, proxies, convocations, questions), empty fields are filled, and the removed record stays as a
 * pointer (merged_into_id) so that nothing that named it is lost.
 */
export async function mergePersons(
  context: ServiceContext,
  { actor, keepId, removeId }: { actor: SessionUser | null; keepId: string; removeId: string },
) {
  const preview = await previewMerge(context, { keepId, removeId });
  await context.database.db.transaction().execute(async (transaction) => {
    const { keep, remove } = await loadPair(transaction, keepId, removeId);
    const keptAffiliations = await transaction
      .selectFrom('affiliations')
      .selectAll()
      .where('person_id', '=', keepId)
      .execute();
    for (const affiliation of await transaction
      .selectFrom('affiliations')
      .selectAll()
      .where('person_id', '=', removeId)
      .execute()) {
      const isSame = keptAffiliations.some(
        (kept) =>
          kept.organisation_id === affiliation.organisation_id &&
          (kept.title ?? '') === (affiliation.title ?? ''),
      );
      if (isSame) await transaction.deleteFrom('affiliations').where('id', '=', affiliation.id).execute();
      else
        await transaction
          .updateTable('affiliations')
          .set({ person_id: keepId })
          .where('id', '=', affiliation.id)
          .execute();
    }
    /** Memberships of the removed person joined into one of the kept person's (same year). */
    const joined = new Map<string, string>();
    const keptMemberships = await transaction
      .selectFrom('memberships')
      .selectAll()
      .where('person_id', '=', keepId)
      .execute();
    for (const membership of await transaction
      .selectFrom('memberships')
      .selectAll()
      .where('person_id', '=', removeId)
      .execute()) {
      const sameYear = keptMemberships.find((kept) => kept.year === membership.year);
      if (sameYear) joined.set(membership.id, sameYear.id);
      if (!sameYear) {
        await transaction
          .updateTable('memberships')
          .set({ person_id: keepId })
          .where('id', '=', membership.id)
          .execute();
        continue;
      }
      // Two memberships for one year: one remains, holding both histories and both payments.
      for (const table of ['membership_status_changes', 'fee_calls', 'payments'] as const) {
        await transaction
          .updateTable(table)
          .set({ membership_id: sameYear.id })
          .where('membership_id', '=', membership.id)
          .execute();
      }
    }
    await moveAssemblyRecords(transaction, { keepId, removeId, joined });
    for (const removedMembership of joined.keys())
      await transaction.deleteFrom('memberships').where('id', '=', removedMembership).execute();
    await transaction
      .updateTable('users')
      .set({ person_id: keepId })
      .where('person_id', '=', removeId)
      .execute();
    const filled = Object.fromEntries(
      fillableFields.filter((field) => !keep[field] && remove[field]).map((field) => [field, remove[field]]),
    );
    await updatePersonRow(transaction, keepId, { ...filled, updated_at: nowIso() });
    await updatePersonRow(transaction, removeId, { merged_into_id: keepId, updated_at: nowIso() });
    await refreshPersonIndex(transaction, keepId);
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'person.merged',
      subjectType: 'person',
      subjectId: keepId,
      details: {
        removedId: removeId,
        removedName: `${remove.first_name} ${remove.last_name}`,
        moves: preview.moves,
        filled,
      },
    });
  });
  return getPerson(context, keepId);
}

/** Column names as the API spells them: address_line → addressLine. */
function apiName(column: string): string {
  return column.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}
