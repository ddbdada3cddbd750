import {
  BallotValidationError,
  checkOptions,
  labelOrder,
  weightProblem,
  type BallotError,
  type VotingOption,
} from './ballots.ts';

/**
 * Majority judgment (jugement majoritaire; M. Balinski and R. Laraki, "A theory of measuring,
 * electing and ranking", PNAS 104 (21), 2007, and "Majority Judgment", MIT Press, 2011).
 *
 * Each voter gives each candidate a grade from a scale the poll chooses, best grade first (for
 * instance the seven French mentions `majorityJudgmentScales.seven`, whose names are in
 * grades.messages.ts). A candidate the voter left ungraded gets the scale's lowest grade ("À rejeter"), as
 * Balinski and Laraki prescribe; a ballot grading no one is blank and is not counted.
 *
 * - **Merit profile**: for each candidate, the weight of the ballots giving each grade.
 * - **Majority grade**: with n the weight of the ballots counted, the grades a candidate received
 *   sorted from best to worst, the grade at position ⌊n/2⌋ + 1 — the median when n is odd, the
 *   lower of the two middle grades when n is even. Equivalently: the best grade that more than
 *   half of the voters give the candidate or better.
 * - **Majority gauge** (p, α, q): `better` is the weight of grades strictly above the majority
 *   grade α, `worse` the weight strictly below; the gauge is "+" when better > worse, else "−".
 *   It is shown on the projector; the ranking does not need it.
 * - **Ranking and ties** (majority value): candidates are ranked by majority grade. Candidates
 *   with the same majority grade are separated by Balinski and Laraki's rule: remove one grade
 *   equal to the majority grade from each of them and compare the new majority grades; repeat
 *   until they differ. Comparing the whole sequences of grades removed, lexicographically (best
 *   first), is exactly that rule and is what this module computes, in a number of steps bounded by
 *   the scale's length, not the number of voters. Two candidates whose sequences never differ have
 *   the same merit profile: they are tied, share a rank, and when they tie across the last seat
 *   neither is declared elected (`hasTie`: the statutes or the chair decide).
 */
export const majorityJudgmentScales = {
  /** Excellent, Très bien, Bien, Assez bien, Passable, Insuffisant, À rejeter. */
  seven: ['excellent', 'very_good', 'good', 'fairly_good', 'passable', 'insufficient', 'reject'],
  /** Très bien, Bien, Assez bien, Passable, Insuffisant, À rejeter. */
  six: ['very_good', 'good', 'fairly_good', 'passable', 'insufficient', 'reject'],
} as const;

/** A ballot of grades: for each candidate graded, the grade's code from the scale. */
export interface GradeBallot {
  grades: Readonly<Record<string, string>>;
  weight: number;
}

export interface MajorityJudgmentCandidate {
  optionId: string;
  label: string;
  /** Weight of the ballots giving each grade, in the scale's order (best first). */
  profile: number[];
  /** The majority grade's code. */
  majorityGrade: string;
  /** Weight of the grades strictly better than the majority grade (p of the majority gauge). */
  better: number;
  /** Weight of the grades strictly worse than the majority grade (q of the majority gauge). */
  worse: number;
  gaugeSign: '+' | '-';
  rank: number;
  isElected: boolean;
  isTied: boolean;
}

export interface MajorityJudgmentResult {
  scale: string[];
  seats: number;
  /** Weight of the ballots counted (blank ones excluded). */
  ballots: number;
  blank: number;
  /** Best first; equal candidates by label. */
  candidates: MajorityJudgmentCandidate[];
  hasTie: boolean;
}

function checkScale(scale: readonly string[]): void {
  if (scale.length < 2 || new Set(scale).size !== scale.length)
    throw new Error('a grade scale has at least two distinct grades');
}

/** Refuses a weight that is not an integer ≥ 0, a candidate not on the list, a grade not on the scale. */
export function validateGradeBallots(
  options: readonly VotingOption[],
  scale: readonly string[],
  ballots: readonly GradeBallot[],
): BallotError[] {
  const known = new Set(options.map((option) => option.optionId));
  const grades = new Set(scale);
  const errors: BallotError[] = [];
  ballots.forEach((ballot, ballotIndex) => {
    if (weightProblem(ballot.weight)) errors.push({ ballotIndex, code: 'ballot_weight_invalid' });
    for (const [optionId, grade] of Object.entries(ballot.grades)) {
      if (!known.has(optionId)) errors.push({ ballotIndex, code: 'ballot_candidate_unknown', optionId });
      else if (!grades.has(grade))
        errors.push({ ballotIndex, code: 'ballot_grade_unknown', optionId, grade });
    }
  });
  return errors;
}

/** The index (in the scale, best first) of the grade at `position` (from 1) of the sorted grades. */
function gradeAt(profile: readonly number[], position: number): number {
  let seen = 0;
  for (let grade = 0; grade < profile.length; grade++) {
    seen += profile[grade]!;
    if (seen >= position) return grade;
  }
  return profile.length - 1;
}

/**
 * Compares two candidates' majority values; negative when `a` ranks first. Both profiles add up
 * to the same n. Removing majority grades one by one takes the sorted grades x1 ≥ … ≥ xn in a fixed
 * order that spreads out from the middle position m = ⌊n/2⌋ + 1: for n even m, m−1, m+1, m−2, m+2…
 * (step 2k−1 takes m−k, step 2k takes m+k), for n odd m, m+1, m−1, m+2, m−2… (step 2k−1 takes m+k,
 * step 2k takes m−k). The first step at which the two candidates' grades differ decides. Sorted
 * grades are constant between the profiles' cumulative counts, so only those intervals are visited.
 */
export function compareMajorityValues(a: readonly number[], b: readonly number[]): number {
  const n = a.reduce((sum, weight) => sum + weight, 0);
  if (n === 0) return 0;
  const middle = Math.floor(n / 2) + 1;
  const even = n % 2 === 0;
  const bounds = new Set<number>([0, n]);
  let cumulativeA = 0;
  let cumulativeB = 0;
  for (let grade = 0; grade < a.length; grade++) {
    cumulativeA += a[grade]!;
    cumulativeB += b[grade]!;
    bounds.add(cumulativeA);
    bounds.add(cumulativeB);
  }
  const sorted = [...bounds].sort((x, y) => x - y);
  let firstStep = Infinity;
  let firstPosition = 0;
  for (let index = 0; index + 1 < sorted.length; index++) {
    // Positions sorted[index] + 1 … sorted[index + 1]: every candidate's grade is constant there.
    const from = sorted[index]! + 1;
    const to = sorted[index + 1]!;
    if (gradeAt(a, from) === gradeAt(b, from)) continue;
    let step: number;
    let position: number;
    if (from <= middle && middle <= to) [step, position] = [0, middle];
    else if (to < middle) {
      const k = middle - to;
      [step, position] = [even ? 2 * k - 1 : 2 * k, to];
    } else {
      const k = from - middle;
      [step, position] = [even ? 2 * k : 2 * k - 1, from];
    }
    if (step < firstStep) [firstStep, firstPosition] = [step, position];
  }
  if (firstStep === Infinity) return 0;
  return gradeAt(a, firstPosition) - gradeAt(b, firstPosition);
}

export function countMajorityJudgment(
  options: readonly VotingOption[],
  scale: readonly string[],
  ballots: readonly GradeBallot[],
  seats = 1,
): MajorityJudgmentResult {
  checkOptions(options);
  checkScale(scale);
  const errors = validateGradeBallots(options, scale, ballots);
  if (errors.length > 0) throw new BallotValidationError(errors);
  const gradeIndex = new Map(scale.map((grade, index) => [grade, index]));
  const lowest = scale.length - 1;
  const profiles = new Map(options.map((option) => [option.optionId, scale.map(() => 0)]));
  let blank = 0;
  for (const ballot of ballots) {
    if (Object.keys(ballot.grades).length === 0) {
      blank += ballot.weight;
      continue;
    }
    for (const option of options) {
      const grade = ballot.grades[option.optionId];
      const profile = profiles.get(option.optionId)!;
      const at = grade === undefined ? lowest : gradeIndex.get(grade)!;
      profile[at] = profile[at]! + ballot.weight;
    }
  }
  return judgeMeritProfiles(options, scale, profiles, seats, blank);
}

/**
 * Ranks candidates from their merit profiles alone (weight per grade, best first), as an encrypted
 * poll's homomorphic count gives them: every profile must add up to the same weight, the ballots
 * counted. `blank` is only reported.
 */
export function judgeMeritProfiles(
  options: readonly VotingOption[],
  scale: readonly string[],
  profiles: ReadonlyMap<string, readonly number[]>,
  seats = 1,
  blank = 0,
): MajorityJudgmentResult {
  checkOptions(options);
  checkScale(scale);
  const totals = options.map((option) => {
    const profile = profiles.get(option.optionId);
    if (!profile || profile.length !== scale.length || profile.some((weight) => weightProblem(weight)))
      throw new Error(`the merit profile of ${option.optionId} must give a weight ≥ 0 for each grade`);
    return profile.reduce((sum, weight) => sum + weight, 0);
  });
  if (new Set(totals).size > 1) throw new Error('every merit profile must add up to the same weight');
  if (!Number.isInteger(seats) || seats < 1) throw new Error('seats must be an integer ≥ 1');
  const counted = totals[0] ?? 0;
  const lowest = scale.length - 1;
  const entries = options
    .map((option) => ({ option, profile: [...profiles.get(option.optionId)!] }))
    .sort(
      (x, y) => compareMajorityValues(x.profile, y.profile) || labelOrder(x.option.label, y.option.label),
    );
  const rankOf = (index: number) =>
    entries.findIndex((entry) => compareMajorityValues(entry.profile, entries[index]!.profile) === 0) + 1;
  const ranks = entries.map((_, index) => rankOf(index));
  const hasTie = counted > 0 && entries.length > seats && ranks[seats] === ranks[seats - 1];
  const candidates = entries.map(({ option, profile }, index) => {
    const majority = counted > 0 ? gradeAt(profile, Math.floor(counted / 2) + 1) : lowest;
    const better = profile.slice(0, majority).reduce((sum, weight) => sum + weight, 0);
    const worse = profile.slice(majority + 1).reduce((sum, weight) => sum + weight, 0);
    const isTied = hasTie && ranks[index] === ranks[seats - 1];
    return {
      optionId: option.optionId,
      label: option.label,
      profile,
      majorityGrade: scale[majority]!,
      better,
      worse,
      gaugeSign: better > worse ? ('+' as const) : ('-' as const),
      rank: ranks[index]!,
      isElected: counted > 0 && index < seats && !isTied,
      isTied,
    };
  });
  return { scale: [...scale], seats, ballots: counted, blank, candidates, hasTie };
}
