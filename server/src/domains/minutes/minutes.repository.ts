import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbOrTransaction } from '../../db/database.ts';
import type { MinutesItemNotesTable, MinutesSectionsTable, MinutesTable } from '../../db/tables.ts';
import { nextVersion } from '../../db/record-version.ts';

export type MinutesRow = Selectable<MinutesTable>;

export async function findPersonNames(db: DbOrTransaction, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('persons')
    .select(['id', 'first_name', 'last_name', 'civility'])
    .where('id', 'in', ids)
    .execute();
}

/** The year's memberships with their member's name and every dated status change. */
export async function listMembershipMembers(db: DbOrTransaction, year: number) {
  const memberships = await db
    .selectFrom('memberships')
    .leftJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .leftJoin('persons', 'persons.id', 'memberships.person_id')
    .select([
      'memberships.id',
      'memberships.category',
      'organisations.name as organisation_name',
      'persons.first_name',
      'persons.last_name',
    ])
    .where('memberships.year', '=', year)
    .orderBy('memberships.created_at')
    .orderBy('memberships.id')
    .execute();
  const changes = await db
    .selectFrom('membership_status_changes')
    .innerJoin('memberships', 'memberships.id', 'membership_status_changes.membership_id')
    .select(['membership_status_changes.membership_id', 'status', 'effective_on', 'recorded_at'])
    .where('memberships.year', '=', year)
    .execute();
  return { memberships, changes };
}

export async function findCurrentMinutes(db: DbOrTransaction, assemblyId: string) {
  return db
    .selectFrom('minutes')
    .selectAll()
    .where('assembly_id', '=', assemblyId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function findMinutesVersion(db: DbOrTransaction, assemblyId: string, version: number) {
  return db
    .selectFrom('minutes')
    .selectAll()
    .where('assembly_id', '=', assemblyId)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** Every version of every assembly's minutes, without the frozen bytes. */
export async function listMinutesVersions(db: DbOrTransaction) {
  return db
    .selectFrom('minutes')
    .select([
      'id',
      'assembly_id',
      'version',
      'previous_id',
      'state',
      'approved_at',
      'approved_by_name',
      'signed_at',
      'signed_by_name',
      'signed_pdf_sha256',
      'created_at',
    ])
    .orderBy('version')
    .execute();
}

/** A new draft of an assembly's minutes: version 1, or the correction of a signed version. */
export async function insertDraftMinutes(
  db: DbOrTransaction,
  draft: { id: string; assemblyId: string; version: number; previousId: string | null; now: string },
) {
  const row: Insertable<MinutesTable> = {
    id: draft.id,
    assembly_id: draft.assemblyId,
    version: draft.version,
    previous_id: draft.previousId,
    state: 'draft',
    approved_at: null,
    approved_by: null,
    approved_by_name: null,
    signed_at: null,
    signed_by: null,
    signed_by_name: null,
    frozen_document: null,
    signed_pdf_base64: null,
    signed_pdf_sha256: null,
    created_at: draft.now,
    updated_at: draft.now,
  };
  await db.insertInto('minutes').values(row).execute();
}

export async function updateMinutes(db: DbOrTransaction, id: string, values: Updateable<MinutesTable>) {
  await db.updateTable('minutes').set(values).where('id', '=', id).execute();
}

export async function listSectionRows(db: DbOrTransaction, minutesId: string) {
  return db
    .selectFrom('minutes_sections')
    .selectAll()
    .where('minutes_id', '=', minutesId)
    .orderBy('position')
    .execute();
}

export async function insertSections(db: DbOrTransaction, rows: Insertable<MinutesSectionsTable>[]) {
  if (rows.length > 0) await db.insertInto('minutes_sections').values(rows).execute();
}

/** A section's place in the list: the order is the minutes', not the section's text, so its version stays. */
export async function moveSection(db: DbOrTransaction, id: string, position: number): Promise<void> {
  await db.updateTable('minutes_sections').set({ position }).where('id', '=', id).execute();
}

/** Changes a section and raises its version; false (nothing changed) when `expectedVersion` is no longer its version. */
export async function updateSection(
  db: DbOrTransaction,
  id: string,
  values: Updateable<MinutesSectionsTable>,
  expectedVersion?: number,
): Promise<boolean> {
  let query = db
    .updateTable('minutes_sections')
    .set({ ...values, version: nextVersion })
    .where('id', '=', id);
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
  return (await query.executeTakeFirst()).numUpdatedRows > 0n;
}

export async function deleteSection(db: DbOrTransaction, id: string) {
  await db.deleteFrom('minutes_sections').where('id', '=', id).execute();
}

/** The closed named (not secret) polls on the assembly's resolutions, for the annex of named votes. */
export async function listClosedNamedResolutionPolls(db: DbOrTransaction, assemblyId: string) {
  return db
    .selectFrom('polls')
    .select(['id', 'resolution_id', 'title'])
    .where('assembly_id', '=', assemblyId)
    .where('resolution_id', 'is not', null)
    .where('is_secret', '=', 0)
    .where('status', '=', 'closed')
    .orderBy('opened_at')
    .execute();
}

/** When each proxy of the assembly was given, by the giver's membership: the minutes date a proxy given on leaving. */
export async function listProxyTimes(db: DbOrTransaction, assemblyId: string) {
  return db
    .selectFrom('proxies')
    .select(['giver_membership_id', 'given_at'])
    .where('assembly_id', '=', assemblyId)
    .execute();
}

/** The secretary's notes of a version of the minutes, one per agenda item written under. */
export async function listItemNotes(db: DbOrTransaction, minutesId: string) {
  return db.selectFrom('minutes_item_notes').selectAll().where('minutes_id', '=', minutesId).execute();
}

export async function insertItemNotes(db: DbOrTransaction, rows: Insertable<MinutesItemNotesTable>[]) {
  if (rows.length > 0) await db.insertInto('minutes_item_notes').values(rows).execute();
}

/** Changes a note and raises its version; false (nothing changed) when `expectedVersion` is no longer its version. */
export async function updateItemNote(
  db: DbOrTransaction,
  id: string,
  values: { markdown: string; updated_at: string },
  expectedVersion?: number,
): Promise<boolean> {
  let query = db
    .updateTable('minutes_item_notes')
    .set({ ...values, version: nextVersion })
    .where('id', '=', id);
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
  return (await query.executeTakeFirst()).numUpdatedRows > 0n;
}
