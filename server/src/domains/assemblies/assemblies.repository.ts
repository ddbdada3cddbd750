import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbOrTransaction } from '../../db/database.ts';
import type { AgendaItemsTable, AssembliesTable, AssemblyScrutineersTable } from '../../db/tables.ts';
import { nextVersion } from '../../db/record-version.ts';

export type AssemblyRow = Selectable<AssembliesTable>;

export async function findAssemblyBySlug(
  db: DbOrTransaction,
  slug: string,
): Promise<AssemblyRow | undefined> {
  return db.selectFrom('assemblies').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function listAssemblyRows(db: DbOrTransaction): Promise<AssemblyRow[]> {
  return db.selectFrom('assemblies').selectAll().orderBy('held_on', 'desc').execute();
}

export async function listAgendaItems(db: DbOrTransaction, assemblyId: string) {
  return db
    .selectFrom('agenda_items')
    .selectAll()
    .where('assembly_id', '=', assemblyId)
    .orderBy('position')
    .execute();
}

export async function listAttendanceRows(db: DbOrTransaction, assemblyId: string) {
  return db
    .selectFrom('attendances')
    .leftJoin('persons', 'persons.id', 'attendances.person_id')
    .select([
      'attendances.id',
      'attendances.person_id',
      'attendances.organisation_id',
      'attendances.membership_id',
      'attendances.label',
      'attendances.role',
      'attendances.status',
      'attendances.position',
      'attendances.arrived_at',
      'attendances.left_at',
      'attendances.votes_from',
      'persons.first_name',
      'persons.last_name',
    ])
    .where('attendances.assembly_id', '=', assemblyId)
    .orderBy('attendances.position')
    .execute();
}

export async function listProxyRows(db: DbOrTransaction, assemblyId: string) {
  return db
    .selectFrom('proxies')
    .selectAll()
    .where('assembly_id', '=', assemblyId)
    .orderBy('given_at')
    .execute();
}

export async function nextAttendancePosition(db: DbOrTransaction, assemblyId: string): Promise<number> {
  const row = await db
    .selectFrom('attendances')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('assembly_id', '=', assemblyId)
    .executeTakeFirst();
  return Number(row?.position ?? 0) + 1;
}

export async function findAssemblyById(db: DbOrTransaction, id: string): Promise<AssemblyRow | undefined> {
  return db.selectFrom('assemblies').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAssembly(db: DbOrTransaction, row: Insertable<AssembliesTable>): Promise<void> {
  await db.insertInto('assemblies').values(row).execute();
}

/** Changes an assembly and raises its version; false (nothing changed) when `expectedVersion` is no longer its version. */
export async function updateAssembly(
  db: DbOrTransaction,
  id: string,
  changes: Updateable<AssembliesTable>,
  expectedVersion?: number,
): Promise<boolean> {
  let query = db
    .updateTable('assemblies')
    .set({ ...changes, version: nextVersion })
    .where('id', '=', id);
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
  const result = await query.executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * The item the session is on: kept by the session's screen, not an edit of the assembly, so its
 * version stays (the assembly form open meanwhile is not made stale by the chair moving on).
 */
export async function setCurrentAgendaItemRow(
  db: DbOrTransaction,
  id: string,
  agendaItemId: string | null,
  now: string,
): Promise<void> {
  await db
    .updateTable('assemblies')
    .set({ current_agenda_item_id: agendaItemId, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function insertAgendaItem(
  db: DbOrTransaction,
  row: Insertable<AgendaItemsTable>,
): Promise<void> {
  await db.insertInto('agenda_items').values(row).execute();
}

/** An item of the assembly's agenda, or undefined when the id names none of its items. */
export async function findAgendaItem(db: DbOrTransaction, assemblyId: string, agendaItemId: string) {
  return db
    .selectFrom('agenda_items')
    .selectAll()
    .where('id', '=', agendaItemId)
    .where('assembly_id', '=', assemblyId)
    .executeTakeFirst();
}

/** A person's name as the register holds it (chair, secretary), or undefined. */
export async function findPersonName(db: DbOrTransaction, personId: string) {
  return db
    .selectFrom('persons')
    .select(['id', 'first_name', 'last_name'])
    .where('id', '=', personId)
    .executeTakeFirst();
}

export async function listScrutineers(db: DbOrTransaction, assemblyId: string) {
  return db
    .selectFrom('assembly_scrutineers')
    .innerJoin('persons', 'persons.id', 'assembly_scrutineers.person_id')
    .select(['persons.id', 'persons.first_name', 'persons.last_name'])
    .where('assembly_scrutineers.assembly_id', '=', assemblyId)
    .orderBy('assembly_scrutineers.position')
    .execute();
}

export async function replaceScrutineers(
  db: DbOrTransaction,
  assemblyId: string,
  rows: Insertable<AssemblyScrutineersTable>[],
): Promise<void> {
  await db.deleteFrom('assembly_scrutineers').where('assembly_id', '=', assemblyId).execute();
  if (rows.length > 0) await db.insertInto('assembly_scrutineers').values(rows).execute();
}

export async function updateAgendaItem(
  db: DbOrTransaction,
  id: string,
  changes: Updateable<AgendaItemsTable>,
): Promise<void> {
  await db.updateTable('agenda_items').set(changes).where('id', '=', id).execute();
}

/** Removes an agenda item; questions asked under it stay, as questions of their own. */
export async function deleteAgendaItem(db: DbOrTransaction, assemblyId: string, id: string): Promise<void> {
  await db
    .updateTable('questions')
    .set({ agenda_item_id: null })
    .where('assembly_id', '=', assemblyId)
    .where('agenda_item_id', '=', id)
    .execute();
  await db
    .updateTable('assemblies')
    .set({ current_agenda_item_id: null })
    .where('id', '=', assemblyId)
    .where('current_agenda_item_id', '=', id)
    .execute();
  await db.deleteFrom('agenda_items').where('id', '=', id).execute();
}

/** Whether resolutions or an election hang on an agenda item (it cannot then be removed). */
export async function isAgendaItemUsed(db: DbOrTransaction, id: string): Promise<boolean> {
  const resolution = await db
    .selectFrom('resolutions')
    .select('id')
    .where('agenda_item_id', '=', id)
    .executeTakeFirst();
  if (resolution) return true;
  const election = await db
    .selectFrom('elections')
    .select('id')
    .where('agenda_item_id', '=', id)
    .executeTakeFirst();
  return election !== undefined;
}

/** Whether the assembly's latest minutes are signed: it is then closed to edits. */
export async function areMinutesSigned(db: DbOrTransaction, assemblyId: string): Promise<boolean> {
  const latest = await db
    .selectFrom('minutes')
    .select('state')
    .where('assembly_id', '=', assemblyId)
    .orderBy('version', 'desc')
    .executeTakeFirst();
  return latest?.state === 'signed';
}

/**
 * Whether anything is recorded for the assembly: its opening, someone on the sheet, a proxy, a vote (a resolution
 * decided, an election proclaimed or voted, a poll), a convocation sent, minutes.
 */
export async function hasRecords(db: DbOrTransaction, assemblyId: string): Promise<boolean> {
  const checks = [
    db
      .selectFrom('assemblies')
      .select('id')
      .where('id', '=', assemblyId)
      .where('actual_start_at', 'is not', null),
    db.selectFrom('attendances').select('id').where('assembly_id', '=', assemblyId),
    db.selectFrom('proxies').select('id').where('assembly_id', '=', assemblyId),
    db.selectFrom('polls').select('id').where('assembly_id', '=', assemblyId),
    db
      .selectFrom('resolutions')
      .select('id')
      .where('assembly_id', '=', assemblyId)
      .where((eb) => eb.or([eb('is_adopted', 'is not', null), eb('voted_at', 'is not', null)])),
    db
      .selectFrom('elections')
      .select('id')
      .where('assembly_id', '=', assemblyId)
      .where('voted_at', 'is not', null),
    db
      .selectFrom('convocations')
      .select('id')
      .where('assembly_id', '=', assemblyId)
      .where('status', '=', 'sent'),
    db.selectFrom('minutes').select('id').where('assembly_id', '=', assemblyId),
  ];
  for (const check of checks) if (await check.executeTakeFirst()) return true;
  return false;
}

/** Deletes an assembly with nothing recorded: its agenda, draft resolutions and elections, pending convocations. */
export async function deleteAssemblyRow(db: DbOrTransaction, assemblyId: string): Promise<void> {
  await db.deleteFrom('resolutions').where('assembly_id', '=', assemblyId).execute();
  await db.deleteFrom('elections').where('assembly_id', '=', assemblyId).execute();
  await db.deleteFrom('assemblies').where('id', '=', assemblyId).execute();
}

/** One time recorded during an assembly: an arrival, a departure, a proxy's start, a vote. */
export interface SessionTime {
  table: 'attendances' | 'proxies' | 'resolutions' | 'elections';
  id: string;
  column: string;
  value: string;
}

/** Every time recorded on the assembly's rows (arrivals, departures, votes counting from, proxies, votes). */
export async function listSessionTimes(db: DbOrTransaction, assemblyId: string): Promise<SessionTime[]> {
  const [attendances, proxies, resolutions, elections] = await Promise.all([
    db
      .selectFrom('attendances')
      .select(['id', 'arrived_at', 'left_at', 'votes_from'])
      .where('assembly_id', '=', assemblyId)
      .execute(),
    db.selectFrom('proxies').select(['id', 'given_at']).where('assembly_id', '=', assemblyId).execute(),
    db
      .selectFrom('resolutions')
      .select(['id', 'voted_at', 'decided_at'])
      .where('assembly_id', '=', assemblyId)
      .execute(),
    db.selectFrom('elections').select(['id', 'voted_at']).where('assembly_id', '=', assemblyId).execute(),
  ]);
  const times: SessionTime[] = [];
  const add = (table: SessionTime['table'], id: string, values: Record<string, string | null>) => {
    for (const [column, value] of Object.entries(values)) if (value) times.push({ table, id, column, value });
  };
  for (const row of attendances)
    add('attendances', row.id, {
      arrived_at: row.arrived_at,
      left_at: row.left_at,
      votes_from: row.votes_from,
    });
  for (const row of proxies) add('proxies', row.id, { given_at: row.given_at });
  for (const row of resolutions)
    add('resolutions', row.id, { voted_at: row.voted_at, decided_at: row.decided_at });
  for (const row of elections) add('elections', row.id, { voted_at: row.voted_at });
  return times;
}

/** Writes times listed by `listSessionTimes`, each to its row and column. */
export async function updateSessionTimes(db: DbOrTransaction, times: readonly SessionTime[]): Promise<void> {
  for (const time of times) {
    const { id, value } = time;
    if (time.table === 'attendances') {
      const column = time.column as 'arrived_at' | 'left_at' | 'votes_from';
      await db
        .updateTable('attendances')
        .set({ [column]: value })
        .where('id', '=', id)
        .execute();
    } else if (time.table === 'proxies') {
      await db.updateTable('proxies').set({ given_at: value }).where('id', '=', id).execute();
    } else if (time.table === 'resolutions') {
      const column = time.column as 'voted_at' | 'decided_at';
      await db
        .updateTable('resolutions')
        .set({ [column]: value })
        .where('id', '=', id)
        .execute();
    } else {
      await db.updateTable('elections').set({ voted_at: value }).where('id', '=', id).execute();
    }
  }
}
