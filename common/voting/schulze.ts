import {
  checkOptions,
  labelOrder,
  refuseInvalid,
  validateChoiceBallots,
  type ChoiceBallot,
  type VotingOption,
} from './ballots.ts';

/**
 * Condorcet voting counted with the Schulze method (M. Schulze, "A new monotonic, clone-independent,
 * reversal symmetric, and Condorcet-consistent single-winner election method", Social Choice and
 * Welfare 36, 2011).
 *
 * Each ballot ranks candidates, most preferred first; candidates left out are ranked below all those
 * listed, equal among themselves. A ballot ranking no one is blank.
 *
 * - **Pairwise matrix** d[X][Y]: the weight of the ballots that rank X above Y.
 * - **Links** are measured by winning votes, Schulze's own choice: the link X→Y has strength
 *   d[X][Y] when d[X][Y] > d[Y][X], and does not exist otherwise.
 * - **Strongest paths** p[X][Y]: the strength of the strongest path from X to Y, a path being as
 *   strong as its weakest link (Floyd–Warshall, as in the paper's section 2.3).
 * - **Ranking**: X is ranked above Y when p[X][Y] > p[Y][X]; Schulze proves this relation is
 *   transitive. A candidate's rank is 1 + the number of candidates ranked above them; the winners
 *   are the candidates of rank 1 (no one is above them).
 *
 * Ties. When p[X][Y] = p[Y][X] the method does not separate X and Y, and this count does not
 * either: it makes no use of the candidates' order or of chance. Candidates not separated may share a
 * rank. With `seats` to fill, the candidates ranked in the first `seats` places are elected, except
 * when candidates share the rank that crosses the last seat: none of those is declared elected and
 * `hasTie` is set, for the statutes or the chair to decide (a second round, a draw), as for the
 * plain election count of the votes domain. Schulze's random tie-breaking ranking (section 5) is
 * not applied.
 */
export interface SchulzeCandidate {
  optionId: string;
  label: string;
  rank: number;
  isElected: boolean;
  isTied: boolean;
}

export interface SchulzeResult {
  seats: number;
  /** The candidates' ids in the order of the matrices' rows and columns (the poll's order). */
  order: string[];
  /** pairwise[i][j]: weight of the ballots ranking order[i] above order[j]. */
  pairwise: number[][];
  /** strongestPaths[i][j]: strength of the strongest path from order[i] to order[j] (0: none). */
  strongestPaths: number[][];
  /** Weight of the ballots counted, blank ones included. */
  ballots: number;
  blank: number;
  /** By rank; equal ranks by label. */
  candidates: SchulzeCandidate[];
  /** The candidates of rank 1. */
  winners: string[];
  hasTie: boolean;
}

export function validateRankedBallots(options: readonly VotingOption[], ballots: readonly ChoiceBallot[]) {
  return validateChoiceBallots(options, ballots);
}

export function countSchulze(
  options: readonly VotingOption[],
  ballots: readonly ChoiceBallot[],
  seats = 1,
): SchulzeResult {
  checkOptions(options);
  if (!Number.isInteger(seats) || seats < 1) throw new Error('seats must be an integer ≥ 1');
  refuseInvalid(validateRankedBallots(options, ballots));
  const size = options.length;
  const index = new Map(options.map((option, position) => [option.optionId, position]));
  const pairwise = options.map(() => options.map(() => 0));
  let total = 0;
  let blank = 0;
  for (const ballot of ballots) {
    total += ballot.weight;
    if (ballot.choices.length === 0) {
      blank += ballot.weight;
      continue;
    }
    // Listed candidates by their place; unlisted ones share the place after the last.
    const place = options.map(() => ballot.choices.length);
    ballot.choices.forEach((optionId, position) => (place[index.get(optionId)!] = position));
    for (let i = 0; i < size; i++)
      for (let j = 0; j < size; j++) if (place[i]! < place[j]!) pairwise[i]![j]! += ballot.weight;
  }
  const paths = options.map((_, i) =>
    options.map((__, j) => (i !== j && pairwise[i]![j]! > pairwise[j]![i]! ? pairwise[i]![j]! : 0)),
  );
  for (let i = 0; i < size; i++)
    for (let j = 0; j < size; j++) {
      if (i === j) continue;
      for (let k = 0; k < size; k++) {
        if (i === k || j === k) continue;
        paths[j]![k] = Math.max(paths[j]![k]!, Math.min(paths[j]![i]!, paths[i]![k]!));
      }
    }
  const ranks = options.map((_, i) => 1 + options.filter((__, j) => paths[j]![i]! > paths[i]![j]!).length);
  const sorted = options
    .map((option, i) => ({ optionId: option.optionId, label: option.label, rank: ranks[i]! }))
    .sort((a, b) => a.rank - b.rank || labelOrder(a.label, b.label));
  const cutRank = sorted.length >= seats ? sorted[seats - 1]!.rank : -1;
  const hasTie = total > blank && sorted.length > seats && sorted[seats]!.rank === cutRank;
  const candidates = sorted.map((entry, position) => {
    const isTied = hasTie && entry.rank === cutRank;
    return { ...entry, isElected: total > blank && position < seats && !isTied, isTied };
  });
  return {
    seats,
    order: options.map((option) => option.optionId),
    pairwise,
    strongestPaths: paths,
    ballots: total,
    blank,
    candidates,
    winners: total > blank ? sorted.filter((entry) => entry.rank === 1).map((entry) => entry.optionId) : [],
    hasTie,
  };
}
