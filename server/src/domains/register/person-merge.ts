import type { DbOrTransaction } from '../../db/database.ts';
import type { TableName } from '../../db/tables.ts';

/** One re-pointing: the rows of `from` go to `into`, `from` being a person or a membership. */
export interface MergeStep {
  from: string;
  into: string;
}

/** A column that references `persons.id` or `memberships.id`. */
export interface MergedColumn {
  table: TableName;
  column: string;
}

/**
 * How one domain follows a merge of two persons. Every column of its tables that references a
 * person or a membership is listed in `columns` (a test reads the foreign keys of both engines'
 * catalogs and fails for any column no handler lists), and re-pointed by the functions below.
 *
 * A merge runs, in one transaction:
 * 1. `pairMemberships`: the memberships of the removed person joined into one of the kept person's
 *    (the memberships domain: same year). Only one handler answers it.
 * 2. `repointMembership` of every handler, for each pair: what pointed at the joined membership now
 *    points at the kept one. Nothing may point at `from` afterwards: it is then deleted.
 * 3. `repointPerson` of every handler: what pointed at the removed person now points at the kept one.
 */
export interface PersonMergeHandler {
  domain: string;
  columns: readonly MergedColumn[];
  pairMemberships?(transaction: DbOrTransaction, persons: MergeStep): Promise<MergeStep[]>;
  repointMembership?(transaction: DbOrTransaction, memberships: MergeStep): Promise<void>;
  repointPerson?(transaction: DbOrTransaction, persons: MergeStep): Promise<void>;
  /** What moves, counted before the merge (shown in its preview), by name. */
  countLinks?(db: DbOrTransaction, personId: string): Promise<Record<string, number>>;
}

const handlers = new Map<string, PersonMergeHandler>();

/** Called once by each domain's person-merge file (listed in server/src/person-merge-handlers.ts). */
export function registerPersonMerge(handler: PersonMergeHandler): void {
  if (handlers.has(handler.domain)) throw new Error(`person merge of ${handler.domain} registered twice`);
  for (const declared of handler.columns) {
    for (const other of handlers.values()) {
      if (
        other.columns.some((column) => column.table === declared.table && column.column === declared.column)
      )
        throw new Error(`${declared.table}.${declared.column} is re-pointed by ${other.domain} already`);
    }
  }
  handlers.set(handler.domain, handler);
}

export function personMergeHandlers(): PersonMergeHandler[] {
  return [...handlers.values()];
}

/**
 * Re-points every registered link of `from` (the removed person) to `into` (the kept one), in the
 * transaction given; answers the memberships joined.
 */
export async function repointPersonLinks(
  transaction: DbOrTransaction,
  persons: MergeStep,
): Promise<MergeStep[]> {
  const all = personMergeHandlers();
  const pairs: MergeStep[] = [];
  for (const handler of all) pairs.push(...((await handler.pairMemberships?.(transaction, persons)) ?? []));
  for (const pair of pairs) {
    for (const handler of all) await handler.repointMembership?.(transaction, pair);
  }
  for (const handler of all) await handler.repointPerson?.(transaction, persons);
  return pairs;
}

/** What a merge would move, by name, summed over the domains. */
export async function countPersonLinks(
  db: DbOrTransaction,
  personId: string,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const handler of personMergeHandlers()) {
    for (const [name, count] of Object.entries((await handler.countLinks?.(db, personId)) ?? {}))
      counts[name] = (counts[name] ?? 0) + count;
  }
  return counts;
}
