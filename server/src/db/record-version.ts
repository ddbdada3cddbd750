import { sql } from 'kysely';

/**
 * The next version of a versioned record, raised in the statement that changes it:
 * `.set({ ...changes, version: nextVersion })`. Two writers can never both leave the same version.
 */
export const nextVersion = sql<number>`version + 1`;
