import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { DbOrTransaction } from '../../db/database.ts';
import type {
  BallotsTable,
  PollOptionsTable,
  PollsTable,
  PollVotersTable,
  ResolutionsTable,
} from '../../db/tables.ts';

export type ResolutionRow = Selectable<ResolutionsTable>;
export type PollRow = Selectable<PollsTable>;
export type PollVoterRow = Selectable<PollVotersTable>;

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

export async function findResolutionById(db: DbOrTransaction, id: string) {
  return db.selectFrom('resolutions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** Records how a resolution was decided: counts, unanimous, adopted or rejected. */
export async function updateResolutionOutcome(
  db: DbOrTransaction,
  id: string,
  outcome: Pick<
    Updateable<ResolutionsTable>,
    | 'recorded_as'
    | 'votes_for'
    | 'votes_against'
    | 'votes_abstain'
    | 'votes_blank'
    | 'is_adopted'
    | 'decided_at'
    | 'voted_at'
    | 'eligible_count'
    | 'eligible_weight'
    | 'updated_at'
  >,
) {
  await db.updateTable('resolutions').set(outcome).where('id', '=', id).execute();
}

/** The deliberative agenda item a resolution or an election hangs on, when it is on this assembly's agenda. */
export async function findAgendaItem(db: DbOrTransaction, assemblyId: string, id: string) {
  return db
    .selectFrom('agenda_items')
    .select(['id', 'kind'])
    .where('id', '=', id)
    .where('assembly_id', '=', assemblyId)
    .executeTakeFirst();
}

export async function findPoll(db: DbOrTransaction, id: string) {
  return db.selectFrom('polls').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listPollRows(db: DbOrTransaction, assemblyId: string) {
  return db
    .selectFrom('polls')
    .selectAll()
    .where('assembly_id', '=', assemblyId)
    .orderBy('opened_at')
    .execute();
}

export async function findOpenPollId(db: DbOrTransaction, assemblyId: string) {
  const row = await db
    .selectFrom('polls')
    .select('id')
    .where('assembly_id', '=', assemblyId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** A poll and its options and frozen voters, written at its opening. */
export async function insertPoll(
  db: DbOrTransaction,
  poll: Insertable<PollsTable>,
  options: Insertable<PollOptionsTable>[],
  voters: Insertable<PollVotersTable>[],
) {
  await db.insertInto('polls').values(poll).execute();
  await db.insertInto('poll_options').values(options).execute();
  for (let start = 0; start < voters.length; start += 500) {
    await db
      .insertInto('poll_voters')
      .values(voters.slice(start, start + 500))
      .execute();
  }
}

/**
 * Ends an open poll as closed or cancelled; answers false when it was not open. On PostgreSQL the
 * update waits for a batch of casts holding the row, and later batches see the new status.
 */
export async function endOpenPoll(
  db: DbOrTransaction,
  id: string,
  status: 'closed',
  closedAt: string,
): Promise<boolean> {
  const updated = await db
    .updateTable('polls')
    .set({ status, closed_at: closedAt })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

/** Cancels a poll still open, or closed but waiting for its decryption; false when it is neither. */
export async function cancelPollRow(db: DbOrTransaction, id: string, cancelledAt: string): Promise<boolean> {
  const updated = await db
    .updateTable('polls')
    .set({ status: 'cancelled', closed_at: cancelledAt })
    .where('id', '=', id)
    .where('status', 'in', ['open', 'decrypting'])
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

export async function setPollResult(db: DbOrTransaction, id: string, result: string) {
  await db.updateTable('polls').set({ result }).where('id', '=', id).execute();
}

/**
 * The polls a batch of casts names. Locked `FOR SHARE` (PostgreSQL) so that a close waits for the
 * batch, and a batch after the close sees it.
 */
export async function listPollsOfCasts(
  db: DbOrTransaction,
  ids: string[],
  { isLocked }: { isLocked: boolean },
) {
  let query = db.selectFrom('polls').selectAll().where('id', 'in', ids);
  if (isLocked) query = query.forShare();
  return query.execute();
}

/** The slug of a poll's assembly: the channel its progress goes to. */
export async function findPollAssemblySlug(db: DbOrTransaction, pollId: string) {
  const row = await db
    .selectFrom('polls')
    .innerJoin('assemblies', 'assemblies.id', 'polls.assembly_id')
    .select('assemblies.slug')
    .where('polls.id', '=', pollId)
    .executeTakeFirst();
  return row?.slug ?? null;
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

/** A named poll's ballots with their voters' names and weights. */
export async function listNamedBallots(db: DbOrTransaction, pollId: string) {
  return db
    .selectFrom('ballots')
    .innerJoin('poll_voters', (join) =>
      join
        .onRef('poll_voters.membership_id', '=', 'ballots.membership_id')
        .onRef('poll_voters.poll_id', '=', 'ballots.poll_id'),
    )
    .select(['poll_voters.member_name', 'poll_voters.weight', 'ballots.choices'])
    .where('ballots.poll_id', '=', pollId)
    .execute();
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
