import { formatDisplayName } from '../../../../common/names.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { listCategories } from '../memberships/categories.service.ts';
import { boardMemberIdsOn } from '../votes/board.service.ts';
import { meetingRulesFor, type Statutes } from './statutes.ts';
import { listVotingMembershipRows, type VotingScope } from './voting-members.repository.ts';

const collator = new Intl.Collator('fr');

export interface VotingMember {
  membershipId: string;
  memberName: string;
  category: string;
  weight: number;
  personId: string | null;
  organisationId: string | null;
}

/**
 * Each voting category's weight: the statutes' where the version in force lists categories, else
 * each category's own setting (whether it votes, with what weight) from the categories page.
 */
async function votingWeightsOf(db: DbOrTransaction, statutes: Statutes): Promise<Record<string, number>> {
  if (Object.keys(statutes.votingWeights).length > 0) return statutes.votingWeights;
  const categories = await listCategories(db);
  return Object.fromEntries(
    categories
      .filter((category) => category.isVoting)
      .map((category) => [category.code, category.voteWeight]),
  );
}

/** The categories whose members vote under these statutes. */
function votingCategories(weights: Record<string, number>): string[] {
  return Object.entries(weights)
    .filter(([, weight]) => (weight ?? 0) > 0)
    .map(([category]) => category);
}

/**
 * Who votes at a meeting of this kind, year and day under these statutes, as the repository asks
 * it: every member of a voting category, or only the board's members on that day where the kind's
 * rules say so (asked of the board's service).
 */
export async function votingScope(
  db: DbOrTransaction,
  { year, day, statutes, kind }: { year: number; day: string; statutes: Statutes; kind: string },
): Promise<VotingScope> {
  const isBoardOnly = meetingRulesFor(statutes, kind).voters === 'board';
  return {
    year,
    day,
    categories: votingCategories(await votingWeightsOf(db, statutes)),
    requiresFeePaid: statutes.requiresFeePaid,
    personIds: isBoardOnly ? await boardMemberIdsOn(db, day) : null,
  };
}

/**
 * Who may vote at an assembly under its statutes: memberships of its year, validated on its day,
 * of a voting category, with the fee paid when the statutes ask for it; `only` narrows the
 * question to some persons or organisations (check-in at the door).
 */
export async function listVotingMembers(
  db: DbOrTransaction,
  {
    year,
    day,
    statutes,
    kind = 'ordinary',
    only,
  }: {
    year: number;
    day: string;
    statutes: Statutes;
    /** The kind of meeting (its rules say who votes); an ordinary assembly when not said. */
    kind?: string;
    only?: { personIds: string[]; organisationIds: string[] };
  },
): Promise<VotingMember[]> {
  const scope = await votingScope(db, { year, day, statutes, kind });
  if (scope.categories.length === 0) return [];
  if (only && only.personIds.length === 0 && only.organisationIds.length === 0) return [];
  const [rows, weights] = await Promise.all([
    listVotingMembershipRows(db, scope, only),
    votingWeightsOf(db, statutes),
  ]);
  return rows
    .map((row) => ({
      membershipId: row.id,
      memberName:
        row.organisation_name ??
        formatDisplayName({ firstName: row.first_name ?? '', lastName: row.last_name ?? '' }),
      category: row.category,
      weight: weights[row.category] ?? 1,
      personId: row.person_id,
      organisationId: row.organisation_id,
    }))
    .sort((a, b) => collator.compare(a.memberName, b.memberName));
}
