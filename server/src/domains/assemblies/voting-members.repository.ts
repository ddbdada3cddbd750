import { sql } from 'kysely';
import type { DbOrTransaction } from '../../db/database.ts';

/** Which memberships vote at an assembly: its year, its day, the statutes' voting categories and fee rule. */
export interface VotingScope {
  year: number;
  day: string;
  categories: readonly string[];
  requiresFeePaid: boolean;
  /** When only some persons vote (the board's members at a board meeting): their ids; null: every member. */
  personIds: readonly string[] | null;
}

/**
 * The memberships of the scope, validated on its day (the latest status change effective by then,
 * read in SQL so a large register stays quick), with the fee paid by then when the statutes ask (a
 * free rate owes nothing).
 */
function votingMemberships(
  db: DbOrTransaction,
  { year, day, categories, requiresFeePaid, personIds }: VotingScope,
) {
  const statusOnDay = sql<
    string | null
  >`(select c.status from membership_status_changes c where c.membership_id = m.id and c.effective_on <= ${day} order by c.effective_on desc, c.recorded_at desc limit 1)`;
  let query = db
    .selectFrom('memberships as m')
    .where('m.year', '=', year)
    .where('m.category', 'in', categories.length ? [...categories] : [''])
    .where(statusOnDay, '=', 'validated');
  if (personIds) query = query.where('m.person_id', 'in', personIds.length ? [...personIds] : ['']);
  if (requiresFeePaid) {
    // A membership at a free rate (honorary) owes nothing: it is up to date without a payment.
    query = query.where(({ eb, exists, or, selectFrom }) =>
      or([
        eb('m.amount_cents', '=', 0),
        exists(
          selectFrom('payments as p')
            .select('p.id')
            .whereRef('p.membership_id', '=', 'm.id')
            .where('p.paid_on', '<=', day),
        ),
      ]),
    );
  }
  return query;
}

/** The ids of the memberships that vote, as a subquery for counts and joins. */
function votingMembershipIds(db: DbOrTransaction, scope: VotingScope) {
  return votingMemberships(db, scope).select('m.id');
}

/** The voting memberships with their member's name; `only` narrows to some persons or organisations. */
export async function listVotingMembershipRows(
  db: DbOrTransaction,
  scope: VotingScope,
  only?: { personIds: readonly string[]; organisationIds: readonly string[] },
) {
  let query = votingMemberships(db, scope)
    .leftJoin('persons', 'persons.id', 'm.person_id')
    .leftJoin('organisations', 'organisations.id', 'm.organisation_id')
    .select([
      'm.id',
      'm.category',
      'm.person_id',
      'm.organisation_id',
      'persons.first_name',
      'persons.last_name',
      'organisations.name as organisation_name',
    ]);
  if (only) {
    query = query.where((eb) =>
      eb.or([
        ...(only.personIds.length ? [eb('m.person_id', 'in', [...only.personIds])] : []),
        ...(only.organisationIds.length ? [eb('m.organisation_id', 'in', [...only.organisationIds])] : []),
      ]),
    );
  }
  return query.execute();
}

export async function countVotingMemberships(db: DbOrTransaction, scope: VotingScope): Promise<number> {
  const row = await db
    .selectFrom(votingMembershipIds(db, scope).as('voting'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The voting memberships in the room (present or remote, not gone), one row per membership and status. */
export async function listVotingMembershipsInRoom(
  db: DbOrTransaction,
  assemblyId: string,
  scope: VotingScope,
) {
  return db
    .selectFrom('attendances')
    .select(['membership_id', 'status'])
    .distinct()
    .where('assembly_id', '=', assemblyId)
    .where('left_at', 'is', null)
    .where('status', 'in', ['present', 'remote'])
    .where('membership_id', 'in', votingMembershipIds(db, scope))
    .execute();
}

/** The assembly's proxies given by voting memberships. */
export async function listProxiesOfVotingMemberships(
  db: DbOrTransaction,
  assemblyId: string,
  scope: VotingScope,
) {
  return db
    .selectFrom('proxies')
    .select(['giver_membership_id', 'holder_membership_id'])
    .where('assembly_id', '=', assemblyId)
    .where('giver_membership_id', 'in', votingMembershipIds(db, scope))
    .execute();
}
