import type { Insertable, Updateable } from 'kysely';
import type { DbOrTransaction } from '../../db/database.ts';
import type { SpeakerListsTable, SpeakersTable } from '../../db/tables.ts';

export async function findSpeakerList(db: DbOrTransaction, assemblyId: string, agendaItemId: string) {
  return db
    .selectFrom('speaker_lists')
    .selectAll()
    .where('assembly_id', '=', assemblyId)
    .where('agenda_item_id', '=', agendaItemId)
    .executeTakeFirst();
}

/** The item's list, created if it has none yet (two writers creating it at once make one). */
export async function ensureSpeakerList(db: DbOrTransaction, row: Insertable<SpeakerListsTable>) {
  await db
    .insertInto('speaker_lists')
    .values(row)
    .onConflict((conflict) => conflict.columns(['assembly_id', 'agenda_item_id']).doNothing())
    .execute();
}

/**
 * Raises the list's revision: the first write of every change, so that on PostgreSQL the row's lock
 * makes a second change to the same list wait for the first one's commit.
 */
export async function bumpSpeakerList(
  db: DbOrTransaction,
  listId: string,
  changes: Updateable<SpeakerListsTable>,
): Promise<void> {
  await db
    .updateTable('speaker_lists')
    .set((eb) => ({ ...changes, revision: eb('revision', '+', 1) }))
    .where('id', '=', listId)
    .execute();
}

export async function findSpeakerListById(db: DbOrTransaction, listId: string) {
  return db.selectFrom('speaker_lists').selectAll().where('id', '=', listId).executeTakeFirstOrThrow();
}

/** The list's speakers with the name their row on the sheet gives (a person, an organisation, a label). */
export async function listSpeakerRows(db: DbOrTransaction, listId: string) {
  return db
    .selectFrom('speakers')
    .innerJoin('attendances', 'attendances.id', 'speakers.attendance_id')
    .leftJoin('persons', 'persons.id', 'attendances.person_id')
    .leftJoin('organisations', 'organisations.id', 'attendances.organisation_id')
    .select([
      'speakers.id',
      'speakers.attendance_id',
      'speakers.status',
      'speakers.position',
      'speakers.allotted_seconds',
      'speakers.asked_at',
      'speakers.started_at',
      'speakers.ended_at',
      'attendances.label',
      'persons.first_name',
      'persons.last_name',
      'organisations.name as organisation_name',
    ])
    .where('speakers.list_id', '=', listId)
    .orderBy('speakers.position')
    .execute();
}

export async function insertSpeaker(db: DbOrTransaction, row: Insertable<SpeakersTable>): Promise<void> {
  await db.insertInto('speakers').values(row).execute();
}

export async function updateSpeaker(
  db: DbOrTransaction,
  speakerId: string,
  changes: Updateable<SpeakersTable>,
): Promise<void> {
  await db.updateTable('speakers').set(changes).where('id', '=', speakerId).execute();
}

/** The waiting speakers' allotted time, when the chair changes the list's time per speaker. */
export async function updateWaitingSpeakersTime(
  db: DbOrTransaction,
  listId: string,
  allottedSeconds: number,
): Promise<void> {
  await db
    .updateTable('speakers')
    .set({ allotted_seconds: allottedSeconds })
    .where('list_id', '=', listId)
    .where('status', '=', 'waiting')
    .execute();
}

export async function deleteSpeaker(db: DbOrTransaction, speakerId: string): Promise<void> {
  await db.deleteFrom('speakers').where('id', '=', speakerId).execute();
}

/** The participant's row on the sheet: the one carrying their membership, else their person's. */
export async function findAttendanceOfParticipant(
  db: DbOrTransaction,
  assemblyId: string,
  { membershipId, personId }: { membershipId: string; personId: string | null },
) {
  const rows = await db
    .selectFrom('attendances')
    .select(['id', 'status', 'left_at', 'membership_id', 'person_id'])
    .where('assembly_id', '=', assemblyId)
    .where((eb) =>
      eb.or([eb('membership_id', '=', membershipId), ...(personId ? [eb('person_id', '=', personId)] : [])]),
    )
    .execute();
  return rows.find((row) => row.membership_id === membershipId) ?? rows[0];
}

export async function findSheetRow(db: DbOrTransaction, assemblyId: string, attendanceId: string) {
  return db
    .selectFrom('attendances')
    .select(['id', 'status', 'left_at'])
    .where('id', '=', attendanceId)
    .where('assembly_id', '=', assemblyId)
    .executeTakeFirst();
}

/** Every kept list of the assembly with the speakers who took the floor, in the agenda's order, for the minutes. */
export async function listKeptInterventions(db: DbOrTransaction, assemblyId: string) {
  return db
    .selectFrom('speakers')
    .innerJoin('speaker_lists', 'speaker_lists.id', 'speakers.list_id')
    .innerJoin('agenda_items', 'agenda_items.id', 'speaker_lists.agenda_item_id')
    .innerJoin('attendances', 'attendances.id', 'speakers.attendance_id')
    .leftJoin('persons', 'persons.id', 'attendances.person_id')
    .leftJoin('organisations', 'organisations.id', 'attendances.organisation_id')
    .select([
      'agenda_items.id as agenda_item_id',
      'agenda_items.position as agenda_item_position',
      'agenda_items.title as agenda_item_title',
      'speakers.attendance_id',
      'speakers.started_at',
      'attendances.label',
      'persons.first_name',
      'persons.last_name',
      'organisations.name as organisation_name',
    ])
    .where('speaker_lists.assembly_id', '=', assemblyId)
    .where('speaker_lists.is_kept', '=', 1)
    .where('speakers.status', 'in', ['speaking', 'done'])
    .orderBy('agenda_items.position')
    .orderBy('speakers.started_at')
    .execute();
}
