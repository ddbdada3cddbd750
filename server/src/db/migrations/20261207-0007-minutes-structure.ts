import type { Kysely } from 'kysely';

/**
 * A question asked at an assembly may belong to an item of its agenda: the minutes print it under
 * that item. Null: a question of its own, printed with the other questions.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('questions').addColumn('agenda_item_id', 'text').execute();
}
