import type { Kysely } from 'kysely';

/**
 * Rate-limit counters in the database, so that every server process sharing it counts the same
 * attempts: one row a key (a route and an address, an account or a link, hashed), its count in the
 * current window and when that window ends (milliseconds since the epoch). Transient: not archived.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (column) => column.primaryKey())
    .addColumn('count', 'integer', (column) => column.notNull())
    .addColumn('window_ends_at', 'bigint', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('rate_limits_window_ends_at')
    .on('rate_limits')
    .column('window_ends_at')
    .execute();
}
