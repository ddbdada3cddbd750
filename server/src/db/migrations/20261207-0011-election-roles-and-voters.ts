import type { Kysely } from 'kysely';

/**
 * An election by show of hands gives each elected person their role and dates in the step that records
 * the count (kept on the candidate until the chair proclaims them), and records how many members could
 * vote at its time, as a resolution does.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('elections').addColumn('eligible_count', 'integer').execute();
  await db.schema.alterTable('elections').addColumn('eligible_weight', 'integer').execute();
  /** The role the candidate takes once elected (null: administrateur·rice), its title form and dates. */
  await db.schema.alterTable('election_candidates').addColumn('role', 'text').execute();
  await db.schema.alterTable('election_candidates').addColumn('title_form', 'text').execute();
  /** Null: the election's own dates. */
  await db.schema.alterTable('election_candidates').addColumn('mandate_starts_on', 'text').execute();
  await db.schema.alterTable('election_candidates').addColumn('mandate_ends_on', 'text').execute();
  /** 1 when the mandate's end was given with the role (then a null end means "no end"). */
  await db.schema
    .alterTable('election_candidates')
    .addColumn('has_own_dates', 'integer', (column) => column.notNull().defaultTo(0))
    .execute();
}
