import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkBallot, type BallotProblem, type PollParameters } from '../../../common/crypto/ballot.ts';
import { loadSodiumGroup } from './sodium-group.ts';

/**
 * The server checks every encrypted ballot's proofs before acknowledging it: a few milliseconds of
 * arithmetic each, so they run on a pool of worker threads (one per core) and the event loop keeps
 * answering check-ins, screens and other casts meanwhile. A ballot is checked once, whole; the
 * caller writes only the ballots found valid.
 */

interface CheckRequest {
  id: number;
  parameters: PollParameters;
  fingerprint: string;
  ballots: unknown[];
}

/** Checks ballots on this thread: what each worker runs, and the fallback for one ballot. */
export async function checkBallotsHere(request: Omit<CheckRequest, 'id'>): Promise<(BallotProblem | null)[]> {
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
  const { checkBallotsHere } = await import(workerData.module);
  parentPort.on('message', async (request) => {
    try {
      parentPort.postMessage({ id: request.id, problems: await checkBallotsHere(request) });
    } catch (error) {
      parentPort.postMessage({ id: request.id, error: String((error && error.stack) || error) });
    }
  });
  parentPort.postMessage({ ready: true });
})();
`;

type WorkerAnswer = { id: number; problems: (BallotProblem | null)[] } | { id: number; error: string };

class BallotCheckPool {
  private readonly workers: { worker: Worker; pending: number }[] = [];
  private readonly waiting = new Map<
    number,
    { resolve: (value: (BallotProblem | null)[]) => void; reject: (error: Error) => void }
  >();
  private nextId = 1;

  constructor(size: number) {
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
        else waiter.resolve(answer.problems);
      });
      worker.on('error', (error) => {
        for (const waiter of this.waiting.values()) waiter.reject(error);
        this.waiting.clear();
      });
      worker.unref();
      this.workers.push(slot);
    }
  }

  check(request: Omit<CheckRequest, 'id'>): Promise<(BallotProblem | null)[]> {
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

/**
 * Checks the ballots of one cast (a voter's own and those they carry) on the pool; answers one
 * problem or null per ballot. QUORUM_BALLOT_CHECK_THREADS sets the pool's size (default: one per
 * core; 0 checks on the event loop).
 */
export function checkBallots(request: Omit<CheckRequest, 'id'>): Promise<(BallotProblem | null)[]> {
  const configured = process.env.QUORUM_BALLOT_CHECK_THREADS;
  const size = configured === undefined ? os.availableParallelism() : Number(configured);
  if (!Number.isInteger(size) || size <= 0) return checkBallotsHere(request);
  pool ??= new BallotCheckPool(size);
  return pool.check(request);
}

/** Stops the pool's threads (tests, shutdown); the next check starts a new pool. */
export async function closeBallotChecks(): Promise<void> {
  const current = pool;
  pool = undefined;
  await current?.close();
}
