import {
  ballotTracker,
  pollFingerprint,
  type EncryptedBallot,
  type PollParameters,
  type Question,
} from '../../../../common/crypto/ballot.ts';
import { decodeScalar, secureRandom } from '../../../../common/crypto/group.ts';
import type { Ciphertext } from '../../../../common/crypto/proofs.ts';
import {
  recordFingerprint,
  RecordError,
  verifyRecordFrame,
  decryptRecordTally,
  type PollRecord,
} from '../../../../common/crypto/record.ts';
import {
  decryptPartially,
  verifyPartialDecryption,
  type PartialDecryption,
} from '../../../../common/crypto/tally.ts';
import { resolutionChoices, type PollView } from '../../../../common/votes.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { durableTransaction } from '../../db/durable-transaction.ts';
import { aggregateOnPool, checkBallots } from '../../crypto/ballot-checks.ts';
import { fingerprintNative } from '../../crypto/digest.ts';
import { loadSodiumGroup } from '../../crypto/sodium-group.ts';
import { AppError } from '../../http/app-error.ts';
import { newId, nowIso } from '../../ids.ts';
import { ceremonyRecord, requireTrustee } from './ceremony.service.ts';
import {
  countPartials,
  findCeremony,
  findCeremonyOfAssembly,
  findServerSecret,
  insertPartial,
  listPartials,
  listRecordedPolls,
  listRoll,
  listTrackers,
  listTrustees,
  listWeightedBallots,
  lockPoll,
  updatePollEncryption,
} from './encrypted.repository.ts';
import { findPoll, type PollRow } from './votes.repository.ts';

/**
 * Encrypted secret polls: the parameters a poll is opened with, the check of every ballot before the
 * batch write, and at the close the encrypted tally, the trustees' partial decryptions, the result
 * and the public record (common/crypto/record.ts), verified before it is stored.
 */

/** What a secret poll opened now is encrypted for; null when the assembly has no ceremony. */
export async function encryptionAtOpening(
  db: DbOrTransaction,
  {
    assemblyId,
    pollId,
    isElection,
    optionCodes,
    maxChoices,
  }: { assemblyId: string; pollId: string; isElection: boolean; optionCodes: string[]; maxChoices: number },
): Promise<{ ceremonyId: string; parameters: PollParameters; fingerprint: string } | null> {
  const ceremony = await findCeremonyOfAssembly(db, assemblyId);
  if (!ceremony) return null;
  if (ceremony.status !== 'ready' || !ceremony.public_key) throw new AppError('ceremony_not_ready');
  // A resolution: exactly one of for, against, abstain, blank (as a plain cast may say). An
  // election: up to the seats among the candidates, none being a blank vote.
  const question: Question = isElection
    ? { choices: optionCodes, min: 0, max: maxChoices }
    : { choices: [...resolutionChoices], min: 1, max: 1 };
  const parameters = { pollId, question, publicKey: ceremony.public_key };
  return { ceremonyId: ceremony.id, parameters, fingerprint: pollFingerprint(parameters) };
}

/** An encrypted poll's view: its parameters and how far its decryption has come. */
export async function presentEncryption(db: DbOrTransaction, poll: PollRow): Promise<PollView['encryption']> {
  if (!poll.encryption || !poll.ceremony_id) return null;
  const ceremony = await findCeremony(db, poll.ceremony_id);
  return {
    parameters: JSON.parse(poll.encryption) as PollParameters,
    fingerprint: poll.fingerprint!,
    threshold: ceremony?.threshold ?? 0,
    decryptions: await countPartials(db, poll.id),
    recordFingerprint: poll.record_fingerprint,
  };
}

const parametersCache = new Map<string, { parameters: PollParameters; fingerprint: string } | null>();

/**
 * Checks the encrypted ballots of a cast on the pool of threads, before the batch write: refused
 * 422 naming `body.ballots.N.encrypted` with nothing recorded. Answers each ballot's tracker.
 */
export async function checkEncryptedCast(
  db: DbOrTransaction,
  pollId: string,
  ballots: { encrypted?: EncryptedBallot | undefined }[],
): Promise<string[]> {
  let encryption = parametersCache.get(pollId);
  if (encryption === undefined) {
    const poll = await findPoll(db, pollId);
    if (!poll) throw new AppError('poll_not_in_assembly');
    encryption = poll.encryption
      ? { parameters: JSON.parse(poll.encryption) as PollParameters, fingerprint: poll.fingerprint! }
      : null;
    if (parametersCache.size > 1000) parametersCache.clear();
    parametersCache.set(pollId, encryption);
  }
  if (!encryption) {
    const index = ballots.findIndex((ballot) => ballot.encrypted);
    throw new AppError('plain_ballot_required', undefined, {
      errors: [{ path: `body.ballots.${index}.encrypted`, message: 'plain_ballot_required' }],
    });
  }
  const missing = ballots.findIndex((ballot) => !ballot.encrypted);
  if (missing >= 0) {
    throw new AppError('encrypted_ballot_required', undefined, {
      errors: [{ path: `body.ballots.${missing}.encrypted`, message: 'encrypted_ballot_required' }],
    });
  }
  const problems = await checkBallots({
    parameters: encryption.parameters,
    fingerprint: encryption.fingerprint,
    ballots: ballots.map((ballot) => ballot.encrypted),
  });
  const refused = problems.findIndex((problem) => problem !== null);
  if (refused >= 0) {
    const params = { problem: problems[refused]! };
    throw new AppError('invalid_encrypted_ballot', params, {
      errors: [{ path: `body.ballots.${refused}.encrypted`, message: 'invalid_encrypted_ballot', params }],
    });
  }
  return ballots.map((ballot) => ballotTracker(ballot.encrypted!));
}

/**
 * At the close (in its transaction): the poll waits for its decryption, its ballots are added
 * together with their weights, and the server trustee gives its partial decryption at once.
 */
export async function closeEncryptedPoll(db: DbOrTransaction, poll: PollRow): Promise<{ ballots: number }> {
  const group = await loadSodiumGroup();
  const parameters = JSON.parse(poll.encryption!) as PollParameters;
  const rows = await listWeightedBallots(db, poll.id);
  const tally = await aggregateOnPool(
    parameters.question.choices.length,
    rows.map((row) => ({
      ciphertexts: (JSON.parse(row.ballot) as EncryptedBallot).ciphertexts,
      weight: row.weight,
    })),
  );
  await updatePollEncryption(db, poll.id, { status: 'decrypting', tally: JSON.stringify(tally) });
  const trustees = await listTrustees(db, poll.ceremony_id!);
  const server = trustees.find((trustee) => trustee.is_server === 1);
  const secret = server ? await findServerSecret(db, poll.ceremony_id!) : undefined;
  if (server && secret?.share_secret) {
    const partial = decryptPartially(group, {
      fingerprint: poll.fingerprint!,
      index: server.trustee_index,
      secret: decodeScalar(secret.share_secret),
      tally,
      random: secureRandom(),
    });
    await insertPartial(db, {
      id: newId(),
      poll_id: poll.id,
      trustee_index: server.trustee_index,
      partial: JSON.stringify(partial),
      created_at: nowIso(),
    });
  }
  return { ballots: rows.length };
}

/** The counts of each choice once `threshold` partial decryptions are in, and the verified record. */
export interface DecryptedPoll {
  counts: Map<string, number>;
  totalWeight: number;
  record: PollRecord;
  recordFingerprint: string;
}

/**
 * A member trustee's partial decryption of a poll's tally, checked against its verification key.
 * Answers the decrypted poll when this one completes the threshold (the caller records the
 * result in the same transaction), else null.
 */
export async function acceptPartial(
  context: ServiceContext,
  {
    token,
    pollId,
    partial,
    finish,
  }: {
    token: string | undefined;
    pollId: string;
    partial: PartialDecryption;
    finish: (db: DbOrTransaction, poll: PollRow, decrypted: DecryptedPoll) => Promise<void>;
  },
): Promise<PollRow> {
  const group = await loadSodiumGroup();
  await durableTransaction(context.database, async (transaction) => {
    const me = await requireTrustee(transaction, token);
    const poll = await lockPoll(transaction, pollId, { isLocked: context.database.engine === 'postgres' });
    if (!poll || poll.ceremony_id !== me.ceremony_id) throw new AppError('poll_not_found');
    if (poll.status !== 'decrypting') throw new AppError('poll_not_decrypting');
    const field = (path: string) => ({ errors: [{ path, message: 'invalid_partial_decryption' }] });
    if (partial.index !== me.trustee_index)
      throw new AppError('invalid_partial_decryption', undefined, field('body.partial.index'));
    const tally = JSON.parse(poll.tally!) as Ciphertext[];
    let isValid = false;
    try {
      isValid = verifyPartialDecryption(group, {
        fingerprint: poll.fingerprint!,
        verificationKey: (JSON.parse(me.verification_key!) as { verificationKey: string }).verificationKey,
        tally,
        partial,
      });
    } catch {
      isValid = false;
    }
    if (!isValid) throw new AppError('invalid_partial_decryption', undefined, field('body.partial'));
    const isNew = await insertPartial(transaction, {
      id: newId(),
      poll_id: pollId,
      trustee_index: me.trustee_index,
      partial: JSON.stringify(partial),
      created_at: nowIso(),
    });
    if (!isNew) throw new AppError('decryption_already_given');
    const ceremony = (await findCeremony(transaction, poll.ceremony_id))!;
    const partials = await listPartials(transaction, pollId);
    if (partials.length < ceremony.threshold) return;
    await finish(transaction, poll, await decryptPoll(transaction, poll, partials, ceremony.threshold));
  });
  return (await findPoll(context.database.db, pollId))!;
}

async function decryptPoll(
  db: DbOrTransaction,
  poll: PollRow,
  partialRows: { trustee_index: number; partial: string }[],
  threshold: number,
): Promise<DecryptedPoll> {
  const group = await loadSodiumGroup();
  const parameters = JSON.parse(poll.encryption!) as PollParameters;
  const tally = JSON.parse(poll.tally!) as Ciphertext[];
  const partials = partialRows
    .map((row) => JSON.parse(row.partial) as PartialDecryption)
    .slice(0, threshold)
    .sort((left, right) => left.index - right.index);
  const ballots = await listWeightedBallots(db, poll.id);
  const roll = (await listRoll(db, poll.id)).map((row) => ({
    credential: row.credential!,
    weight: row.weight,
  }));
  const record: PollRecord = {
    format: 'quorum-encrypted-poll/1',
    parameters,
    fingerprint: poll.fingerprint!,
    ceremony: await ceremonyRecord(db, poll.ceremony_id!),
    roll,
    ballots: ballots.map((row) => ({
      tracker: row.tracker,
      ballot: JSON.parse(row.ballot) as EncryptedBallot,
    })),
    tally,
    partialDecryptions: partials,
    result: [],
  };
  // Each ballot's proofs were checked before it was acknowledged, and the tally is the product of
  // these same ballots, computed at the close (no ballot enters a closed poll). The rest of the
  // record (ceremony, fingerprint, roll, credentials, decryptions) is checked now, as a verifier
  // will, and the result is the one that check decrypts.
  let totalWeight: number;
  try {
    const verified = decryptRecordTally(group, record, verifyRecordFrame(group, record));
    record.result = verified.result;
    totalWeight = verified.totalWeight;
  } catch (error) {
    if (error instanceof RecordError)
      throw new Error(`the record of poll ${poll.id} does not verify: ${error.message}`);
    throw error;
  }
  return {
    counts: new Map(record.result.map((item) => [item.choice, item.count])),
    totalWeight,
    record,
    recordFingerprint: recordFingerprint(record, fingerprintNative),
  };
}

export async function ballotBox(context: ServiceContext, pollId: string) {
  const { db } = context.database;
  const poll = await findPoll(db, pollId);
  if (!poll?.encryption) throw new AppError('poll_not_found');
  return { pollId, fingerprint: poll.fingerprint!, trackers: await listTrackers(db, pollId) };
}

export async function pollRecord(context: ServiceContext, pollId: string): Promise<PollRecord> {
  const poll = await findPoll(context.database.db, pollId);
  if (!poll?.encryption) throw new AppError('poll_not_found');
  if (!poll.record) throw new AppError('record_not_ready');
  return JSON.parse(poll.record) as PollRecord;
}

/** The published records of an assembly's encrypted polls: for the minutes' sentence and annex. */
export async function listPublishedRecords(context: ServiceContext, assemblyId: string) {
  const rows = await listRecordedPolls(context.database.db, assemblyId);
  return rows.map((row) => ({
    pollId: row.id,
    title: row.title,
    resolutionId: row.resolution_id,
    electionId: row.election_id,
    recordFingerprint: row.record_fingerprint!,
    address: `${context.config.publicUrl}/api/polls/${row.id}/record.json`,
  }));
}
