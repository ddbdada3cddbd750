import { sql } from 'kysely';
import type { MembershipCategory } from '../../../../common/memberships.ts';
import { formatDisplayName } from '../../../../common/names.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import type { Statutes } from './statutes.ts';

const collator = new Intl.Collator('fr');

export interface VotingMember {
  membershipId: string;
  memberName: string;
  category: MembershipCategory;
  weight: number;
  personId: string | null;
  organisationId: string | null;
}

/**
 * Who may vote at an assembly under its statutes: memberships of its year, validated on its day,
 * of a voting category, with the fee paid when the statutes ask for it. The status on the day is
 * read in SQL (the latest change effective by then), so a large register stays quick; `only`
 * narrows the question to some persons or organisations (check-in at the door).
 */
/** The ids of the memberships that vote at an assembly, as a subquery for counts and joins. */
export function votingMembershipIds(
  db: DbOrTransaction,
  { year, day, statutes }: { year: number; day: string; statutes: Statutes },
) {
  const categories = Object.entries(statutes.votingWeights)
    .filter(([, weight]) => (weight ?? 0) > 0)
    .map(([category]) => category);
  const statusOnDay = sql<
    string | null
  >`(select c.status from membership_status_changes c where c.membership_id = m.id and c.effective_on <= ${day} order by c.effective_on desc, c.recorded_at desc limit 1)`;
  let query = db
    .selectFrom('memberships as m')
    .select('m.id')
    .where('m.year', '=', year)
    .where('m.category', 'in', categories.length ? categories : [''])
    .where(statusOnDay, '=', 'validated');
  if (statutes.requiresFeePaid) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('payments as p')
          .select('p.id')
          .whereRef('p.membership_id', '=', 'm.id')
          .where('p.paid_on', '<=', day),
      ),
    );
  }
  return query;
}

export async function listVotingMembers(
  db: DbOrTransaction,
  {
    year,
    day,
    statutes,
    only,
  }: {
    year: number;
    day: string;
    statutes: Statutes;
    only?: { personIds: string[]; organisationIds: string[] };
  },
): Promise<VotingMember[]> {
  const categories = Object.entries(statutes.votingWeights)
    .filter(([, weight]) => (weight ?? 0) > 0)
    .map(([category]) => category);
  if (categories.length === 0) return [];
  if (only && only.personIds.length === 0 && only.organisationIds.length === 0) return [];
  const statusOnDay = sql<
    string | null
  >`(select c.status from membership_status_changes c where c.membership_id = m.id and c.effective_on <= ${day} order by c.effective_on desc, c.recorded_at desc limit 1)`;
  let query = db
    .selectFrom('memberships as m')
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
    ])
    .where('m.year', '=', year)
    .where('m.category', 'in', categories)
    .where(statusOnDay, '=', 'validated');
  if (statutes.requiresFeePaid) {
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('payments as p')
          .select('p.id')
          .whereRef('p.membership_id', '=', 'm.id')
          .where('p.paid_on', '<=', day),
      ),
    );
  }
  if (only) {
    query = query.where((eb) =>
      eb.or([
        ...(only.personIds.length ? [eb('m.person_id', 'in', only.personIds)] : []),
        ...(only.organisationIds.length ? [eb('m.organisation_id', 'in', only.organisationIds)] : []),
      ]),
    );
  }
  const rows = await query.execute();
  return rows
    .map((row) => ({
      membershipId: row.id,
      memberName:
        row.organisation_name ??
        formatDisplayName({ firstName: row.first_name ?? '', lastName: row.last_name ?? '' }),
      category: row.category as MembershipCategory,
      weight: statutes.votingWeights[row.category as MembershipCategory] ?? 1,
      personId: row.person_id,
      organisationId: row.organisation_id,
    }))
    .sort((a, b) => collator.compare(a.memberName, b.memberName));
}
