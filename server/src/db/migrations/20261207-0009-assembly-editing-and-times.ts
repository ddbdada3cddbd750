import type { Kysely } from 'kysely';

/**
 * Assemblies edited after their creation and sessions recorded as they happen or after: the video link of a
 * hybrid or remote meeting; its scrutineers (persons of the register, in order); the instant from which a
 * member on the sheet votes (a member who joins or renews during the meeting); how many members could
 * vote when a show of hands was recorded.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('assemblies').addColumn('video_link', 'text').execute();

  await db.schema
    .createTable('assembly_scrutineers')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('assembly_id', 'text', (column) =>
      column.notNull().references('assemblies.id').onDelete('cascade'),
    )
    .addColumn('person_id', 'text', (column) => column.notNull().references('persons.id'))
    .addColumn('position', 'integer', (column) => column.notNull())
    .addUniqueConstraint('assembly_scrutineers_person', ['assembly_id', 'person_id'])
    .execute();

  /** From when the row's vote counts (UTC instant); null: from the arrival. */
  await db.schema.alterTable('attendances').addColumn('votes_from', 'text').execute();

  /** Members present or represented (and their weight) at the time of the vote, as recorded. */
  await db.schema.alterTable('resolutions').addColumn('eligible_count', 'integer').execute();
  await db.schema.alterTable('resolutions').addColumn('eligible_weight', 'integer').execute();
}
