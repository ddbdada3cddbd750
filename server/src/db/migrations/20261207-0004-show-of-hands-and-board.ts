import type { Kysely } from 'kysely';

/**
 * Show of hands and the board: the time a resolution was voted; an election held by show of hands (on
 * one list, or candidate by candidate) with its counts; the outgoing board members of an election and
 * whether each stands again; the board roles an association adds; the title form of a mandate.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  /** The instant the resolution was voted (typed HH:MM, or the time of the record). */
  await db.schema.alterTable('resolutions').addColumn('voted_at', 'text').execute();

  /** How the officer's title is printed: feminine | masculine | neutral (inclusive); null is neutral. */
  await db.schema.alterTable('mandates').addColumn('title_form', 'text').execute();

  /** poll | show_of_hands_list | show_of_hands_candidates */
  await db.schema
    .alterTable('elections')
    .addColumn('method', 'text', (column) => column.notNull().defaultTo('poll'))
    .execute();
  // The list's show of hands: counts, unanimous, or only adopted / rejected (as a resolution's).
  await db.schema.alterTable('elections').addColumn('recorded_as', 'text').execute();
  await db.schema.alterTable('elections').addColumn('votes_for', 'integer').execute();
  await db.schema.alterTable('elections').addColumn('votes_against', 'integer').execute();
  await db.schema.alterTable('elections').addColumn('votes_abstain', 'integer').execute();
  await db.schema.alterTable('elections').addColumn('votes_blank', 'integer').execute();
  await db.schema.alterTable('elections').addColumn('voted_at', 'text').execute();

  // A candidate's own show of hands (election candidate by candidate), and whether the count elects them.
  await db.schema.alterTable('election_candidates').addColumn('votes_for', 'integer').execute();
  await db.schema.alterTable('election_candidates').addColumn('votes_against', 'integer').execute();
  await db.schema.alterTable('election_candidates').addColumn('votes_abstain', 'integer').execute();
  await db.schema.alterTable('election_candidates').addColumn('votes_blank', 'integer').execute();
  await db.schema.alterTable('election_candidates').addColumn('is_elected', 'integer').execute();

  /** The board members whose mandate the election renews, and whether each stands again. */
  await db.schema
    .createTable('election_outgoing')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('election_id', 'text', (column) =>
      column.notNull().references('elections.id').onDelete('cascade'),
    )
    .addColumn('mandate_id', 'text', (column) => column.notNull().references('mandates.id'))
    .addColumn('is_standing_again', 'integer', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addUniqueConstraint('election_outgoing_mandate', ['election_id', 'mandate_id'])
    .execute();

  /** Roles the association adds beside the built-in ones, its labels in each language and form. */
  await db.schema
    .createTable('board_roles')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('code', 'text', (column) => column.notNull().unique())
    .addColumn('label_fr_masculine', 'text', (column) => column.notNull())
    .addColumn('label_fr_feminine', 'text', (column) => column.notNull())
    .addColumn('label_fr_neutral', 'text', (column) => column.notNull())
    .addColumn('label_en_masculine', 'text', (column) => column.notNull())
    .addColumn('label_en_feminine', 'text', (column) => column.notNull())
    .addColumn('label_en_neutral', 'text', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
}
