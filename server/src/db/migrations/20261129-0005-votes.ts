import { SqliteAdapter, sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const isSqlite = db.getExecutor().adapter instanceof SqliteAdapter;

  await db.schema
    .createTable('resolutions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('assembly_id', 'text', (column) =>
      column.notNull().references('assemblies.id').onDelete('cascade'),
    )
    .addColumn('agenda_item_id', 'text', (column) => column.notNull().references('agenda_items.id'))
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('title', 'text', (column) => column.notNull())
    /** The operative clause, printed after "L'Assemblée Générale". */
    .addColumn('text', 'text', (column) => column.notNull())
    .addColumn('text_en', 'text')
    /** A paragraph the minutes print after the outcome. */
    .addColumn('note', 'text')
    .addColumn('majority', 'text', (column) => column.notNull())
    .addColumn('base', 'text', (column) => column.notNull())
    .addColumn('method', 'text', (column) => column.notNull())
    /** counts | unanimous | adopted | rejected; null until decided. */
    .addColumn('recorded_as', 'text')
    .addColumn('votes_for', 'integer')
    .addColumn('votes_against', 'integer')
    .addColumn('votes_abstain', 'integer')
    .addColumn('votes_blank', 'integer')
    .addColumn('is_adopted', 'integer')
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema
    .createIndex('resolutions_assembly')
    .on('resolutions')
    .columns(['assembly_id', 'position'])
    .execute();

  await db.schema
    .createTable('elections')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('assembly_id', 'text', (column) =>
      column.notNull().references('assemblies.id').onDelete('cascade'),
    )
    .addColumn('agenda_item_id', 'text', (column) => column.notNull().references('agenda_items.id'))
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('seats', 'integer', (column) => column.notNull())
    .addColumn('is_secret', 'integer', (column) => column.notNull())
    .addColumn('mandate_starts_on', 'text', (column) => column.notNull())
    .addColumn('mandate_ends_on', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('election_candidates')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('election_id', 'text', (column) =>
      column.notNull().references('elections.id').onDelete('cascade'),
    )
    .addColumn('person_id', 'text', (column) => column.notNull().references('persons.id'))
    .addColumn('label', 'text', (column) => column.notNull())
    .addColumn('position', 'integer', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('polls')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('assembly_id', 'text', (column) =>
      column.notNull().references('assemblies.id').onDelete('cascade'),
    )
    .addColumn('resolution_id', 'text', (column) => column.references('resolutions.id'))
    .addColumn('election_id', 'text', (column) => column.references('elections.id'))
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('is_secret', 'integer', (column) => column.notNull())
    .addColumn('max_choices', 'integer', (column) => column.notNull())
    /** open | closed | cancelled */
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('eligible_count', 'integer', (column) => column.notNull())
    .addColumn('eligible_weight', 'integer', (column) => column.notNull())
    .addColumn('opened_at', 'text', (column) => column.notNull())
    .addColumn('closed_at', 'text')
    /** JSON: the tally at close. */
    .addColumn('result', 'text')
    .execute();
  await db.schema.createIndex('polls_assembly').on('polls').columns(['assembly_id', 'status']).execute();

  await db.schema
    .createTable('poll_options')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('poll_id', 'text', (column) => column.notNull().references('polls.id').onDelete('cascade'))
    .addColumn('position', 'integer', (column) => column.notNull())
    /** for / against / abstain / blank for a resolution; the candidate for an election. */
    .addColumn('code', 'text', (column) => column.notNull())
    .addColumn('label', 'text', (column) => column.notNull())
    .addColumn('person_id', 'text', (column) => column.references('persons.id'))
    .addUniqueConstraint('poll_options_code', ['poll_id', 'code'])
    .execute();

  /** Who may vote (frozen at the opening) and who has: the participation record, never the choice. */
  await db.schema
    .createTable('poll_voters')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('poll_id', 'text', (column) => column.notNull().references('polls.id').onDelete('cascade'))
    .addColumn('membership_id', 'text', (column) => column.notNull().references('memberships.id'))
    /** The member present in the room who casts this vote: the member, or their proxy holder. */
    .addColumn('holder_membership_id', 'text', (column) => column.notNull().references('memberships.id'))
    .addColumn('member_name', 'text', (column) => column.notNull())
    .addColumn('weight', 'integer', (column) => column.notNull())
    .addColumn('has_voted', 'integer', (column) => column.notNull())
    /** The phone's key for the cast: a retried request is recognised here, not in the ballots. */
    .addColumn('cast_key', 'text')
    .addUniqueConstraint('poll_voters_member', ['poll_id', 'membership_id'])
    .execute();
  await db.schema
    .createIndex('poll_voters_holder')
    .on('poll_voters')
    .columns(['poll_id', 'holder_membership_id'])
    .execute();

  /**
   * The ballots. For a secret poll: a random id, the poll, the choices and the weight — no voter,
   * no time, no key; written in shuffled batches, and on SQLite without rowid so that the storage
   * order is the random id's, not the order of arrival. A named poll also records the member.
   */
  let ballots = db.schema
    .createTable('ballots')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('poll_id', 'text', (column) => column.notNull().references('polls.id').onDelete('cascade'))
    .addColumn('choices', 'text', (column) => column.notNull())
    .addColumn('weight', 'integer', (column) => column.notNull())
    .addColumn('membership_id', 'text', (column) => column.references('memberships.id'));
  if (isSqlite) ballots = ballots.modifyEnd(sql`without rowid`);
  await ballots.execute();
  await db.schema.createIndex('ballots_poll').on('ballots').columns(['poll_id']).execute();

  await db.schema
    .createTable('mandates')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('person_id', 'text', (column) => column.notNull().references('persons.id'))
    /** president | vice_president | treasurer | secretary | board_member | executive_director */
    .addColumn('role', 'text', (column) => column.notNull())
    .addColumn('printed_name', 'text')
    .addColumn('organisation_label', 'text')
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('starts_on', 'text', (column) => column.notNull())
    .addColumn('ends_on', 'text')
    .addColumn('election_id', 'text', (column) => column.references('elections.id'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
}
