import type { Kysely } from 'kysely';

/**
 * Two-factor sign-in (TOTP, RFC 6238). An account keeps its secret while enrolling
 * (totp_pending_secret, until a first code confirms it), then in totp_secret with the day it was
 * turned on and the last time step accepted (a code is never accepted twice). Recovery codes are
 * kept hashed, single use. The association may require it of administrators and treasurers.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('totp_secret', 'text').execute();
  await db.schema.alterTable('users').addColumn('totp_pending_secret', 'text').execute();
  await db.schema.alterTable('users').addColumn('totp_enabled_at', 'text').execute();
  await db.schema.alterTable('users').addColumn('totp_last_step', 'integer').execute();
  await db.schema
    .createTable('recovery_codes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('user_id', 'text', (column) => column.notNull().references('users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (column) => column.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('recovery_codes_user_id').on('recovery_codes').column('user_id').execute();
  await db.schema
    .alterTable('association')
    .addColumn('two_factor_required', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();
}
