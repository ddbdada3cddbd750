import type { DbOrTransaction } from '../../db/database.ts';
import { AppError } from '../../http/app-error.ts';
import type { AssemblyRow } from './assemblies.repository.ts';
import { arrivalUndoRefusal, departureUndoRefusal } from './attendance-undo.ts';
import { parseFrozenQuorum } from './quorum.ts';
import { latestMinutesState, listVoteInstants, type findAttendance } from './attendance.repository.ts';

type AttendanceRow = NonNullable<Awaited<ReturnType<typeof findAttendance>>>;

/**
 * Refuses (409, with the reason) the undo of an arrival or of a departure once something was decided on it.
 * Called inside the undo's transaction, so a vote opened meanwhile is seen.
 */
export async function requireUndoAllowed(
  db: DbOrTransaction,
  assembly: AssemblyRow,
  row: AttendanceRow,
  action: 'undo' | 'undo_leave',
): Promise<void> {
  const facts = {
    row: {
      status: row.status,
      membershipId: row.membership_id,
      arrivedAt: row.arrived_at,
      leftAt: row.left_at,
    },
    quorumFrozenAt: assembly.quorum_snapshot
      ? (parseFrozenQuorum<{ frozenAt?: string }>(assembly.quorum_snapshot).frozenAt ??
        assembly.actual_start_at)
      : null,
    voteInstants: await listVoteInstants(db, assembly.id),
    minutesState: await latestMinutesState(db, assembly.id),
  };
  const refusal = action === 'undo' ? arrivalUndoRefusal(facts) : departureUndoRefusal(facts);
  if (refusal) throw new AppError(refusal);
}

/** Refuses to undo or correct a recorded vote once the minutes that print it are approved. */
export async function requireMinutesNotApproved(db: DbOrTransaction, assemblyId: string): Promise<void> {
  const state = await latestMinutesState(db, assemblyId);
  if (state === 'approved' || state === 'signed') throw new AppError('undo_after_minutes_approved');
}
