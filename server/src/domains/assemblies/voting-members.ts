import { statusOn, type MembershipCategory, type MembershipStatus } from '../../../../common/memberships.ts';
import { formatDisplayName } from '../../../../common/names.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import type { Statutes } from './statutes.ts';

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
 * of a voting category, with the fee paid when the statutes ask for it.
 */
export async function listVotingMembers(
  db: DbOrTransaction,
  { year, day, statutes }: { year: number; day: string; statutes: Statutes },
): Promise<VotingMember[]> {
  const rows = await db
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
    .execute();
  if (rows.length === 0) return [];
  const changes = await db
    .selectFrom('membership_status_changes')
    .innerJoin('memberships', 'memberships.id', 'membership_status_changes.membership_id')
    .select(['membership_status_changes.membership_id', 'status', 'effective_on', 'recorded_at'])
    .where('memberships.year', '=', year)
    .execute();
  const history = new Map<string, { status: MembershipStatus; effectiveOn: string; recordedAt: string }[]>();
  for (const change of changes) {
    const list = history.get(change.membership_id) ?? [];
    list.push({
      status: change.status as MembershipStatus,
      effectiveOn: change.effective_on,
      recordedAt: change.recorded_at,
    });
    history.set(change.membership_id, list);
  }
  let paidIds: Set<string> | undefined;
  if (statutes.requiresFeePaid) {
    const paid = await db
      .selectFrom('payments')
      .innerJoin('memberships', 'memberships.id', 'payments.membership_id')
      .select('payments.membership_id')
      .where('memberships.year', '=', year)
      .where('payments.paid_on', '<=', day)
      .execute();
    paidIds = new Set(paid.map((row) => row.membership_id));
  }
  return rows
    .filter((row) => (statutes.votingWeights[row.category as MembershipCategory] ?? 0) > 0)
    .filter((row) => statusOn(history.get(row.id) ?? [], day) === 'validated')
    .filter((row) => !paidIds || paidIds.has(row.id))
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
    .sort((a, b) => a.memberName.localeCompare(b.memberName, 'fr'));
}
