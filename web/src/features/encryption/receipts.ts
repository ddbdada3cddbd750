/** The trackers of the ballots this phone sent, kept so the voter can look for them in the ballot box. */
export interface BallotReceipt {
  memberName: string;
  tracker: string;
}

const storageKey = (pollId: string) => `quorum.receipts.${pollId}`;

export function readReceipts(pollId: string): BallotReceipt[] {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(storageKey(pollId)) ?? '[]');
    return Array.isArray(stored) ? (stored as BallotReceipt[]) : [];
  } catch {
    return [];
  }
}

export function keepReceipts(pollId: string, receipts: readonly BallotReceipt[]): void {
  try {
    window.localStorage.setItem(storageKey(pollId), JSON.stringify([...readReceipts(pollId), ...receipts]));
  } catch {
    // A private window may refuse storage: the receipt is still on screen.
  }
}

/** The short form read out or compared by eye; the ballot box lists whole trackers. */
export function shortTracker(tracker: string): string {
  return tracker.slice(0, 8);
}

export function ballotBoxPath(pollId: string): string {
  return `/verify#poll=${encodeURIComponent(pollId)}`;
}

/**
 * What a phone keeps of its own cast, shown again after a reload: when the server acknowledged it, and
 * the short code of the cast's key (a plain secret poll's receipt).
 */
export interface CastConfirmation {
  at: string;
  code: string;
}

const castStorageKey = (pollId: string) => `quorum.cast.${pollId}`;

/**
 * "3F2A-9C1B": the start of the key the phone made for its cast. The server keeps that key with the
 * voter's participation in the poll, never with the ballot, so the code shows a vote was received
 * and nothing of its choice.
 */
export function castCode(key: string): string {
  const letters = key.replace(/[^0-9a-f]/gi, '').toUpperCase();
  return `${letters.slice(0, 4)}-${letters.slice(4, 8)}`;
}

export function readCast(pollId: string): CastConfirmation | null {
  try {
    const stored = JSON.parse(window.localStorage.getItem(castStorageKey(pollId)) ?? 'null') as unknown;
    const isCast =
      typeof stored === 'object' &&
      stored !== null &&
      typeof (stored as CastConfirmation).at === 'string' &&
      typeof (stored as CastConfirmation).code === 'string';
    return isCast ? (stored as CastConfirmation) : null;
  } catch {
    return null;
  }
}

export function keepCast(pollId: string, cast: CastConfirmation): void {
  try {
    window.localStorage.setItem(castStorageKey(pollId), JSON.stringify(cast));
  } catch {
    // As for the trackers: the confirmation is still on screen.
  }
}
