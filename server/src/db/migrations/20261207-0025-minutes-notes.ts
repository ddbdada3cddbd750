import type { Kysely } from 'kysely';

/**
 * The secretary's notes under each agenda item, typed as the meeting goes: one per item and version
 * of the minutes, versioned like a section (a write on an older version is refused).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('minutes_item_notes')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('minutes_id', 'text', (column) =>
      column.notNull().references('minutes.id').onDelete('cascade'),
    )
    .addColumn('agenda_item_id', 'text', (column) =>
      column.notNull().references('agenda_items.id').onDelete('cascade'),
    )
    /** Markdown, printed under the item in the minutes. */
    .addColumn('markdown', 'text', (column) => column.notNull())
    .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('minutes_item_notes_item', ['minutes_id', 'agenda_item_id'])
    .execute();
}
