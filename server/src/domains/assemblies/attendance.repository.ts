import type { Insertable, Updateable } from 'kysely';
import type { DbOrTransaction } from '../../db/database.ts';
import type { AttendancesTable, ProxiesTable } from '../../db/tables.ts';

/** A row of the sheet, found by its id within the assembly. */
export async function findAttendance(db: DbOrTransaction, assemblyId: string, attendanceId: string) {
  return db
    .selectFrom('attendances')
    .selectAll()
    .where('id', '=', attendanceId)
    .where('assembly_id', '=', assemblyId)
    .executeTakeFirst();
}

/** The person's row on the assembly's sheet, if they are on it. */
export async function findAttendanceOfPerson(db: DbOrTransaction, assemblyId: string, personId: string) {
  return db
    .selectFrom('attendances')
    .select(['id', 'status', 'left_at', 'membership_id'])
    .where('assembly_id', '=', assemblyId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

/** The rows of these persons, or carrying the vote of these memberships. */
export async function listAttendancesOfPersonsOrMemberships(
  db: DbOrTransaction,
  assemblyId: string,
  { personIds, membershipIds }: { personIds: readonly string[]; membershipIds: readonly string[] },
) {
  if (personIds.length === 0 && membershipIds.length === 0) return [];
  return db
    .selectFrom('attendances')
    .select(['id', 'person_id', 'status', 'left_at', 'membership_id'])
    .where('assembly_id', '=', assemblyId)
    .where((eb) =>
      eb.or([
        ...(personIds.length ? [eb('person_id', 'in', [...personIds])] : []),
        ...(membershipIds.length ? [eb('membership_id', 'in', [...membershipIds])] : []),
      ]),
    )
    .execute();
}

/** Which of these persons are already on the assembly's sheet. */
export async function listPersonIdsOnSheet(
  db: DbOrTransaction,
  assemblyId: string,
  personIds: readonly string[],
): Promise<Set<string | null>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('attendances')
    .select('person_id')
    .where('assembly_id', '=', assemblyId)
    .where('person_id', 'in', [...personIds])
    .execute();
  return new Set(rows.map((row) => row.person_id));
}

export async function insertAttendance(
  db: DbOrTransaction,
  row: Insertable<AttendancesTable>,
): Promise<void> {
  await db.insertInto('attendances').values(row).execute();
}

export async function updateAttendance(
  db: DbOrTransaction,
  id: string,
  changes: Updateable<AttendancesTable>,
): Promise<void> {
  await db.updateTable('attendances').set(changes).where('id', '=', id).execute();
}

export async function insertProxy(db: DbOrTransaction, row: Insertable<ProxiesTable>): Promise<void> {
  await db.insertInto('proxies').values(row).execute();
}

/** Deletes a proxy of the assembly; answers whether there was one. */
export async function deleteProxy(
  db: DbOrTransaction,
  assemblyId: string,
  proxyId: string,
): Promise<boolean> {
  const deleted = await db
    .deleteFrom('proxies')
    .where('id', '=', proxyId)
    .where('assembly_id', '=', assemblyId)
    .executeTakeFirst();
  return Number(deleted.numDeletedRows) > 0;
}

/** Whether the register holds this person. */
export async function personExists(db: DbOrTransaction, personId: string): Promise<boolean> {
  const row = await db.selectFrom('persons').select('id').where('id', '=', personId).executeTakeFirst();
  return row !== undefined;
}

/**
 * The persons whose name holds every token typed at the door (merged persons left out), by name,
 * at most `limit`.
 */
export async function searchPersonsByName(db: DbOrTransaction, tokens: readonly string[], limit: number) {
  let query = db
    .selectFrom('persons')
    .select(['id', 'first_name', 'last_name'])
    .where('merged_into_id', 'is', null);
  for (const token of tokens) query = query.where('search_text', 'like', `%${token}%`);
  return query.orderBy('last_name').orderBy('first_name').limit(limit).execute();
}

/** The organisations these persons belong to, one row per affiliation. */
export async function listAffiliationsOfPersons(db: DbOrTransaction, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('affiliations')
    .select(['person_id', 'organisation_id'])
    .where('person_id', 'in', [...personIds])
    .execute();
}

export async function findProxy(db: DbOrTransaction, assemblyId: string, proxyId: string) {
  return db
    .selectFrom('proxies')
    .selectAll()
    .where('id', '=', proxyId)
    .where('assembly_id', '=', assemblyId)
    .executeTakeFirst();
}

export async function updateProxyTime(db: DbOrTransaction, proxyId: string, givenAt: string): Promise<void> {
  await db.updateTable('proxies').set({ given_at: givenAt }).where('id', '=', proxyId).execute();
}

/**
 * The instants the assembly voted: polls opened (not cancelled: their voters were frozen then) and
 * shows of hands recorded, of resolutions and elections. An undo that would change who could vote at
 * one of them is refused (attendance-undo.ts).
 */
export async function listVoteInstants(db: DbOrTransaction, assemblyId: string): Promise<string[]> {
  const polls = await db
    .selectFrom('polls')
    .select('opened_at as at')
    .where('assembly_id', '=', assemblyId)
    .where('status', '!=', 'cancelled')
    .execute();
  const resolutions = await db
    .selectFrom('resolutions')
    .select('voted_at as at')
    .where('assembly_id', '=', assemblyId)
    .where('method', '=', 'show_of_hands')
    .where('voted_at', 'is not', null)
    .execute();
  const elections = await db
    .selectFrom('elections')
    .select('voted_at as at')
    .where('assembly_id', '=', assemblyId)
    .where('voted_at', 'is not', null)
    .execute();
  return [...polls, ...resolutions, ...elections].flatMap((row) => (row.at ? [row.at] : []));
}

/** The state of the assembly's latest minutes (draft, approved, signed), or null when there are none. */
export async function latestMinutesState(db: DbOrTransaction, assemblyId: string): Promise<string | null> {
  const latest = await db
    .selectFrom('minutes')
    .select('state')
    .where('assembly_id', '=', assemblyId)
    .orderBy('version', 'desc')
    .executeTakeFirst();
  return latest?.state ?? null;
}
