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
import {
  insertEncryptedBallots,
  listUsedCredentials,
  markVotedWithCredential,
} from './encrypted.repository.ts';
import { checkEncryptedCast } from './encrypted-polls.service.ts';
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
  /** An encrypted cast, its ballots checked: each ballot's tracker. */
  trackers?: string[] | undefined;
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

  submit(
    participant: Participant,
    pollId: string,
    cast: CastInput,
    trackers?: string[] | undefined,
  ): Promise<CastReceipt> {
    return new Promise((resolve, reject) => {
      this.pending.push({ participant, pollId, cast, trackers, resolve, reject });
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
  // An encrypted ballot's proofs are checked on the pool of threads before it joins a batch.
  const trackers = cast.ballots.some((ballot) => ballot.encrypted)
    ? await checkEncryptedCast(context.database.db, pollId, cast.ballots)
    : undefined;
  return batcher.submit(participant, pollId, cast, trackers);
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
    const usedCredentials = new Set<string>();
    for (const poll of rows) {
      if (!poll.encryption) continue;
      const credentials = batch
        .filter((cast) => cast.pollId === poll.id)
        .flatMap((cast) =>
          cast.cast.ballots.flatMap((ballot) => (ballot.encrypted ? [ballot.encrypted.credential] : [])),
        );
      for (const credential of await listUsedCredentials(transaction, poll.id, credentials)) {
        usedCredentials.add(`${poll.id}/${credential}`);
      }
    }
    const ballots: BallotRow[] = [];
    const encryptedBallots: EncryptedBallotRow[] = [];
    const marks: { pollId: string; membershipId: string; key: string; credential?: string }[] = [];
    const outcomes = batch.map((pending) => {
      try {
        return checkCast(pending, {
          polls,
          optionCodes,
          voters,
          ballots,
          encryptedBallots,
          usedCredentials,
          marks,
        });
      } catch (error) {
        if (error instanceof AppError) return error;
        throw error;
      }
    });
    for (const pollId of pollIds) {
      const pollMarks = marks.filter((mark) => mark.pollId === pollId);
      const marked = polls.get(pollId)?.encryption
        ? await markVotedWithCredential(
            transaction,
            pollId,
            pollMarks.map((mark) => ({ ...mark, credential: mark.credential! })),
          )
        : await markVoted(transaction, pollId, pollMarks);
      if (marked !== pollMarks.length) throw new RaceLost();
    }
    await insertBallots(transaction, shuffle(ballots));
    if (encryptedBallots.length > 0) {
      // In the order of the trackers (hashes), not of the casts.
      encryptedBallots.sort((left, right) => (left.tracker < right.tracker ? -1 : 1));
      try {
        await insertEncryptedBallots(transaction, encryptedBallots);
      } catch (error) {
        // Another server process took a credential meanwhile: the batch is checked again.
        if (isUniqueViolation(error)) throw new RaceLost();
        throw error;
      }
    }
    return outcomes;
  });
}

interface BatchState {
  polls: Map<string, PollRow>;
  optionCodes: Map<string, Set<string>>;
  /** Voter rows by "pollId/membershipId", updated in memory as the batch takes them. */
  voters: Map<string, PollVoterRow>;
  ballots: BallotRow[];
  encryptedBallots: EncryptedBallotRow[];
  /** "pollId/credential" of the credentials already in a ballot box, or taken by this batch. */
  usedCredentials: Set<string>;
  marks: { pollId: string; membershipId: string; key: string; credential?: string }[];
}

type EncryptedBallotRow = {
  id: string;
  poll_id: string;
  tracker: string;
  credential: string;
  ballot: string;
};

/** A unique index refused a row (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE). */
function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** A cast refused: the code is the problem's and names what is wrong with the field at `path`. */
function refusal(code: ErrorCode, path: string, params?: MessageParams): AppError {
  return new AppError(code, params, { errors: [{ path, message: code, ...(params ? { params } : {}) }] });
}

function checkCast({ participant, pollId, cast, trackers }: PendingCast, state: BatchState): CastReceipt {
  const poll = state.polls.get(pollId);
  if (!poll || poll.assembly_id !== participant.assemblyId) throw new AppError('poll_not_in_assembly');
  if (poll.status !== 'open') throw refusal('poll_closed', 'pollId');
  const membershipIds = cast.ballots.map((ballot) => ballot.membershipId);
  if (new Set(membershipIds).size !== membershipIds.length) throw refusal('duplicate_member', 'body.ballots');
  const codes = state.optionCodes.get(pollId)!;
  const isElection = poll.election_id !== null;
  const isEncrypted = poll.encryption !== null;
  if (isEncrypted && !trackers) throw refusal('encrypted_ballot_required', 'body.ballots.0.encrypted');
  if (!isEncrypted && trackers) throw refusal('plain_ballot_required', 'body.ballots.0.encrypted');
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
    if (isEncrypted) return voter;
    if (!ballot.choices) throw refusal('plain_ballot_required', `${path}.choices`);
    const choices = ballot.choices;
    const isKnown = choices.every(
      (choice) => codes.has(choice) || (!isElection && choice === resolutionChoices[3]),
    );
    const isWithinLimit = choices.length <= poll.max_choices;
    if (!isWithinLimit) throw refusal('too_many_choices', `${path}.choices`, { maximum: poll.max_choices });
    if (!isKnown || new Set(choices).size !== choices.length) {
      throw refusal('unknown_option', `${path}.choices`);
    }
    return voter;
  });
  const isRepeat = rows.every(
    (voter, index) =>
      voter.has_voted === 1 &&
      voter.cast_key === cast.key &&
      (!isEncrypted || voter.credential === cast.ballots[index]!.encrypted!.credential),
  );
  if (isRepeat)
    return { pollId, key: cast.key, membershipIds, isRepeat: true, ...(trackers ? { trackers } : {}) };
  const already = rows.find((voter) => voter.has_voted === 1);
  if (already) throw refusal('already_voted', 'body.ballots', { member: already.member_name });
  if (isEncrypted) {
    const credentials = cast.ballots.map((ballot) => ballot.encrypted!.credential);
    const reused = credentials.findIndex(
      (credential, index) =>
        state.usedCredentials.has(`${pollId}/${credential}`) || credentials.indexOf(credential) !== index,
    );
    if (reused >= 0) throw refusal('credential_used', `body.ballots.${reused}.encrypted.credential`);
    cast.ballots.forEach((ballot, index) => {
      const voter = rows[index]!;
      const encrypted = ballot.encrypted!;
      state.usedCredentials.add(`${pollId}/${encrypted.credential}`);
      state.voters.set(`${pollId}/${ballot.membershipId}`, {
        ...voter,
        has_voted: 1,
        cast_key: cast.key,
        credential: encrypted.credential,
      });
      state.marks.push({
        pollId,
        membershipId: ballot.membershipId,
        key: cast.key,
        credential: encrypted.credential,
      });
      // The ballot alone: no member, no weight (it stays on the participation row), no time.
      state.encryptedBallots.push({
        id: newId(),
        poll_id: pollId,
        tracker: trackers![index]!,
        credential: encrypted.credential,
        ballot: JSON.stringify(encrypted),
      });
    });
    return { pollId, key: cast.key, membershipIds, isRepeat: false, trackers: trackers! };
  }
  cast.ballots.forEach((ballot, index) => {
    const voter = rows[index]!;
    state.voters.set(`${pollId}/${ballot.membershipId}`, { ...voter, has_voted: 1, cast_key: cast.key });
    state.marks.push({ pollId, membershipId: ballot.membershipId, key: cast.key });
    state.ballots.push({
      id: newId(),
      poll_id: pollId,
      choices: JSON.stringify(ballot.choices!),
      weight: voter.weight,
      membership_id: poll.is_secret === 1 ? null : ballot.membershipId,
    });
  });
  return { pollId, key: cast.key, membershipIds, isRepeat: false };
}
