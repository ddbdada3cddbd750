import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('statutes_versions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('effective_from', 'text', (column) => column.notNull())
    /** JSON: the membership categories whose members vote, and each one's weight. */
    .addColumn('voting_weights', 'text', (column) => column.notNull())
    .addColumn('requires_fee_paid', 'integer', (column) => column.notNull())
    .addColumn('ordinary_quorum', 'text')
    .addColumn('extraordinary_quorum', 'text')
    .addColumn('do_proxies_count', 'integer', (column) => column.notNull())
    .addColumn('is_second_convocation_free', 'integer', (column) => column.notNull())
    .addColumn('max_proxies_per_holder', 'integer', (column) => column.notNull())
    .addColumn('does_remote_count', 'integer', (column) => column.notNull())
    .addColumn('default_majority', 'text', (column) => column.notNull())
    .addColumn('notice_days', 'integer', (column) => column.notNull())
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('created_by', 'text', (column) => column.references('users.id').onDelete('set null'))
    .execute();

  await db.schema
    .createTable('assemblies')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('slug', 'text', (column) => column.notNull().unique())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('held_on', 'text', (column) => column.notNull())
    .addColumn('place', 'text', (column) => column.notNull())
    .addColumn('planned_start_at', 'text', (column) => column.notNull())
    .addColumn('planned_end_at', 'text')
    .addColumn('actual_start_at', 'text')
    .addColumn('actual_end_at', 'text')
    .addColumn('chair_person_id', 'text', (column) => column.references('persons.id'))
    .addColumn('secretary_person_id', 'text', (column) => column.references('persons.id'))
    .addColumn('membership_year', 'integer', (column) => column.notNull())
    .addColumn('is_second_convocation', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('statutes_version_id', 'text', (column) => column.references('statutes_versions.id'))
    .addColumn('quorum_snapshot', 'text')
    .addColumn('current_agenda_item_id', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('agenda_items')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('assembly_id', 'text', (column) =>
      column.notNull().references('assemblies.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('presenter', 'text')
    .addColumn('planned_minutes', 'integer')
    .execute();
  await db.schema
    .createIndex('agenda_items_assembly')
    .on('agenda_items')
    .columns(['assembly_id', 'position'])
    .execute();

  await db.schema
    .createTable('attendances')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('assembly_id', 'text', (column) =>
      column.notNull().references('assemblies.id').onDelete('cascade'),
    )
    .addColumn('person_id', 'text', (column) => column.references('persons.id'))
    .addColumn('organisation_id', 'text', (column) => column.references('organisations.id'))
    /** The membership whose vote this row carries; null for staff and guests. */
    .addColumn('membership_id', 'text', (column) => column.references('memberships.id'))
    .addColumn('label', 'text')
    .addColumn('role', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('arrived_at', 'text')
    .addColumn('left_at', 'text')
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('attendances_assembly')
    .on('attendances')
    .columns(['assembly_id', 'position'])
    .execute();
  await db.schema
    .createIndex('attendances_person')
    .on('attendances')
    .columns(['assembly_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('proxies')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('assembly_id', 'text', (column) =>
      column.notNull().references('assemblies.id').onDelete('cascade'),
    )
    .addColumn('giver_membership_id', 'text', (column) => column.notNull().references('memberships.id'))
    .addColumn('holder_membership_id', 'text', (column) => column.notNull().references('memberships.id'))
    .addColumn('source', 'text', (column) => column.notNull())
    .addColumn('given_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('proxies_assembly_giver', ['assembly_id', 'giver_membership_id'])
    .execute();

  await db.schema
    .createTable('questions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('assembly_id', 'text', (column) =>
      column.notNull().references('assemblies.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('asked_by_person_id', 'text', (column) => column.references('persons.id'))
    .addColumn('asked_by_label', 'text')
    .addColumn('question', 'text', (column) => column.notNull())
    .addColumn('answer', 'text')
    .execute();

  await db.schema
    .createTable('workshops')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('assembly_id', 'text', (column) =>
      column.notNull().references('assemblies.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('topic', 'text', (column) => column.notNull())
    .addColumn('minutes', 'integer')
    /** JSON arrays of strings: the group's problem statements and its proposals. */
    .addColumn('problems', 'text', (column) => column.notNull())
    .addColumn('proposals', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('workshop_members')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('workshop_id', 'text', (column) =>
      column.notNull().references('workshops.id').onDelete('cascade'),
    )
    .addColumn('attendance_id', 'text', (column) =>
      column.notNull().references('attendances.id').onDelete('cascade'),
    )
    .execute();
}
