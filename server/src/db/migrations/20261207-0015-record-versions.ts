import type { Kysely } from 'kysely';

/**
 * Every record staff edit through a form carries a version, raised by each update in the same
 * statement, so that a write made on a stale copy is refused (409 `stale_version`) instead of
 * silently undoing someone else's change. Existing rows start at 1.
 */
export const versionedTables = [
  'association',
  'persons',
  'organisations',
  'memberships',
  'membership_categories',
  'membership_rates',
  'register_fields',
  'statutes_versions',
  'assemblies',
  'budgets',
  'annual_accounts',
  'staff_functions',
  'minutes_sections',
  'mandates',
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of versionedTables) {
    await db.schema
      .alterTable(table)
      .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
      .execute();
  }
}
