import { customFieldsColumn, parseCustomFields } from './register-fields.service.ts';
import { formatAdministrativeName, formatDisplayName } from '../../../../common/names.ts';
import type { DuplicatePair, MergePreview, PersonView } from '../../../../common/register.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { AppError, invalidField } from '../../http/app-error.ts';
import { nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import { listPersonsByIds, listSharedMatchKeys } from './duplicates.repository.ts';
import { countPersonLinks, repointPersonLinks } from './person-merge.ts';
import '../../person-merge-handlers.ts';
import { compareNames } from './person-matching.ts';
import { findPerson, refreshPersonIndex, updatePersonRow, type PersonRow } from './persons.repository.ts';
import { getPerson } from './persons.service.ts';

/** A block this large is a common prefix, not a lead: its members are not compared pairwise. */
const largestBlock = 60;

/** Likely duplicates: persons sharing a blocking key, then compared by name; never every pair. */
export async function findDuplicates(context: ServiceContext, limit = 200): Promise<DuplicatePair[]> {
  const { db } = context.database;
  const shared = await listSharedMatchKeys(db, largestBlock);
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
  const persons = new Map((await listPersonsByIds(db, ids)).map((row) => [row.id, row]));
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
  'usual_name',
] as const;

/** What the merge preview shows moving. */
async function countMoves(db: DbOrTransaction, personId: string) {
  const counts = await countPersonLinks(db, personId);
  return {
    affiliations: counts.affiliations ?? 0,
    memberships: counts.memberships ?? 0,
    accounts: counts.accounts ?? 0,
    attendances: counts.attendances ?? 0,
  };
}

async function loadPair(db: DbOrTransaction, keepId: string, removeId: string) {
  if (keepId === removeId) {
    throw invalidField('body.removeId', 'same_person');
  }
  const keep = await findPerson(db, keepId);
  const remove = await findPerson(db, removeId);
  if (!keep || keep.merged_into_id) throw new AppError('kept_person_not_found');
  if (!remove || remove.merged_into_id) throw new AppError('merged_person_not_found');
  return { keep, remove };
}

/** What a merge would do, shown before it is made. */
export async function previewMerge(
  context: ServiceContext,
  { keepId, removeId }: { keepId: string; removeId: string },
): Promise<MergePreview> {
  const { db } = context.database;
  const { keep, remove } = await loadPair(db, keepId, removeId);
  const filled = Object.fromEntries(
    fillableFields.filter((field) => !keep[field] && remove[field]).map((field) => [field, remove[field]]),
  );
  return {
    keep: await getPerson(context, keepId),
    remove: await getPerson(context, removeId),
    moves: await countMoves(db, removeId),
    filledFields: Object.fromEntries(
      Object.entries(filled).map(([column, value]) => [apiName(column), String(value)]),
    ) as MergePreview['filledFields'],
  };
}

/**
 * Merges `removeId` into `keepId` in one transaction: every link moves, each domain re-pointing its own
 * rows (person-merge.ts: the registry, server/src/person-merge-handlers.ts: who registers), empty fields are
 * filled, and the removed record stays as a pointer (merged_into_id) so that nothing that named it is lost.
 */
export async function mergePersons(
  context: ServiceContext,
  { actor, keepId, removeId }: { actor: SessionUser | null; keepId: string; removeId: string },
): Promise<PersonView> {
  const preview = await previewMerge(context, { keepId, removeId });
  await context.database.db.transaction().execute(async (transaction) => {
    const { keep, remove } = await loadPair(transaction, keepId, removeId);
    const joined = await repointPersonLinks(transaction, { from: removeId, into: keepId });
    const filled = Object.fromEntries(
      fillableFields.filter((field) => !keep[field] && remove[field]).map((field) => [field, remove[field]]),
    );
    // The register's own fields: the kept record's values stay, the removed one's fill the others.
    const keptFields = parseCustomFields(keep.custom_fields);
    const customFields = { ...parseCustomFields(remove.custom_fields), ...keptFields };
    if (Object.keys(customFields).length > Object.keys(keptFields).length)
      filled.custom_fields = customFieldsColumn(customFields);
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
        joinedMemberships: joined.length,
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
