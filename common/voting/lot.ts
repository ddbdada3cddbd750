import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * Drawing lots, deterministically. Where a rule says "the returning officer shall decide by lot",
 * the caller gives a seed (for instance drawn by the chair in the hall, or the poll's id and closing
 * time) and the draw is a function of it that anyone can redo: each candidate in the draw gets the
 * ticket SHA-256(seed, "\n", the draw's context, "\n", candidate id) in hexadecimal, and the draw
 * picks the candidate with the smallest ticket. The order candidates are listed in plays no part.
 */
export interface LotRecord {
  /** What the draw decided, e.g. "stage 4: exclusion". */
  context: string;
  seed: string;
  candidates: string[];
  tickets: Record<string, string>;
  chosen: string;
}

export function drawLot(seed: string, context: string, candidates: readonly string[]): LotRecord {
  if (candidates.length === 0) throw new Error('a draw needs candidates');
  const tickets: Record<string, string> = {};
  for (const optionId of candidates)
    tickets[optionId] = bytesToHex(sha256(utf8ToBytes(`${seed}\n${context}\n${optionId}`)));
  const chosen = [...candidates].sort((a, b) =>
    tickets[a]! < tickets[b]! ? -1 : tickets[a]! > tickets[b]! ? 1 : 0,
  )[0]!;
  return { context, seed, candidates: [...candidates], tickets, chosen };
}
