import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkBallot, type BallotProblem, type PollParameters } from '../../../common/crypto/ballot.ts';
import type { Ciphertext } from '../../../common/crypto/proofs.ts';
import { addProducts, aggregateBallots, type WeightedBallot } from '../../../common/crypto/tally.ts';
import { loadSodiumGroup } from './sodium-group.ts';

/**
 * The server checks every encrypted ballot's proofs before acknowledging it: a few milliseconds of
 * arithmetic each, so they run on a pool of worker threads (one per core) and the event loop keeps
 * answering check-ins, screens and other casts meanwhile. A ballot is checked once, whole; the
 * caller writes only the ballots found valid. At the close, the same threads multiply the ballots
 * together, a slice each.
 */

interface CheckRequest {
  parameters: PollParameters;
  fingerprint: string;
  ballots: unknown[];
}

interface AggregateRequest {
  choiceCount: number;
  weighted: WeightedBallot[];
}

type PoolRequest = CheckRequest | AggregateRequest;
type PoolAnswer = (BallotProblem | null)[] | Ciphertext[];

/**
 * What a worker runs for one request (imported by name in the worker's source).
 * @public
 */
export async function runHere(request: PoolRequest): Promise<PoolAnswer> {
  if ('weighted' in request) {
    const group = await loadSodiumGroup();
    return aggregateBallots(group, { choiceCount: request.choiceCount, ballots: request.weighted });
  }
  return checkBallotsHere(request);
}

/** Checks ballots on this thread: what each worker runs, and the fallback without threads. */
export async function checkBallotsHere(request: CheckRequest): Promise<(BallotProblem | null)[]> {
  const group = await loadSodiumGroup();
  return request.ballots.map((ballot) =>
    checkBallot(group, { parameters: request.parameters, fingerprint: request.fingerprint, ballot }),
  );
}

const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { register } = await import(workerData.tsx);
  register();
  const { runHere } = await import(workerData.module);
  parentPort.on('message', async (request) => {
    try {
      parentPort.postMessage({ id: request.id, answer: await runHere(request) });
    } catch (error) {
      parentPort.postMessage({ id: request.id, error: String((error && error.stack) || error) });
    }
  });
  parentPort.postMessage({ ready: true });
})();
`;

type WorkerAnswer = { id: number; answer: PoolAnswer } | { id: number; error: string };

class BallotCheckPool {
  private readonly workers: { worker: Worker; pending: number }[] = [];
  private readonly waiting = new Map<
    number,
    { resolve: (value: PoolAnswer) => void; reject: (error: Error) => void }
  >();
  private nextId = 1;

  constructor(size: number) {
    this.size = size;
    const tsx = import.meta.resolve('tsx/esm/api');
    for (let index = 0; index < size; index += 1) {
      const worker = new Worker(workerSource, { eval: true, workerData: { tsx, module: import.meta.url } });
      const slot = { worker, pending: 0 };
      worker.on('message', (answer: WorkerAnswer | { ready: true }) => {
        if ('ready' in answer) return;
        const waiter = this.waiting.get(answer.id);
        this.waiting.delete(answer.id);
        slot.pending -= 1;
        // An idle pool does not keep the process alive; a check under way does.
        if (slot.pending === 0) worker.unref();
        if (!waiter) return;
        if ('error' in answer) waiter.reject(new Error(answer.error));
        else waiter.resolve(answer.answer);
      });
      worker.on('error', (error) => {
        for (const waiter of this.waiting.values()) waiter.reject(error);
        this.waiting.clear();
      });
      worker.unref();
      this.workers.push(slot);
    }
  }

  readonly size: number;

  run(request: PoolRequest): Promise<PoolAnswer> {
    const slot = this.workers.reduce((least, candidate) =>
      candidate.pending < least.pending ? candidate : least,
    );
    const id = this.nextId;
    this.nextId += 1;
    slot.pending += 1;
    slot.worker.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      slot.worker.postMessage({ ...request, id });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}

let pool: BallotCheckPool | undefined;

/** The pool, or null when QUORUM_BALLOT_CHECK_THREADS=0 asks for the work on the event loop. */
function currentPool(): BallotCheckPool | null {
  const configured = process.env.QUORUM_BALLOT_CHECK_THREADS;
  const size = configured === undefined ? os.availableParallelism() : Number(configured);
  if (!Number.isInteger(size) || size <= 0) return null;
  pool ??= new BallotCheckPool(size);
  return pool;
}

/**
 * Checks the ballots of one cast (a voter's own and those they carry) on the pool; answers one
 * problem or null per ballot. QUORUM_BALLOT_CHECK_THREADS sets the pool's size (default: one per
 * core; 0 checks on the event loop).
 */
export async function checkBallots(request: CheckRequest): Promise<(BallotProblem | null)[]> {
  const threads = currentPool();
  const answer = threads ? await threads.run(request) : await checkBallotsHere(request);
  return answer as (BallotProblem | null)[];
}

/** The product of weighted ballots, a slice per thread, the slices' products multiplied here. */
export async function aggregateOnPool(
  choiceCount: number,
  weighted: WeightedBallot[],
): Promise<Ciphertext[]> {
  const threads = currentPool();
  if (!threads || weighted.length < 2 * threads.size) {
    return aggregateBallots(await loadSodiumGroup(), { choiceCount, ballots: weighted });
  }
  const size = Math.ceil(weighted.length / threads.size);
  const slices: WeightedBallot[][] = [];
  for (let from = 0; from < weighted.length; from += size) slices.push(weighted.slice(from, from + size));
  const products = await Promise.all(
    slices.map((slice) => threads.run({ choiceCount, weighted: slice }) as Promise<Ciphertext[]>),
  );
  return addProducts(await loadSodiumGroup(), products);
}

/** Stops the pool's threads (tests, shutdown); the next check starts a new pool. */
export async function closeBallotChecks(): Promise<void> {
  const current = pool;
  pool = undefined;
  await current?.close();
}
