import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbOrTransaction } from '../../db/database.ts';
import type { AgendaItemsTable, AssembliesTable } from '../../db/tables.ts';

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

export async function updateAssembly(
  db: DbOrTransaction,
  id: string,
  changes: Updateable<AssembliesTable>,
): Promise<void> {
  await db.updateTable('assemblies').set(changes).where('id', '=', id).execute();
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
