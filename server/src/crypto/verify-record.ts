import fs from 'node:fs/promises';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  RecordError,
  verifyRecordBallot,
  verifyRecordFrame,
  verifyRecordTally,
  weightedProduct,
  type PollRecord,
  type VerifiedRecord,
} from '../../../common/crypto/record.ts';
import type { Ciphertext } from '../../../common/crypto/proofs.ts';
import { addProducts } from '../../../common/crypto/tally.ts';
import { loadSodiumGroup } from './sodium-group.ts';

/**
 * `quorum votes verify`: checks a poll's public record from the file alone, without the database.
 * The ballots' proofs, most of the work, are checked on every core (worker threads, each reading the
 * file itself), and each thread multiplies its slice of ballots together; the ceremony, the roll,
 * the product of the slices, the tally and the decryptions are checked on this thread.
 */

interface Slice {
  file: string;
  from: number;
  to: number;
}

/** What a worker answers: its slice's product when the slice is valid, else the first problem in it. */
type SliceAnswer =
  | { problem: null; product: Ciphertext[] }
  | { problem: { name: string; code: string; detail?: string; position: number } };

export async function verifySlice({ file, from, to }: Slice): Promise<SliceAnswer> {
  const group = await loadSodiumGroup();
  const record = JSON.parse(await fs.readFile(file, 'utf8')) as PollRecord;
  for (let position = from; position < to; position += 1) {
    try {
      verifyRecordBallot(group, record, record.ballots[position]!, position);
    } catch (error) {
      if (!(error instanceof RecordError)) throw error;
      return { problem: { name: error.name, code: error.problem, detail: error.detail, position } };
    }
  }
  // The roll was checked by the caller before the slices (verifyRecordFrame).
  const weights = new Map(record.roll.map((entry) => [entry.credential, entry.weight]));
  try {
    const slice = { parameters: record.parameters, ballots: record.ballots.slice(from, to) };
    return { problem: null, product: weightedProduct(group, slice, weights) };
  } catch (error) {
    if (!(error instanceof RecordError)) throw error;
    return { problem: { name: error.name, code: error.problem, detail: error.detail, position: from } };
  }
}

const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { register } = await import(workerData.tsx);
  register();
  const { verifySlice } = await import(workerData.module);
  parentPort.postMessage(await verifySlice(workerData.slice));
})().catch((error) => parentPort.postMessage({ error: String(error && error.stack || error) }));
`;

function verifySliceInWorker(slice: Slice): Promise<SliceAnswer> {
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, {
      eval: true,
      workerData: { tsx, module: import.meta.url, slice },
    });
    worker.once('message', (answer: SliceAnswer | { error: string }) => {
      void worker.terminate();
      if ('error' in answer) reject(new Error(answer.error));
      else resolve(answer);
    });
    worker.once('error', reject);
  });
}

export async function verifyRecordFile(
  file: string,
  { threads = Math.min(os.availableParallelism(), 8) }: { threads?: number } = {},
): Promise<VerifiedRecord & { fingerprint: string }> {
  let record: unknown;
  try {
    record = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (error) {
    if (error instanceof SyntaxError) throw new RecordError('malformed', error.message);
    throw error;
  }
  const group = await loadSodiumGroup();
  const weights = verifyRecordFrame(group, record);
  const checked = record as PollRecord;
  const count = checked.ballots.length;
  const size = Math.ceil(count / threads);
  const slices: Slice[] = [];
  for (let from = 0; from < count; from += size)
    slices.push({ file, from, to: Math.min(count, from + size) });
  const answers =
    slices.length <= 1
      ? await Promise.all(slices.map((slice) => verifySlice(slice)))
      : await Promise.all(slices.map((slice) => verifySliceInWorker(slice)));
  const problems = answers.flatMap((answer) => (answer.problem ? [answer.problem] : []));
  const first = problems.sort((left, right) => left.position - right.position)[0];
  if (first) throw new RecordError(first.code as RecordError['problem'], first.detail);
  const products = answers.flatMap((answer) => (answer.problem === null ? [answer.product] : []));
  const product = products.length > 0 ? addProducts(group, products) : undefined;
  return { ...verifyRecordTally(group, checked, weights, product), fingerprint: checked.fingerprint };
}
