import type { Majority, VoteBase } from '../../../../common/votes.schemas.ts';

/** Votes as counted, each already multiplied by the voter's weight. */
export interface VoteCounts {
  for: number;
  against: number;
  abstain: number;
  blank: number;
}

export interface MajorityInput {
  majority: Majority;
  base: VoteBase;
  counts: VoteCounts;
  /** Weight of the members present and represented when the poll opened (base present_and_represented). */
  presentWeight?: number | null;
  /** Weight of every member entitled to vote (base all_members). */
  allMembersWeight?: number | null;
}

export interface MajorityResult {
  isAdopted: boolean;
  /** The number the base holds (votes expressed, cast, present and represented, or all members). */
  baseCount: number;
  /** The fewest votes "for" that adopt the resolution. */
  required: number;
}

/** The number of votes a base holds. Abstentions and blanks never join a side; they only count in bases that include them. */
export function baseCount(input: MajorityInput): number {
  const { counts } = input;
  switch (input.base) {
    case 'expressed':
      return counts.for + counts.against;
    case 'cast':
      return counts.for + counts.against + counts.abstain + counts.blank;
    case 'present_and_represented':
      return input.presentWeight ?? counts.for + counts.against + counts.abstain + counts.blank;
    case 'all_members':
      return input.allMembersWeight ?? input.presentWeight ?? counts.for + counts.against;
  }
}

/**
 * Whether a blank vote weighs on the outcome: only where the majority is reckoned on more than the
 * votes for and against. On the votes expressed, a blank is not a vote (as French law counts it), so
 * the phone offers abstention alone; elsewhere it offers "blanc" beside it.
 */
export function doesBaseCountBlanks(base: VoteBase): boolean {
  return base !== 'expressed';
}

/**
 * Whether a resolution passes. Simple majority: more for than against (a tie fails). Absolute:
 * more than half of the base (5 of 9, 6 of 10). Two-thirds and three-quarters: at least that
 * share of the base, rounded up (6 of 9). Unanimity: every vote expressed is for, and there is one.
 */
export function decideMajority(input: MajorityInput): MajorityResult {
  const base = baseCount(input);
  const votesFor = input.counts.for;
  switch (input.majority) {
    case 'simple': {
      const required = input.counts.against + 1;
      return { isAdopted: votesFor > input.counts.against, baseCount: base, required };
    }
    case 'absolute': {
      const required = Math.floor(base / 2) + 1;
      return { isAdopted: votesFor >= required, baseCount: base, required };
    }
    case 'two_thirds': {
      const required = Math.max(1, Math.ceil((2 * base) / 3));
      return { isAdopted: votesFor >= required, baseCount: base, required };
    }
    case 'three_quarters': {
      const required = Math.max(1, Math.ceil((3 * base) / 4));
      return { isAdopted: votesFor >= required, baseCount: base, required };
    }
    case 'unanimity':
      return {
        isAdopted: votesFor > 0 && input.counts.against === 0,
        baseCount: base,
        required: Math.max(1, input.counts.for + input.counts.against),
      };
  }
}
