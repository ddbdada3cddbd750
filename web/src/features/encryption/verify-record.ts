import { nobleGroup } from '../../../../common/crypto/group.ts';
import {
  RecordError,
  verifyRecordBallot,
  verifyRecordFrame,
  verifyRecordTally,
  type PollRecord,
  type RecordProblem,
  type VerifiedRecord,
} from '../../../../common/crypto/record.ts';

export type { RecordProblem, VerifiedRecord };

export type Verification =
  | { isValid: true; verified: VerifiedRecord; threshold: number; fingerprint: string }
  | { isValid: false; problem: RecordProblem; detail: string | undefined };

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * verifyRecord, in steps: the frame, then the ballots a few at a time (the page stays responsive and
 * shows how far it is), then the tally and the decryptions. Answers the first problem found.
 */
export async function verifyInSteps(
  record: unknown,
  onProgress: (checked: number, total: number) => void,
): Promise<Verification> {
  try {
    const weights = verifyRecordFrame(nobleGroup, record);
    const checked = record as PollRecord;
    const total = checked.ballots.length;
    onProgress(0, total);
    for (const [position, entry] of checked.ballots.entries()) {
      verifyRecordBallot(nobleGroup, checked, entry, position);
      if (position % 4 === 3) {
        onProgress(position + 1, total);
        await pause();
      }
    }
    onProgress(total, total);
    await pause();
    return {
      isValid: true,
      verified: verifyRecordTally(nobleGroup, checked, weights),
      threshold: checked.ceremony.threshold,
      fingerprint: checked.fingerprint,
    };
  } catch (error) {
    if (error instanceof RecordError) return { isValid: false, problem: error.problem, detail: error.detail };
    // A record too broken for the checks themselves (a field of the wrong type) is malformed.
    return {
      isValid: false,
      problem: 'malformed',
      detail: error instanceof Error ? error.message : undefined,
    };
  }
}

type WorkerMessage =
  { kind: 'progress'; checked: number; total: number } | { kind: 'done'; verification: Verification };

/**
 * The same check on a Web Worker, so that the page answers while thousands of proofs are checked;
 * where a worker cannot start, on this thread in steps.
 */
export function verifyOffThread(
  record: unknown,
  onProgress: (checked: number, total: number) => void,
): Promise<Verification> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./verify.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return verifyInSteps(record, onProgress);
  }
  return new Promise((resolve) => {
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      if (event.data.kind === 'progress') onProgress(event.data.checked, event.data.total);
      else {
        worker.terminate();
        resolve(event.data.verification);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(verifyInSteps(record, onProgress));
    };
    worker.postMessage(record);
  });
}

/** What the worker runs: one record in, its progress and its verification out. */
export function serveVerification(scope: {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage: (message: WorkerMessage) => void;
}): void {
  scope.onmessage = (event) => {
    void verifyInSteps(event.data, (checked, total) =>
      scope.postMessage({ kind: 'progress', checked, total }),
    ).then((verification) => scope.postMessage({ kind: 'done', verification }));
  };
}
