import type { votingErrors } from '../errors/voting.errors.ts';

/**
 * What every voting method of common/voting/ shares: the candidates, the ballots as the votes
 * domain stores them (`choices` and the voter's `weight`, server/src/domains/votes/tally.ts), and
 * the checks that refuse a ballot before it is counted. A refused ballot is a `BallotError` naming
 * the ballot (its index in the list given, from 0) and what is wrong with it; its code is an error
 * code of common/errors/voting.errors.ts, so the server answers it in French or English.
 *
 * Every counting function here is pure and deterministic: the same candidates and ballots give the
 * same result, whatever order the ballots come in. Weights are integers ≥ 0 (the statutes' weight
 * of the member who cast the ballot); a ballot of weight w counts as w identical ballots.
 */

/** A candidate (or an option) as the poll lists it; the list's order is the ballot's printed order. */
export interface VotingOption {
  optionId: string;
  label: string;
}

/**
 * A ballot that lists candidates: for approval voting the approved candidates (any order), for
 * Schulze and STV the ranking, most preferred first; candidates left out are ranked below every
 * candidate listed, equal among themselves. No candidate at all is a blank ballot.
 */
export interface ChoiceBallot {
  choices: readonly string[];
  weight: number;
}

export type BallotProblem = keyof typeof votingErrors;

/** What is wrong with one ballot. `ballotIndex` counts from 0; the message shows it from 1. */
export interface BallotError {
  ballotIndex: number;
  code: BallotProblem;
  /** The candidate concerned, when there is one. */
  optionId?: string;
  /** The grade given, when it is not on the scale. */
  grade?: string;
}

/** Thrown by a counting function given a ballot that validation refuses: nothing is counted. */
export class BallotValidationError extends Error {
  readonly errors: readonly BallotError[];

  constructor(errors: readonly BallotError[]) {
    const first = errors[0]!;
    super(`ballot ${first.ballotIndex + 1}: ${first.code}${first.optionId ? ` (${first.optionId})` : ''}`);
    this.name = 'BallotValidationError';
    this.errors = errors;
  }
}

/** The values the error's message interpolates (common/errors/voting.errors.ts). */
export function ballotErrorParams(error: BallotError): Record<string, string | number> {
  return {
    ballot: error.ballotIndex + 1,
    candidate: error.optionId ?? '',
    grade: error.grade ?? '',
  };
}

export function weightProblem(weight: number): boolean {
  return !Number.isSafeInteger(weight) || weight < 0;
}

/**
 * Checks ballots that list candidates: a weight that is not an integer ≥ 0, a candidate not on the
 * list, a candidate listed twice (a ranking with duplicates), and, when `maxChoices` is given, more
 * candidates than allowed. Returns every problem found, in ballot order; none means all are valid.
 */
export function validateChoiceBallots(
  options: readonly VotingOption[],
  ballots: readonly ChoiceBallot[],
  limits: { maxChoices?: number } = {},
): BallotError[] {
  const known = new Set(options.map((option) => option.optionId));
  const errors: BallotError[] = [];
  ballots.forEach((ballot, ballotIndex) => {
    if (weightProblem(ballot.weight)) errors.push({ ballotIndex, code: 'ballot_weight_invalid' });
    const seen = new Set<string>();
    for (const optionId of ballot.choices) {
      if (!known.has(optionId)) errors.push({ ballotIndex, code: 'ballot_candidate_unknown', optionId });
      else if (seen.has(optionId)) errors.push({ ballotIndex, code: 'ballot_candidate_repeated', optionId });
      seen.add(optionId);
    }
    if (limits.maxChoices !== undefined && ballot.choices.length > limits.maxChoices)
      errors.push({ ballotIndex, code: 'ballot_too_many_choices' });
  });
  return errors;
}

/** Throws `BallotValidationError` when `errors` is not empty. */
export function refuseInvalid(errors: readonly BallotError[]): void {
  if (errors.length > 0) throw new BallotValidationError(errors);
}

/** Candidates' ids must be distinct: a poll cannot list the same candidate twice. */
export function checkOptions(options: readonly VotingOption[]): void {
  const ids = new Set(options.map((option) => option.optionId));
  if (ids.size !== options.length) throw new Error('the candidates’ ids must be distinct');
}

/** Compares labels as French readers sort them; used only to list equal candidates. */
export const labelOrder = new Intl.Collator('fr').compare;
