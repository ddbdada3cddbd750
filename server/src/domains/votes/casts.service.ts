import crypto from 'node:crypto';
import type { ErrorCode } from '../../../../common/errors.ts';
import type { MessageParams } from '../../../../common/i18n/messages.ts';
import { resolutionChoices, type CastInput, type CastReceipt } from '../../../../common/votes.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import type { Database } from '../../db/database.ts';
import { durableTransaction } from '../../db/durable-transaction.ts';
import { AppError } from '../../http/app-error.ts';
import { newId } from '../../ids.ts';
import type { Participant } from '../assemblies/participants.service.ts';
import { publishPollState } from './polls.service.ts';
import {
  findPollAssemblySlug,
  insertBallots,
  listPollOptions,
  listPollsOfCasts,
  listVoterRows,
  markVoted,
  type PollRow,
  type PollVoterRow,
} from './votes.repository.ts';

interface PendingCast {
  participant: Participant;
  pollId: string;
  cast: CastInput;
  resolve: (receipt: CastReceipt) => void;
  reject: (error: unknown) => void;
}

type BallotRow = {
  id: string;
  poll_id: string;
  choices: string;
  weight: number;
  membership_id: string | null;
};

/** A concurrent cast (another server process) took a voter between our check and our write. */
class RaceLost extends Error {}

const maxBatch = 2_000;
const progressEveryMs = 1000;

/**
 * Group commit: casts that arrive while a write is on disk wait for the next one, and each write
 * holds every waiting cast in one durable transaction (one fsync), after which they are all
 * answered. A cast is acknowledged only once its transaction is committed.
 */
class CastBatcher {
  private pending: PendingCast[] = [];
  private isFlushing = false;
  private isScheduled = false;
  private readonly progressTimers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly context: ServiceContext) {}

  submit(participant: Participant, pollId: string, cast: CastInput): Promise<CastReceipt> {
    return new Promise((resolve, reject) => {
      this.pending.push({ participant, pollId, cast, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.isFlushing || this.isScheduled || this.pending.length === 0) return;
    this.isScheduled = true;
    setImmediate(() => void this.flush());
  }

  private async flush(): Promise<void> {
    this.isScheduled = false;
    this.isFlushing = true;
    const batch = this.pending.splice(0, maxBatch);
    try {
      let outcomes: (CastReceipt | AppError)[] | undefined;
      for (let attempt = 1; !outcomes; attempt += 1) {
        try {
          outcomes = await writeBatch(this.context.database, batch);
        } catch (error) {
          if (!(error instanceof RaceLost) || attempt >= 3) throw error;
        }
      }
      outcomes.forEach((outcome, index) => {
        const cast = batch[index]!;
        if (outcome instanceof AppError) cast.reject(outcome);
        else cast.resolve(outcome);
      });
      const pollIds = new Set(
        outcomes.flatMap((outcome) => (outcome instanceof AppError ? [] : [outcome.pollId])),
      );
      for (const pollId of pollIds) this.announceProgress(pollId);
    } catch (error) {
      for (const cast of batch) cast.reject(error);
    } finally {
      this.isFlushing = false;
      this.schedule();
    }
  }

  /** "x sur y ont voté", at most once a second per poll, whatever the rate of casts. */
  private announceProgress(pollId: string): void {
    if (this.progressTimers.has(pollId)) return;
    this.progressTimers.set(
      pollId,
      setTimeout(() => {
        this.progressTimers.delete(pollId);
        void findPollAssemblySlug(this.context.database.db, pollId)
          .then((slug) => (slug ? publishPollState(this.context, slug, { isProgressOnly: true }) : undefined))
          // The server may be closing; a screen that missed this catches up on the next one.
          .catch((error: unknown) => this.context.logger.debug({ err: error }, 'poll progress not sent'));
      }, progressEveryMs).unref(),
    );
  }
}

const batchers = new WeakMap<Database, CastBatcher>();

/**
 * A participant casts the ballots they carry: their own, and one per member they represent
 * (each may differ). Refused, with nothing recorded: a poll of another assembly or closed, a
 * member they do not carry or who was not in the room when the poll opened, a weight they do not
 * have, an unknown choice, a second vote. The same key again answers the first answer.
 */
export async function castBallots(
  context: ServiceContext,
  { participant, pollId, cast }: { participant: Participant; pollId: string; cast: CastInput },
): Promise<CastReceipt> {
  let batcher = batchers.get(context.database);
  if (!batcher) {
    batcher = new CastBatcher(context);
    batchers.set(context.database, batcher);
  }
  return batcher.submit(participant, pollId, cast);
}

function shuffle<T>(items: T[]): T[] {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = crypto.randomInt(index + 1);
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
  return items;
}

/**
 * One batch, set-based so that its cost is a handful of round trips whatever its size: the polls,
 * every voter row the casts name, one update marking them voted (with each cast's key), one insert
 * of the shuffled ballots. Casts are checked in arrival order against what the batch already took.
 */
async function writeBatch(database: Database, batch: PendingCast[]): Promise<(CastReceipt | AppError)[]> {
  return durableTransaction(database, async (transaction) => {
    const pollIds = [...new Set(batch.map((cast) => cast.pollId))];
    // Holding the poll rows makes a close wait for this batch, and a batch after the close see it.
    const rows = await listPollsOfCasts(transaction, pollIds, { isLocked: database.engine === 'postgres' });
    const polls = new Map(rows.map((poll) => [poll.id, poll]));
    const optionCodes = new Map<string, Set<string>>();
    for (const pollId of polls.keys()) {
      optionCodes.set(
        pollId,
        new Set((await listPollOptions(transaction, pollId)).map((option) => option.code)),
      );
    }
    const voters = new Map<string, PollVoterRow>();
    for (const pollId of polls.keys()) {
      const membershipIds = [
        ...new Set(
          batch
            .filter((cast) => cast.pollId === pollId)
            .flatMap((cast) => cast.cast.ballots.map((ballot) => ballot.membershipId)),
        ),
      ];
      for (const voter of await listVoterRows(transaction, pollId, membershipIds)) {
        voters.set(`${pollId}/${voter.membership_id}`, voter);
      }
    }
    const ballots: BallotRow[] = [];
    const marks: { pollId: string; membershipId: string; key: string }[] = [];
    const outcomes = batch.map((pending) => {
      try {
        return checkCast(pending, { polls, optionCodes, voters, ballots, marks });
      } catch (error) {
        if (error instanceof AppError) return error;
        throw error;
      }
    });
    for (const pollId of pollIds) {
      const marked = await markVoted(
        transaction,
        pollId,
        marks.filter((mark) => mark.pollId === pollId),
      );
      if (marked !== marks.filter((mark) => mark.pollId === pollId).length) throw new RaceLost();
    }
    await insertBallots(transaction, shuffle(ballots));
    return outcomes;
  });
}

interface BatchState {
  polls: Map<string, PollRow>;
  optionCodes: Map<string, Set<string>>;
  /** Voter rows by "pollId/membershipId", updated in memory as the batch takes them. */
  voters: Map<string, PollVoterRow>;
  ballots: BallotRow[];
  marks: { pollId: string; membershipId: string; key: string }[];
}

/** A cast refused: the code is the problem's and names what is wrong with the field at `path`. */
function refusal(code: ErrorCode, path: string, params?: MessageParams): AppError {
  return new AppError(code, params, { errors: [{ path, message: code, ...(params ? { params } : {}) }] });
}

function checkCast({ participant, pollId, cast }: PendingCast, state: BatchState): CastReceipt {
  const poll = state.polls.get(pollId);
  if (!poll || poll.assembly_id !== participant.assemblyId) throw new AppError('poll_not_in_assembly');
  if (poll.status !== 'open') throw refusal('poll_closed', 'pollId');
  const membershipIds = cast.ballots.map((ballot) => ballot.membershipId);
  if (new Set(membershipIds).size !== membershipIds.length) throw refusal('duplicate_member', 'body.ballots');
  const codes = state.optionCodes.get(pollId)!;
  const isElection = poll.election_id !== null;
  const rows = cast.ballots.map((ballot, index) => {
    const voter = state.voters.get(`${pollId}/${ballot.membershipId}`);
    const path = `body.ballots.${index}`;
    if (!voter) throw refusal('not_eligible', `${path}.membershipId`);
    if (voter.holder_membership_id !== participant.membershipId) {
      throw refusal('not_represented', `${path}.membershipId`, { member: voter.member_name });
    }
    if (ballot.weight !== undefined && ballot.weight !== voter.weight) {
      throw refusal('wrong_weight', `${path}.weight`, {
        member: voter.member_name,
        weight: voter.weight,
        given: ballot.weight,
      });
    }
    const isKnown = ballot.choices.every(
      (choice) => codes.has(choice) || (!isElection && choice === resolutionChoices[3]),
    );
    const isWithinLimit = ballot.choices.length <= poll.max_choices;
    if (!isWithinLimit) throw refusal('too_many_choices', `${path}.choices`, { maximum: poll.max_choices });
    if (!isKnown || new Set(ballot.choices).size !== ballot.choices.length) {
      throw refusal('unknown_option', `${path}.choices`);
    }
    return voter;
  });
  if (rows.every((voter) => voter.has_voted === 1 && voter.cast_key === cast.key)) {
    return { pollId, key: cast.key, membershipIds, isRepeat: true };
  }
  const already = rows.find((voter) => voter.has_voted === 1);
  if (already) throw refusal('already_voted', 'body.ballots', { member: already.member_name });
  cast.ballots.forEach((ballot, index) => {
    const voter = rows[index]!;
    state.voters.set(`${pollId}/${ballot.membershipId}`, { ...voter, has_voted: 1, cast_key: cast.key });
    state.marks.push({ pollId, membershipId: ballot.membershipId, key: cast.key });
    state.ballots.push({
      id: newId(),
      poll_id: pollId,
      choices: JSON.stringify(ballot.choices),
      weight: voter.weight,
      membership_id: poll.is_secret === 1 ? null : ballot.membershipId,
    });
  });
  return { pollId, key: cast.key, membershipIds, isRepeat: false };
}
