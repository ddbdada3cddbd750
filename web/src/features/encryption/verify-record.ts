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
  | { isValid: true; verified: VerifiedRecord; record: PollRecord }
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
    return { isValid: true, verified: verifyRecordTally(nobleGroup, checked, weights), record: checked };
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
