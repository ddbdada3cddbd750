import {
  checkOptions,
  refuseInvalid,
  validateChoiceBallots,
  type ChoiceBallot,
  type VotingOption,
} from './ballots.ts';
import { drawLot, type LotRecord } from './lot.ts';

/**
 * Single transferable vote for several seats, counted by the Scottish STV rules: The Scottish
 * Local Government Elections Order 2007 (SSI 2007/42), schedule 1, rules 45 to 52. We chose them
 * over Meek STV because they are fully specified down to the rounding, short enough to check by
 * hand on a projector, and published with real counts to test against; Meek's iterations cannot be
 * followed by a general assembly.
 *
 * - **Valid ballots**: a ballot ranking at least one candidate (blank ones are set aside).
 * - **Quota** (Droop, rule 46): ⌊valid ballots ÷ (seats + 1)⌋ + 1, whole votes.
 * - **Stage 1** (rule 45): each ballot goes to its first preference, with the value 1.
 * - **Elected** (rule 47): at the end of each stage, every continuing candidate with at least the
 *   quota is deemed elected (several at one stage are listed by votes, then in the poll's order).
 * - **Surplus** (rules 48–49): while seats remain, the largest surplus (votes − quota) is
 *   transferred first, one surplus per stage. All the ballots the elected candidate holds are
 *   transferred to their next preference among the continuing candidates, each with the transfer
 *   value (surplus × the ballot's value when received) ÷ the candidate's votes, computed to five
 *   decimal places, the remainder ignored; the candidate keeps the quota. A ballot with no further
 *   preference is non-transferable. What the ignored remainders lose is reported
 *   (`lostToRounding`), so that every stage adds up to the valid ballots.
 * - **Exclusion** (rules 50–51): when no surplus is left to transfer, the continuing candidate with
 *   the fewest votes is excluded and all their ballots are transferred, at one stage, each at the
 *   value it had when received.
 * - **Last seats** (rule 52): when the continuing candidates are no more than the seats left, they
 *   are all deemed elected and the count stops.
 * - **Ties** (rules 49(2)–(3) and 51(2)): between equal surpluses, the candidate who had the most
 *   votes at the end of the most recent preceding stage at which the tied candidates had unequal
 *   votes goes first; between candidates equally lowest, the one who had the fewest votes then is
 *   excluded. With three or more tied, that stage keeps only those with the most (or fewest) votes
 *   and, if several remain, the search goes on backwards among them. Equal at every stage: lot,
 *   drawn from the seed the caller gives (lot.ts) and recorded in the stage and in `lots`.
 *
 * Arithmetic is exact: votes are integers in hundred-thousandths of a vote (`stvUnit`), products
 * that could exceed 2^53 go through BigInt. A ballot of weight w counts as w ballot papers.
 */
export const stvUnit = 100_000;

export type StvAction =
  | { kind: 'first_preferences' }
  | { kind: 'surplus'; optionId: string; surplus: number }
  | { kind: 'exclusion'; optionId: string };

export type StvTieBreak =
  | { rule: 'earlier_stage'; candidates: string[]; stage: number }
  | { rule: 'lot'; candidates: string[]; lot: LotRecord };

export interface StvStage {
  number: number;
  action: StvAction;
  /** What each continuing candidate received at this stage (stage 1: first preferences). */
  transfers: Record<string, number>;
  /** Non-transferable value set aside at this stage. */
  nonTransferable: number;
  /** Value lost at this stage by ignoring remainders beyond five decimals. */
  lostToRounding: number;
  /** Every candidate's votes at the end of the stage. */
  votes: Record<string, number>;
  /** Deemed elected at the end of this stage, in order. */
  elected: string[];
  tieBreak?: StvTieBreak;
}

export interface StvCandidate {
  optionId: string;
  label: string;
  status: 'elected' | 'excluded' | 'not_elected';
  /** The stage at which the candidate was elected or excluded. */
  stage?: number;
  /** Votes at the end of the count. */
  votes: number;
}

export interface StvResult {
  seats: number;
  /** Whole votes. */
  quota: number;
  /** Weight of the valid (non-blank) ballots. */
  ballots: number;
  blank: number;
  /** In the order they were elected. */
  elected: string[];
  stages: StvStage[];
  /** In the poll's order. */
  candidates: StvCandidate[];
  nonTransferable: number;
  lostToRounding: number;
  seed: string;
  lots: LotRecord[];
}

interface Paper {
  ranking: number[];
  position: number;
  /** Papers in this bundle (the ballots' weight). */
  count: number;
  /** Each paper's value, in units. */
  value: number;
}

type State = 'continuing' | 'elected' | 'excluded';

/** A value in units as a decimal with five places: 123456 → "1.23456". */
export function formatStvValue(units: number): string {
  const sign = units < 0 ? '-' : '';
  const magnitude = Math.abs(units);
  return `${sign}${Math.floor(magnitude / stvUnit)}.${String(magnitude % stvUnit).padStart(5, '0')}`;
}

/** ⌊a × b ÷ c⌋, exactly. */
function mulDiv(a: number, b: number, c: number): number {
  const product = a * b;
  if (Number.isSafeInteger(product)) return Math.floor(product / c);
  return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}

export function countStv(
  options: readonly VotingOption[],
  seats: number,
  ballots: readonly ChoiceBallot[],
  seed: string,
): StvResult {
  checkOptions(options);
  if (!Number.isInteger(seats) || seats < 1) throw new Error('seats must be an integer ≥ 1');
  refuseInvalid(validateChoiceBallots(options, ballots));
  const ids = options.map((option) => option.optionId);
  const index = new Map(ids.map((optionId, position) => [optionId, position]));

  // Identical rankings go together: the count depends on the ballots, not on their order.
  const bundles = new Map<string, Paper>();
  let valid = 0;
  let blank = 0;
  for (const ballot of ballots) {
    if (ballot.choices.length === 0) {
      blank += ballot.weight;
      continue;
    }
    valid += ballot.weight;
    if (ballot.weight === 0) continue;
    const ranking = ballot.choices.map((optionId) => index.get(optionId)!);
    const key = ranking.join(',');
    const bundle = bundles.get(key);
    if (bundle) bundle.count += ballot.weight;
    else bundles.set(key, { ranking, position: 0, count: ballot.weight, value: stvUnit });
  }
  const quota = Math.floor(valid / (seats + 1)) + 1;
  const quotaUnits = quota * stvUnit;
  const state: State[] = ids.map(() => 'continuing');
  const votes = ids.map(() => 0);
  const piles: Paper[][] = ids.map(() => []);
  const stages: StvStage[] = [];
  const elected: string[] = [];
  const decidedAt = new Map<string, number>();
  const lots: LotRecord[] = [];
  const surplusDone = new Set<number>();
  let totalNonTransferable = 0;
  let totalLost = 0;

  const byId = (values: number[]) => Object.fromEntries(ids.map((optionId, i) => [optionId, values[i]!]));
  const continuing = () => ids.map((_, i) => i).filter((i) => state[i] === 'continuing');

  /** Gives a paper to its next preference among continuing candidates; false when there is none. */
  const place = (paper: Paper, received: number[]): boolean => {
    while (paper.position < paper.ranking.length && state[paper.ranking[paper.position]!] !== 'continuing')
      paper.position++;
    if (paper.position >= paper.ranking.length) return false;
    const to = paper.ranking[paper.position]!;
    piles[to]!.push(paper);
    votes[to]! += paper.count * paper.value;
    received[to]! += paper.count * paper.value;
    return true;
  };

  const breakTie = (tied: number[], most: boolean, stageNumber: number, what: string) => {
    let remaining = tied;
    for (let stage = stages.length; stage >= 1 && remaining.length > 1; stage--) {
      const at = stages[stage - 1]!.votes;
      const values = remaining.map((i) => at[ids[i]!]!);
      const extreme = most ? Math.max(...values) : Math.min(...values);
      const kept = remaining.filter((i) => at[ids[i]!] === extreme);
      if (kept.length < remaining.length) remaining = kept;
      if (remaining.length === 1) {
        const tieBreak: StvTieBreak = {
          rule: 'earlier_stage',
          candidates: tied.map((i) => ids[i]!),
          stage,
        };
        return { chosen: remaining[0]!, tieBreak };
      }
    }
    const lot = drawLot(
      seed,
      `stage ${stageNumber}: ${what}`,
      remaining.map((i) => ids[i]!),
    );
    lots.push(lot);
    const tieBreak: StvTieBreak = { rule: 'lot', candidates: tied.map((i) => ids[i]!), lot };
    return { chosen: index.get(lot.chosen)!, tieBreak };
  };

  const electReached = (): string[] => {
    const reached = continuing()
      .filter((i) => votes[i]! >= quotaUnits)
      .sort((a, b) => votes[b]! - votes[a]! || a - b);
    for (const i of reached) {
      state[i] = 'elected';
      elected.push(ids[i]!);
      decidedAt.set(ids[i]!, stages.length + 1);
    }
    return reached.map((i) => ids[i]!);
  };

  // Stage 1: first preferences.
  const firstReceived = ids.map(() => 0);
  for (const paper of bundles.values()) place(paper, firstReceived);
  const recordStage = (
    action: StvAction,
    received: number[],
    nonTransferable: number,
    lost: number,
    tieBreak?: StvTieBreak,
  ) => {
    totalNonTransferable += nonTransferable;
    totalLost += lost;
    const electedNow = electReached();
    stages.push({
      number: stages.length + 1,
      action,
      transfers: byId(received),
      nonTransferable,
      lostToRounding: lost,
      votes: byId(votes),
      elected: electedNow,
      ...(tieBreak ? { tieBreak } : {}),
    });
  };
  recordStage({ kind: 'first_preferences' }, firstReceived, 0, 0);

  while (valid > 0 && elected.length < seats) {
    const left = continuing();
    if (left.length <= seats - elected.length) {
      // Rule 52: the continuing candidates fill the last seats; no further transfer.
      const last = stages[stages.length - 1]!;
      for (const i of left.sort((a, b) => votes[b]! - votes[a]! || a - b)) {
        state[i] = 'elected';
        elected.push(ids[i]!);
        last.elected.push(ids[i]!);
        decidedAt.set(ids[i]!, last.number);
      }
      break;
    }
    const stageNumber = stages.length + 1;
    const received = ids.map(() => 0);
    let nonTransferable = 0;
    const pending = ids
      .map((_, i) => i)
      .filter((i) => state[i] === 'elected' && !surplusDone.has(i) && votes[i]! > quotaUnits);
    if (pending.length > 0) {
      const highest = Math.max(...pending.map((i) => votes[i]!));
      const tied = pending.filter((i) => votes[i] === highest);
      const { chosen, tieBreak } =
        tied.length === 1
          ? { chosen: tied[0]!, tieBreak: undefined }
          : breakTie(tied, true, stageNumber, 'surplus');
      const total = votes[chosen]!;
      const surplus = total - quotaUnits;
      const papers = piles[chosen]!;
      piles[chosen] = [];
      votes[chosen] = quotaUnits;
      surplusDone.add(chosen);
      let moved = 0;
      for (const paper of papers) {
        paper.value = mulDiv(surplus, paper.value, total);
        moved += paper.count * paper.value;
        if (!place(paper, received)) nonTransferable += paper.count * paper.value;
      }
      recordStage(
        { kind: 'surplus', optionId: ids[chosen]!, surplus },
        received,
        nonTransferable,
        surplus - moved,
        tieBreak,
      );
      continue;
    }
    const lowest = Math.min(...left.map((i) => votes[i]!));
    const tied = left.filter((i) => votes[i] === lowest);
    const { chosen, tieBreak } =
      tied.length === 1
        ? { chosen: tied[0]!, tieBreak: undefined }
        : breakTie(tied, false, stageNumber, 'exclusion');
    state[chosen] = 'excluded';
    decidedAt.set(ids[chosen]!, stageNumber);
    const papers = piles[chosen]!;
    piles[chosen] = [];
    votes[chosen] = 0;
    for (const paper of papers) if (!place(paper, received)) nonTransferable += paper.count * paper.value;
    recordStage({ kind: 'exclusion', optionId: ids[chosen]! }, received, nonTransferable, 0, tieBreak);
  }

  return {
    seats,
    quota,
    ballots: valid,
    blank,
    elected,
    stages,
    candidates: options.map((option, i) => ({
      optionId: option.optionId,
      label: option.label,
      status: state[i] === 'elected' ? 'elected' : state[i] === 'excluded' ? 'excluded' : 'not_elected',
      ...(decidedAt.has(option.optionId) ? { stage: decidedAt.get(option.optionId)! } : {}),
      votes: votes[i]!,
    })),
    nonTransferable: totalNonTransferable,
    lostToRounding: totalLost,
    seed,
    lots,
  };
}
