import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // Accent- and case-free copies of what people search and match on, kept up to date by the services.
  await db.schema
    .alterTable('persons')
    .addColumn('search_text', 'text', (column) => column.notNull().defaultTo(''))
    .execute();
  await db.schema.alterTable('persons').addColumn('email_consent_at', 'text').execute();
  await db.schema.alterTable('persons').addColumn('erased_at', 'text').execute();
  await db.schema.alterTable('persons').addColumn('merged_into_id', 'text').execute();
  await db.schema.createIndex('persons_search_text').on('persons').column('search_text').execute();
  await db.schema.createIndex('persons_email').on('persons').column('email').execute();

  await db.schema
    .alterTable('organisations')
    .addColumn('search_text', 'text', (column) => column.notNull().defaultTo(''))
    .execute();
  await db.schema.alterTable('organisations').addColumn('email', 'text').execute();
  await db.schema.alterTable('organisations').addColumn('notes', 'text').execute();

  await db.schema
    .createTable('person_match_keys')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('person_id', 'text', (column) => column.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('match_key', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('person_match_keys_key')
    .on('person_match_keys')
    .columns(['match_key', 'person_id'])
    .execute();
  await db.schema
    .createIndex('person_match_keys_person')
    .on('person_match_keys')
    .column('person_id')
    .execute();

  await db.schema
    .createTable('memberships')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('person_id', 'text', (column) => column.references('persons.id'))
    .addColumn('organisation_id', 'text', (column) => column.references('organisations.id'))
    .addColumn('category', 'text', (column) => column.notNull())
    .addColumn('partner_organisation_id', 'text', (column) => column.references('organisations.id'))
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('memberships_year').on('memberships').columns(['year', 'category']).execute();
  await db.schema.createIndex('memberships_person').on('memberships').column('person_id').execute();
  await db.schema
    .createIndex('memberships_organisation')
    .on('memberships')
    .column('organisation_id')
    .execute();

  await db.schema
    .createTable('membership_status_changes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('membership_id', 'text', (column) =>
      column.notNull().references('memberships.id').onDelete('cascade'),
    )
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('effective_on', 'text', (column) => column.notNull())
    .addColumn('recorded_at', 'text', (column) => column.notNull())
    .addColumn('recorded_by', 'text', (column) => column.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('membership_status_changes_membership')
    .on('membership_status_changes')
    .columns(['membership_id', 'effective_on'])
    .execute();

  await db.schema
    .createTable('fee_grid_entries')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('category', 'text', (column) => column.notNull())
    .addColumn('amount_cents', 'bigint', (column) => column.notNull())
    .addColumn('adopted_by_resolution_id', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('fee_grid_entries_year_category', ['year', 'category'])
    .execute();

  await db.schema
    .createTable('fee_calls')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('membership_id', 'text', (column) =>
      column.notNull().references('memberships.id').onDelete('cascade'),
    )
    .addColumn('amount_cents', 'bigint', (column) => column.notNull())
    .addColumn('called_on', 'text', (column) => column.notNull())
    .addColumn('due_on', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('fee_calls_membership').on('fee_calls').column('membership_id').execute();

  await db.schema
    .createTable('payments')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('membership_id', 'text', (column) =>
      column.notNull().references('memberships.id').onDelete('cascade'),
    )
    .addColumn('amount_cents', 'bigint', (column) => column.notNull())
    .addColumn('paid_on', 'text', (column) => column.notNull())
    .addColumn('method', 'text', (column) => column.notNull())
    .addColumn('reference', 'text')
    .addColumn('receipt_number', 'text', (column) => column.notNull().unique())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('payments_membership').on('payments').column('membership_id').execute();
}
