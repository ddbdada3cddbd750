import { sql, type Insertable, type Selectable } from 'kysely';
import type { DbOrTransaction } from '../../db/database.ts';
import type {
  BallotsTable,
  MandatesTable,
  PollsTable,
  PollVotersTable,
  ResolutionsTable,
} from '../../db/tables.ts';

export type ResolutionRow = Selectable<ResolutionsTable>;
export type PollRow = Selectable<PollsTable>;
export type PollVoterRow = Selectable<PollVotersTable>;
export type MandateRow = Selectable<MandatesTable>;

export async function listResolutionRows(db: DbOrTransaction, assemblyId: string) {
  return db
    .selectFrom('resolutions')
    .innerJoin('agenda_items', 'agenda_items.id', 'resolutions.agenda_item_id')
    .selectAll('resolutions')
    .select(['agenda_items.title as agenda_item_title', 'agenda_items.position as agenda_item_position'])
    .where('resolutions.assembly_id', '=', assemblyId)
    .orderBy('agenda_items.position')
    .orderBy('resolutions.position')
    .execute();
}

export async function findResolution(db: DbOrTransaction, assemblyId: string, id: string) {
  return db
    .selectFrom('resolutions')
    .selectAll()
    .where('assembly_id', '=', assemblyId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function nextResolutionPosition(db: DbOrTransaction, assemblyId: string): Promise<number> {
  const row = await db
    .selectFrom('resolutions')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('assembly_id', '=', assemblyId)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export async function insertResolution(db: DbOrTransaction, row: Insertable<ResolutionsTable>) {
  await db.insertInto('resolutions').values(row).execute();
}

export async function findPoll(db: DbOrTransaction, id: string) {
  return db.selectFrom('polls').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The open poll of an assembly, else the last one opened. */
export async function findCurrentPoll(db: DbOrTransaction, assemblyId: string) {
  const open = await db
    .selectFrom('polls')
    .selectAll()
    .where('assembly_id', '=', assemblyId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (open) return open;
  return db
    .selectFrom('polls')
    .selectAll()
    .where('assembly_id', '=', assemblyId)
    .orderBy('opened_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function listPollOptions(db: DbOrTransaction, pollId: string) {
  return db
    .selectFrom('poll_options')
    .selectAll()
    .where('poll_id', '=', pollId)
    .orderBy('position')
    .execute();
}

export async function countVoted(db: DbOrTransaction, pollId: string): Promise<number> {
  const row = await db
    .selectFrom('poll_voters')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('poll_id', '=', pollId)
    .where('has_voted', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listVoterRows(db: DbOrTransaction, pollId: string, membershipIds: string[]) {
  if (membershipIds.length === 0) return [];
  return db
    .selectFrom('poll_voters')
    .selectAll()
    .where('poll_id', '=', pollId)
    .where('membership_id', 'in', membershipIds)
    .execute();
}

export async function listVotersHeldBy(db: DbOrTransaction, pollId: string, holderMembershipId: string) {
  return db
    .selectFrom('poll_voters')
    .selectAll()
    .where('poll_id', '=', pollId)
    .where('holder_membership_id', '=', holderMembershipId)
    .orderBy('member_name')
    .execute();
}

/**
 * Marks members of one poll as having voted, each with their cast's key, in one statement per
 * 500 members; answers how many rows were still unvoted (fewer than asked means another process
 * took one meanwhile).
 */
export async function markVoted(
  db: DbOrTransaction,
  pollId: string,
  marks: { membershipId: string; key: string }[],
): Promise<number> {
  let total = 0;
  for (let start = 0; start < marks.length; start += 500) {
    const chunk = marks.slice(start, start + 500);
    const keyOf = sql<string>`case ${sql.ref('membership_id')} ${sql.join(
      chunk.map((mark) => sql`when ${mark.membershipId} then ${mark.key}`),
      sql` `,
    )} end`;
    const result = await db
      .updateTable('poll_voters')
      .set({ has_voted: 1, cast_key: keyOf })
      .where('poll_id', '=', pollId)
      .where(
        'membership_id',
        'in',
        chunk.map((mark) => mark.membershipId),
      )
      .where('has_voted', '=', 0)
      .executeTakeFirst();
    total += Number(result.numUpdatedRows);
  }
  return total;
}

export async function insertBallots(db: DbOrTransaction, rows: Insertable<BallotsTable>[]) {
  for (let start = 0; start < rows.length; start += 500) {
    await db
      .insertInto('ballots')
      .values(rows.slice(start, start + 500))
      .execute();
  }
}

export async function listBallots(db: DbOrTransaction, pollId: string) {
  return db
    .selectFrom('ballots')
    .select(['choices', 'weight', 'membership_id'])
    .where('poll_id', '=', pollId)
    .execute();
}

export async function listMandateRows(db: DbOrTransaction, atDay: string | null) {
  let query = db
    .selectFrom('mandates')
    .innerJoin('persons', 'persons.id', 'mandates.person_id')
    .selectAll('mandates')
    .select(['persons.first_name', 'persons.last_name'])
    .orderBy('mandates.position');
  if (atDay) {
    query = query
      .where('mandates.starts_on', '<=', atDay)
      .where((eb) => eb.or([eb('mandates.ends_on', 'is', null), eb('mandates.ends_on', '>=', atDay)]));
  }
  return query.execute();
}

/** The resolutions that adopted something (a fee grid): title, assembly and day, by id. */
export async function findAdoptingResolutions(db: DbOrTransaction, ids: string[]) {
  if (ids.length === 0) return new Map<string, AdoptingResolution>();
  const rows = await db
    .selectFrom('resolutions')
    .innerJoin('assemblies', 'assemblies.id', 'resolutions.assembly_id')
    .select([
      'resolutions.id',
      'resolutions.title',
      'resolutions.position',
      'assemblies.slug',
      'assemblies.title as assembly_title',
      'assemblies.held_on',
    ])
    .where('resolutions.id', 'in', [...new Set(ids)])
    .execute();
  return new Map<string, AdoptingResolution>(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        title: row.title,
        position: row.position,
        assemblySlug: row.slug,
        assemblyTitle: row.assembly_title,
        heldOn: row.held_on,
      },
    ]),
  );
}

export interface AdoptingResolution {
  id: string;
  title: string;
  position: number;
  assemblySlug: string;
  assemblyTitle: string;
  heldOn: string;
}
