/**
 * When a mistake on the attendance sheet may still be undone (pure rules; ARCHITECTURE.md, "Undoing a
 * mistake"). An undo erases the record as if it had never been made, so it is allowed only while nothing
 * was decided on it: the quorum frozen at the opening and every vote's voters are facts of the minutes,
 * and a record they counted is corrected forward (a departure, a new arrival), never erased.
 */

export type UndoRefusal =
  | 'undo_after_minutes_approved'
  | 'not_checked_in'
  | 'arrival_in_frozen_quorum'
  | 'arrival_counted_in_vote'
  | 'not_left'
  | 'departure_in_frozen_quorum'
  | 'departure_counted_in_vote';

export interface UndoFacts {
  /** The row as it stands. */
  row: {
    status: string;
    membershipId: string | null;
    arrivedAt: string | null;
    leftAt: string | null;
  };
  /** When the session opened, if its quorum is frozen. */
  quorumFrozenAt: string | null;
  /** The instants the assembly voted (polls opened, shows of hands recorded). */
  voteInstants: readonly string[];
  /** The latest minutes' state, or null. */
  minutesState: string | null;
}

const isBeforeApproval = (state: string | null) => state !== 'approved' && state !== 'signed';

/**
 * Undoing an arrival (or an excuse): refused when the row's vote was counted in the frozen quorum or
 * at a vote while the person was in the room. A row without a vote (a guest, staff) counts in neither.
 */
export function arrivalUndoRefusal(facts: UndoFacts): UndoRefusal | null {
  const { row } = facts;
  if (!isBeforeApproval(facts.minutesState)) return 'undo_after_minutes_approved';
  if (row.status === 'excused') return null;
  if (row.status !== 'present' && row.status !== 'remote') return 'not_checked_in';
  if (!row.membershipId) return null;
  // Counted from its arrival (a row without one: from the start) until its departure.
  const wasInRoomAt = (instant: string) =>
    (row.arrivedAt === null || row.arrivedAt <= instant) && (row.leftAt === null || instant < row.leftAt);
  if (facts.quorumFrozenAt && wasInRoomAt(facts.quorumFrozenAt)) return 'arrival_in_frozen_quorum';
  if (facts.voteInstants.some(wasInRoomAt)) return 'arrival_counted_in_vote';
  return null;
}

/**
 * Undoing a departure (the person never left): refused when their absence was counted, in the quorum
 * frozen after they left or at a vote held since.
 */
export function departureUndoRefusal(facts: UndoFacts): UndoRefusal | null {
  const { row } = facts;
  if (!isBeforeApproval(facts.minutesState)) return 'undo_after_minutes_approved';
  if (row.leftAt === null) return 'not_left';
  if (!row.membershipId) return null;
  const leftAt = row.leftAt;
  if (facts.quorumFrozenAt && leftAt <= facts.quorumFrozenAt) return 'departure_in_frozen_quorum';
  if (facts.voteInstants.some((instant) => instant >= leftAt)) return 'departure_counted_in_vote';
  return null;
}
