import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbOrTransaction } from '../../db/database.ts';
import type {
  BoardRolesTable,
  ElectionCandidatesTable,
  ElectionOutgoingTable,
  ElectionsTable,
  MandatesTable,
} from '../../db/tables.ts';
import { nextVersion } from '../../db/record-version.ts';

export type MandateRow = Selectable<MandatesTable>;
export type BoardRoleRow = Selectable<BoardRolesTable>;

export async function listMandateRows(db: DbOrTransaction, atDay: string | null) {
  let query = db
    .selectFrom('mandates')
    .innerJoin('persons', 'persons.id', 'mandates.person_id')
    .selectAll('mandates')
    .select(['persons.first_name', 'persons.last_name', 'persons.civility'])
    .orderBy('mandates.position');
  if (atDay) {
    query = query
      .where('mandates.starts_on', '<=', atDay)
      .where((eb) => eb.or([eb('mandates.ends_on', 'is', null), eb('mandates.ends_on', '>=', atDay)]));
  }
  return query.execute();
}

export async function findMandate(db: DbOrTransaction, id: string) {
  return db.selectFrom('mandates').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function nextMandatePosition(db: DbOrTransaction): Promise<number> {
  const row = await db
    .selectFrom('mandates')
    .select((eb) => eb.fn.max('position').as('last'))
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export async function insertMandates(db: DbOrTransaction, rows: Insertable<MandatesTable>[]) {
  if (rows.length > 0) await db.insertInto('mandates').values(rows).execute();
}

export async function setMandateEnd(db: DbOrTransaction, id: string, endsOn: string) {
  await db
    .updateTable('mandates')
    .set({ ends_on: endsOn, version: nextVersion })
    .where('id', '=', id)
    .execute();
}

export async function hasMandatesOfElection(db: DbOrTransaction, electionId: string): Promise<boolean> {
  const row = await db
    .selectFrom('mandates')
    .select('id')
    .where('election_id', '=', electionId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The mandates an election's proclamation created. */
export async function listMandatesOfElection(db: DbOrTransaction, electionId: string) {
  return db.selectFrom('mandates').selectAll().where('election_id', '=', electionId).execute();
}

/** The names of the persons of the register among these ids (the others do not exist). */
export async function listPersonNames(db: DbOrTransaction, ids: string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('persons').select(['id', 'first_name', 'last_name']).where('id', 'in', ids).execute();
}

export async function findElection(db: DbOrTransaction, assemblyId: string, id: string) {
  return db
    .selectFrom('elections')
    .selectAll()
    .where('id', '=', id)
    .where('assembly_id', '=', assemblyId)
    .executeTakeFirst();
}

export async function listElectionRows(db: DbOrTransaction, assemblyId: string) {
  return db
    .selectFrom('elections')
    .selectAll()
    .where('assembly_id', '=', assemblyId)
    .orderBy('created_at')
    .execute();
}

export async function insertElection(
  db: DbOrTransaction,
  election: Insertable<ElectionsTable>,
  candidates: Insertable<ElectionCandidatesTable>[],
) {
  await db.insertInto('elections').values(election).execute();
  await db.insertInto('election_candidates').values(candidates).execute();
}

export async function listElectionCandidates(db: DbOrTransaction, electionId: string) {
  return db
    .selectFrom('election_candidates')
    .selectAll()
    .where('election_id', '=', electionId)
    .orderBy('position')
    .execute();
}

/** The election's poll that counts: the last one opened and not cancelled. */
export async function findElectionPoll(db: DbOrTransaction, electionId: string) {
  return db
    .selectFrom('polls')
    .selectAll()
    .where('election_id', '=', electionId)
    .where('status', '!=', 'cancelled')
    .orderBy('opened_at', 'desc')
    .executeTakeFirst();
}

export async function hasClosedElectionPoll(db: DbOrTransaction, electionId: string): Promise<boolean> {
  const row = await db
    .selectFrom('polls')
    .select('id')
    .where('election_id', '=', electionId)
    .where('status', '=', 'closed')
    .executeTakeFirst();
  return row !== undefined;
}

export async function updateMandate(
  db: DbOrTransaction,
  id: string,
  values: Pick<
    Updateable<MandatesTable>,
    'role' | 'title_form' | 'printed_name' | 'organisation_label' | 'starts_on' | 'ends_on'
  >,
  expectedVersion?: number,
): Promise<boolean> {
  let query = db
    .updateTable('mandates')
    .set({ ...values, version: nextVersion })
    .where('id', '=', id);
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
  return (await query.executeTakeFirst()).numUpdatedRows > 0n;
}

export async function listBoardRoleRows(db: DbOrTransaction) {
  return db.selectFrom('board_roles').selectAll().orderBy('position').execute();
}

export async function insertBoardRole(db: DbOrTransaction, row: Insertable<BoardRolesTable>) {
  await db.insertInto('board_roles').values(row).execute();
}

export async function nextBoardRolePosition(db: DbOrTransaction): Promise<number> {
  const row = await db
    .selectFrom('board_roles')
    .select((eb) => eb.fn.max('position').as('last'))
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export async function insertElectionOutgoing(db: DbOrTransaction, rows: Insertable<ElectionOutgoingTable>[]) {
  if (rows.length > 0) await db.insertInto('election_outgoing').values(rows).execute();
}

/** The outgoing board of an election, with each mandate's person and role. */
export async function listElectionOutgoing(db: DbOrTransaction, electionId: string) {
  return db
    .selectFrom('election_outgoing')
    .innerJoin('mandates', 'mandates.id', 'election_outgoing.mandate_id')
    .innerJoin('persons', 'persons.id', 'mandates.person_id')
    .selectAll('mandates')
    .select([
      'persons.first_name',
      'persons.last_name',
      'persons.civility',
      'election_outgoing.is_standing_again',
    ])
    .where('election_outgoing.election_id', '=', electionId)
    .orderBy('election_outgoing.position')
    .execute();
}

export async function updateElectionShowOfHands(
  db: DbOrTransaction,
  id: string,
  values: Pick<
    Updateable<ElectionsTable>,
    | 'recorded_as'
    | 'votes_for'
    | 'votes_against'
    | 'votes_abstain'
    | 'votes_blank'
    | 'voted_at'
    | 'eligible_count'
    | 'eligible_weight'
  >,
) {
  await db.updateTable('elections').set(values).where('id', '=', id).execute();
}

export async function updateCandidateShowOfHands(
  db: DbOrTransaction,
  id: string,
  values: Pick<
    Updateable<ElectionCandidatesTable>,
    | 'votes_for'
    | 'votes_against'
    | 'votes_abstain'
    | 'votes_blank'
    | 'is_elected'
    | 'role'
    | 'title_form'
    | 'mandate_starts_on'
    | 'mandate_ends_on'
    | 'has_own_dates'
  >,
) {
  await db.updateTable('election_candidates').set(values).where('id', '=', id).execute();
}

/** Ends, on a day, the mandates among these that are still running after it. */
export async function endMandatesBefore(db: DbOrTransaction, ids: string[], endsOn: string) {
  if (ids.length === 0) return;
  await db
    .updateTable('mandates')
    .set({ ends_on: endsOn, version: nextVersion })
    .where('id', 'in', ids)
    .where((eb) => eb.or([eb('ends_on', 'is', null), eb('ends_on', '>', endsOn)]))
    .execute();
}
