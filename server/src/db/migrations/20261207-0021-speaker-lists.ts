import type { Kysely } from 'kysely';

/**
 * The speaker list of each agenda item: whether the minutes keep it ("Interventions : …"), the time
 * given to each speaker by default, and a revision raised by every change (its row is updated first
 * in each write, so two writes to one list run one after the other, and screens keep the newest).
 * A speaker is a row of the attendance sheet: waiting, speaking (started at a server instant, for an
 * allotted number of seconds) or done.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('speaker_lists')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('assembly_id', 'text', (column) =>
      column.notNull().references('assemblies.id').onDelete('cascade'),
    )
    .addColumn('agenda_item_id', 'text', (column) =>
      column.notNull().references('agenda_items.id').onDelete('cascade'),
    )
    .addColumn('is_kept', 'integer', (column) => column.notNull().defaultTo(1))
    .addColumn('seconds_per_speaker', 'integer', (column) => column.notNull())
    .addColumn('revision', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('speaker_lists_item', ['assembly_id', 'agenda_item_id'])
    .execute();

  await db.schema
    .createTable('speakers')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('list_id', 'text', (column) =>
      column.notNull().references('speaker_lists.id').onDelete('cascade'),
    )
    .addColumn('attendance_id', 'text', (column) =>
      column.notNull().references('attendances.id').onDelete('cascade'),
    )
    /** waiting | speaking | done */
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('allotted_seconds', 'integer', (column) => column.notNull())
    .addColumn('asked_at', 'text', (column) => column.notNull())
    .addColumn('started_at', 'text')
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema.createIndex('speakers_list').on('speakers').columns(['list_id', 'position']).execute();
  await db.schema.createIndex('speakers_attendance').on('speakers').column('attendance_id').execute();
}
