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
