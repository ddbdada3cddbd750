import {
  ballotTracker,
  canonicalJson,
  checkBallot,
  pollFingerprint,
  type EncryptedBallot,
  type PollParameters,
} from './ballot.ts';
import { CeremonyError, verifyCeremony, type CeremonyRecord } from './ceremony.ts';
import { fingerprint, InvalidEncodingError, type Group } from './group.ts';
import type { Ciphertext } from './proofs.ts';
import {
  aggregateBallots,
  combineDecryptions,
  verifyPartialDecryption,
  type PartialDecryption,
} from './tally.ts';

/**
 * The public record of an encrypted poll: everything needed to check its result, and nothing that
 * names a voter. Published as JSON with the poll and attached to the minutes; `verifyRecord` (the
 * `quorum votes verify` command and the verifier page) checks it without the database.
 */
export interface PollRecord {
  format: 'quorum-encrypted-poll/1';
  parameters: PollParameters;
  fingerprint: string;
  ceremony: CeremonyRecord;
  /** The roll: the public credentials allowed to vote, each with its weight. */
  roll: { credential: string; weight: number }[];
  /** The ballot box, in the order of the trackers (not of the casts). */
  ballots: { tracker: string; ballot: EncryptedBallot }[];
  tally: Ciphertext[];
  partialDecryptions: PartialDecryption[];
  result: { choice: string; count: number }[];
}

export type RecordProblem =
  | 'malformed'
  | 'invalid_ceremony'
  | 'public_key_mismatch'
  | 'fingerprint_mismatch'
  | 'invalid_roll'
  | 'invalid_ballot'
  | 'tracker_mismatch'
  | 'unknown_credential'
  | 'duplicate_credential'
  | 'tally_mismatch'
  | 'invalid_partial_decryption'
  | 'not_enough_decryptions'
  | 'result_mismatch';

export class RecordError extends Error {
  constructor(
    readonly problem: RecordProblem,
    readonly detail?: string,
  ) {
    super(detail ? `${problem}: ${detail}` : problem);
    this.name = 'RecordError';
  }
}

export interface VerifiedRecord {
  ballotCount: number;
  totalWeight: number;
  result: { choice: string; count: number }[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function checkShape(record: unknown): asserts record is PollRecord {
  const isRecord =
    isObject(record) &&
    record.format === 'quorum-encrypted-poll/1' &&
    isObject(record.parameters) &&
    isObject(record.ceremony) &&
    Array.isArray(record.roll) &&
    Array.isArray(record.ballots) &&
    Array.isArray(record.tally) &&
    Array.isArray(record.partialDecryptions) &&
    Array.isArray(record.result) &&
    typeof record.fingerprint === 'string';
  if (!isRecord) throw new RecordError('malformed');
}

/** Checks a ballot; the caller may run this part on several threads. Throws RecordError. */
export function verifyRecordBallot<Point>(
  group: Group<Point>,
  record: Pick<PollRecord, 'parameters' | 'fingerprint'>,
  entry: PollRecord['ballots'][number],
  position: number,
): void {
  const problem = checkBallot(group, {
    parameters: record.parameters,
    fingerprint: record.fingerprint,
    ballot: entry.ballot,
  });
  if (problem) throw new RecordError('invalid_ballot', `${position + 1} (${entry.tracker}): ${problem}`);
  if (ballotTracker(entry.ballot) !== entry.tracker)
    throw new RecordError('tracker_mismatch', String(position + 1));
}

/**
 * What is checked before the ballots: the key ceremony, the fingerprint, the roll, and that every
 * ballot's credential is on the roll, once. Answers each credential's weight.
 */
export function verifyRecordFrame<Point>(group: Group<Point>, record: unknown): Map<string, number> {
  checkShape(record);
  try {
    verifyCeremony(group, record.ceremony);
  } catch (error) {
    if (error instanceof CeremonyError) throw new RecordError('invalid_ceremony', error.message);
    if (error instanceof InvalidEncodingError) throw new RecordError('invalid_ceremony', error.message);
    throw error;
  }
  if (record.parameters.publicKey !== record.ceremony.publicKey) throw new RecordError('public_key_mismatch');
  if (pollFingerprint(record.parameters) !== record.fingerprint)
    throw new RecordError('fingerprint_mismatch');
  const weights = new Map<string, number>();
  for (const entry of record.roll) {
    if (
      !isObject(entry) ||
      typeof entry.credential !== 'string' ||
      !Number.isInteger(entry.weight) ||
      entry.weight < 1
    ) {
      throw new RecordError('invalid_roll');
    }
    if (weights.has(entry.credential)) throw new RecordError('invalid_roll', entry.credential);
    weights.set(entry.credential, entry.weight);
  }
  const seen = new Set<string>();
  for (const [position, entry] of record.ballots.entries()) {
    if (!isObject(entry) || !isObject(entry.ballot))
      throw new RecordError('malformed', `ballot ${position + 1}`);
    const credential = entry.ballot.credential;
    const weight = weights.get(credential);
    if (weight === undefined) throw new RecordError('unknown_credential', String(position + 1));
    if (seen.has(credential)) throw new RecordError('duplicate_credential', String(position + 1));
    seen.add(credential);
  }
  return weights;
}

/**
 * What is checked after the ballots: the tally, the partial decryptions and the result. `product`
 * is the product of the weighted ballots when the caller has already computed it (slice by slice
 * on several threads); it is computed here otherwise.
 */
export function verifyRecordTally<Point>(
  group: Group<Point>,
  record: PollRecord,
  weights: Map<string, number>,
  product: Ciphertext[] = weightedProduct(group, record, weights),
): VerifiedRecord {
  const isSameTally =
    record.tally.length === product.length &&
    product.every(
      (ciphertext, index) =>
        isObject(record.tally[index]) &&
        record.tally[index]!.alpha === ciphertext.alpha &&
        record.tally[index]!.beta === ciphertext.beta,
    );
  if (!isSameTally) throw new RecordError('tally_mismatch');
  const verified = decryptRecordTally(group, record, weights);
  const isSameResult =
    record.result.length === verified.result.length &&
    verified.result.every(
      (item, index) =>
        isObject(record.result[index]) &&
        record.result[index]!.choice === item.choice &&
        record.result[index]!.count === item.count,
    );
  if (!isSameResult) throw new RecordError('result_mismatch');
  return verified;
}

/** The product of a record's ballots (or of a slice of them), each raised to its weight. */
export function weightedProduct<Point>(
  group: Group<Point>,
  record: Pick<PollRecord, 'parameters' | 'ballots'>,
  weights: Map<string, number>,
): Ciphertext[] {
  try {
    return aggregateBallots(group, {
      choiceCount: record.parameters.question.choices.length,
      ballots: record.ballots.map((entry) => ({
        ciphertexts: entry.ballot.ciphertexts,
        weight: weights.get(entry.ballot.credential)!,
      })),
    });
  } catch (error) {
    if (error instanceof InvalidEncodingError) throw new RecordError('invalid_ballot', error.message);
    throw error;
  }
}

/**
 * The result a record's decryptions give, each partial decryption checked against its trustee's
 * key. The record's tally is taken as it is: a verifier checks it against the ballots first
 * (verifyRecordTally); the server, which computed it from the ballots at the close, does not
 * compute it twice. `record.result` is not read (the server fills it with this answer).
 */
export function decryptRecordTally<Point>(
  group: Group<Point>,
  record: PollRecord,
  weights: Map<string, number>,
): VerifiedRecord {
  const totalWeight = record.ballots.reduce((sum, entry) => sum + weights.get(entry.ballot.credential)!, 0);
  const { question } = record.parameters;
  const tally = record.tally;
  if (tally.length !== question.choices.length) throw new RecordError('tally_mismatch');
  const keys = new Map(
    record.ceremony.trustees.map((trustee) => [trustee.index, trustee.verificationKey.verificationKey]),
  );
  const decrypted = new Set<number>();
  for (const partial of record.partialDecryptions) {
    const key = isObject(partial) ? keys.get(partial.index) : undefined;
    let isValid = false;
    try {
      isValid =
        key !== undefined &&
        !decrypted.has(partial.index) &&
        verifyPartialDecryption(group, {
          fingerprint: record.fingerprint,
          verificationKey: key,
          tally,
          partial,
        });
    } catch (error) {
      if (!(error instanceof InvalidEncodingError)) throw error;
    }
    if (!isValid)
      throw new RecordError('invalid_partial_decryption', String(isObject(partial) ? partial.index : ''));
    decrypted.add(partial.index);
  }
  if (decrypted.size < record.ceremony.threshold) throw new RecordError('not_enough_decryptions');
  let counts: number[];
  try {
    counts = combineDecryptions(group, {
      tally,
      partials: record.partialDecryptions,
      threshold: record.ceremony.threshold,
      maxCount: totalWeight,
    });
  } catch {
    throw new RecordError('result_mismatch', 'the decryptions give no count');
  }
  const result = question.choices.map((choice, index) => ({ choice, count: counts[index]! }));
  return { ballotCount: record.ballots.length, totalWeight, result };
}

/** Checks a whole record on this thread. Throws RecordError naming the first problem found. */
export function verifyRecord<Point>(group: Group<Point>, record: unknown): VerifiedRecord {
  const weights = verifyRecordFrame(group, record);
  const checked = record as PollRecord;
  checked.ballots.forEach((entry, position) => verifyRecordBallot(group, checked, entry, position));
  return verifyRecordTally(group, checked, weights);
}

/** The record's fingerprint, printed in the minutes: whoever holds the same JSON finds the same one. */
export function recordFingerprint(
  record: PollRecord,
  digest: (text: string) => string = fingerprint,
): string {
  return digest(`record|${canonicalJson(record)}`);
}
