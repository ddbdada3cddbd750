import {
  checkOptions,
  labelOrder,
  refuseInvalid,
  validateChoiceBallots,
  type ChoiceBallot,
  type VotingOption,
} from './ballots.ts';

/**
 * Approval voting (vote par approbation): each voter approves as many candidates as they like (or
 * at most `maxChoices` when the poll sets it); each approval gives the candidate the ballot's
 * weight; the `seats` candidates with the most approvals are elected.
 *
 * Ties. Candidates with as many approvals share a rank. When candidates tie across the last seat
 * (the last one elected would have as many approvals as the first one left out), none of the tied
 * candidates is declared elected and `hasTie` is set: the statutes or the chair decide (a second
 * round, the elder, a draw), as for the plain election count of the votes domain. A candidate with
 * no approval is never elected. A ballot approving no one is blank: it counts in `ballots` and
 * `blank`, and gives no one a vote.
 *
 * The result has the shape of the votes domain's `ElectionResult` (server/src/domains/votes/tally.ts).
 */
export interface ApprovalCandidate {
  optionId: string;
  label: string;
  votes: number;
  rank: number;
  isElected: boolean;
  isTied: boolean;
}

export interface ApprovalResult {
  seats: number;
  /** Weight of the ballots counted, blank ones included. */
  ballots: number;
  blank: number;
  candidates: ApprovalCandidate[];
  hasTie: boolean;
}

export function validateApprovalBallots(
  options: readonly VotingOption[],
  ballots: readonly ChoiceBallot[],
  maxChoices?: number,
) {
  return validateChoiceBallots(options, ballots, maxChoices === undefined ? {} : { maxChoices });
}

export function countApproval(
  options: readonly VotingOption[],
  seats: number,
  ballots: readonly ChoiceBallot[],
  maxChoices?: number,
): ApprovalResult {
  checkOptions(options);
  if (!Number.isInteger(seats) || seats < 1) throw new Error('seats must be an integer ≥ 1');
  refuseInvalid(validateApprovalBallots(options, ballots, maxChoices));
  const votes = new Map(options.map((option) => [option.optionId, 0]));
  let total = 0;
  let blank = 0;
  for (const ballot of ballots) {
    total += ballot.weight;
    if (ballot.choices.length === 0) blank += ballot.weight;
    for (const optionId of ballot.choices) votes.set(optionId, votes.get(optionId)! + ballot.weight);
  }
  const sorted = options
    .map((option) => ({ optionId: option.optionId, label: option.label, votes: votes.get(option.optionId)! }))
    .sort((a, b) => b.votes - a.votes || labelOrder(a.label, b.label));
  const lastSeatVotes = sorted.length >= seats ? sorted[seats - 1]!.votes : -1;
  const hasTie = sorted.length > seats && lastSeatVotes > 0 && sorted[seats]!.votes === lastSeatVotes;
  const candidates = sorted.map((entry, index) => {
    const isTied = hasTie && entry.votes === lastSeatVotes;
    return {
      ...entry,
      rank: sorted.findIndex((other) => other.votes === entry.votes) + 1,
      isElected: index < seats && entry.votes > 0 && !isTied,
      isTied,
    };
  });
  return { seats, ballots: total, blank, candidates, hasTie };
}
