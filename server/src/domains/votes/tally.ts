import type { ResolutionChoice } from '../../../../common/votes.schemas.ts';
import type { VoteCounts } from './majority.ts';

export interface StoredBallot {
  /** A resolution: one of for/against/abstain/blank. An election: the chosen candidates' option ids. */
  choices: string[];
  weight: number;
}

/** Weighted counts of a resolution's ballots; a ballot with no valid choice counts as blank. */
export function tallyResolution(ballots: StoredBallot[]): VoteCounts {
  const counts: VoteCounts = { for: 0, against: 0, abstain: 0, blank: 0 };
  for (const ballot of ballots) {
    const choice = (ballot.choices[0] ?? 'blank') as ResolutionChoice;
    counts[choice in counts ? choice : 'blank'] += ballot.weight;
  }
  return counts;
}

export interface CandidateResult {
  optionId: string;
  label: string;
  votes: number;
  rank: number;
  isElected: boolean;
  /** Tied with another candidate at the last seat: the chair decides. */
  isTied: boolean;
}

export interface ElectionResult {
  seats: number;
  ballots: number;
  blank: number;
  candidates: CandidateResult[];
  /** True when a tie at the last seat leaves seats for the chair to decide. */
  hasTie: boolean;
}

/**
 * Ranks candidates by weighted votes (ties share a rank). The first `seats` are elected, except
 * candidates tied across the last seat: none of them is declared elected, the tie is reported.
 */
export function tallyElection(
  options: { optionId: string; label: string }[],
  seats: number,
  ballots: StoredBallot[],
): ElectionResult {
  const votes = new Map(options.map((option) => [option.optionId, 0]));
  let blank = 0;
  for (const ballot of ballots) {
    const chosen = [...new Set(ballot.choices)].filter((choice) => votes.has(choice));
    if (chosen.length === 0) blank += ballot.weight;
    for (const choice of chosen) votes.set(choice, votes.get(choice)! + ballot.weight);
  }
  const collator = new Intl.Collator('fr');
  const sorted = options
    .map((option) => ({ ...option, votes: votes.get(option.optionId)! }))
    .sort((a, b) => b.votes - a.votes || collator.compare(a.label, b.label));
  const rankOf = (index: number) => sorted.findIndex((entry) => entry.votes === sorted[index]!.votes) + 1;
  const lastSeatVotes = sorted.length >= seats ? sorted[seats - 1]!.votes : -1;
  const cutIsTied = sorted.length > seats && sorted[seats]!.votes === lastSeatVotes && lastSeatVotes > 0;
  const candidates = sorted.map((entry, index) => {
    const isTied = cutIsTied && entry.votes === lastSeatVotes;
    return {
      optionId: entry.optionId,
      label: entry.label,
      votes: entry.votes,
      rank: rankOf(index),
      isElected: index < seats && entry.votes > 0 && !isTied,
      isTied,
    };
  });
  return { seats, ballots: ballots.length, blank, candidates, hasTie: cutIsTied };
}
