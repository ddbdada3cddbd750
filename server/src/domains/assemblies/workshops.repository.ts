import type { Insertable, Selectable } from 'kysely';
import type { DbOrTransaction } from '../../db/database.ts';
import type { QuestionsTable, WorkshopsTable } from '../../db/tables.ts';

export type WorkshopRow = Selectable<WorkshopsTable>;

export async function listWorkshopRows(db: DbOrTransaction, assemblyId: string): Promise<WorkshopRow[]> {
  return db
    .selectFrom('workshops')
    .selectAll()
    .where('assembly_id', '=', assemblyId)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

/** Every member of the assembly's workshops, in the order of the attendance sheet. */
export async function listWorkshopMemberRows(db: DbOrTransaction, assemblyId: string) {
  return db
    .selectFrom('workshop_members')
    .innerJoin('workshops', 'workshops.id', 'workshop_members.workshop_id')
    .innerJoin('attendances', 'attendances.id', 'workshop_members.attendance_id')
    .leftJoin('persons', 'persons.id', 'attendances.person_id')
    .select([
      'workshop_members.workshop_id',
      'workshop_members.attendance_id',
      'attendances.label',
      'persons.first_name',
      'persons.last_name',
    ])
    .where('workshops.assembly_id', '=', assemblyId)
    .orderBy('attendances.position')
    .orderBy('attendances.id')
    .execute();
}

export async function insertWorkshop(db: DbOrTransaction, row: Insertable<WorkshopsTable>): Promise<void> {
  await db.insertInto('workshops').values(row).execute();
}

export async function updateWorkshop(
  db: DbOrTransaction,
  id: string,
  values: Pick<WorkshopRow, 'position' | 'topic' | 'minutes' | 'problems' | 'proposals'>,
): Promise<void> {
  await db.updateTable('workshops').set(values).where('id', '=', id).execute();
}

export async function deleteWorkshops(db: DbOrTransaction, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('workshop_members').where('workshop_id', 'in', ids).execute();
  await db.deleteFrom('workshops').where('id', 'in', ids).execute();
}

/** Empties every workshop of the assembly, or takes one person out of them. */
export async function deleteWorkshopMembers(
  db: DbOrTransaction,
  assemblyId: string,
  attendanceId?: string,
): Promise<void> {
  let query = db
    .deleteFrom('workshop_members')
    .where((eb) =>
      eb('workshop_id', 'in', eb.selectFrom('workshops').select('id').where('assembly_id', '=', assemblyId)),
    );
  if (attendanceId) query = query.where('attendance_id', '=', attendanceId);
  await query.execute();
}

export async function insertWorkshopMember(
  db: DbOrTransaction,
  row: { id: string; workshop_id: string; attendance_id: string },
): Promise<void> {
  await db.insertInto('workshop_members').values(row).execute();
}

export async function findAttendanceOfAssembly(
  db: DbOrTransaction,
  assemblyId: string,
  attendanceId: string,
) {
  return db
    .selectFrom('attendances')
    .select(['id', 'person_id', 'role', 'status', 'left_at'])
    .where('id', '=', attendanceId)
    .where('assembly_id', '=', assemblyId)
    .executeTakeFirst();
}

/** The people in the room who take part in the workshops: voting members and guests, not the team. */
export async function listWorkshopCandidateRows(db: DbOrTransaction, assemblyId: string) {
  return db
    .selectFrom('attendances')
    .leftJoin('organisations', 'organisations.id', 'attendances.organisation_id')
    .select([
      'attendances.id',
      'attendances.person_id',
      'attendances.organisation_id',
      'organisations.kind as organisation_kind',
    ])
    .where('attendances.assembly_id', '=', assemblyId)
    .where('attendances.status', '=', 'present')
    .where('attendances.left_at', 'is', null)
    .where('attendances.role', 'in', ['voting_member', 'guest'])
    .orderBy('attendances.position')
    .orderBy('attendances.id')
    .execute();
}

/** The persons' affiliations, their own organisations before the ones they work for, oldest first. */
export async function listAffiliationRows(db: DbOrTransaction, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('affiliations')
    .innerJoin('organisations', 'organisations.id', 'affiliations.organisation_id')
    .select(['affiliations.person_id', 'affiliations.organisation_id', 'organisations.kind'])
    .where('affiliations.person_id', 'in', personIds)
    .orderBy('affiliations.is_staff')
    .orderBy('affiliations.created_at')
    .orderBy('affiliations.id')
    .execute();
}

export async function listQuestionRows(db: DbOrTransaction, assemblyId: string) {
  return db
    .selectFrom('questions')
    .leftJoin('persons', 'persons.id', 'questions.asked_by_person_id')
    .select([
      'questions.id',
      'questions.position',
      'questions.asked_by_person_id',
      'questions.asked_by_label',
      'questions.question',
      'questions.answer',
      'questions.agenda_item_id',
      'persons.first_name',
      'persons.last_name',
    ])
    .where('questions.assembly_id', '=', assemblyId)
    .orderBy('questions.position')
    .execute();
}

export async function replaceQuestionRows(
  db: DbOrTransaction,
  assemblyId: string,
  rows: readonly Insertable<QuestionsTable>[],
): Promise<void> {
  await db.deleteFrom('questions').where('assembly_id', '=', assemblyId).execute();
  for (const row of rows) await db.insertInto('questions').values(row).execute();
}

/** The ids among these that name a person of the register (not one merged into another). */
export async function findPersonIds(db: DbOrTransaction, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('persons')
    .select('id')
    .where('id', 'in', ids)
    .where('merged_into_id', 'is', null)
    .execute();
  return new Set(rows.map((row) => row.id));
}
