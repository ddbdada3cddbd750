import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The words a person is searched by (names, e-mail, organisations; normalised), one row each, so a
 * search finds its candidates through an index range (word LIKE 'dup%') instead of reading every
 * person. The index on persons.search_text served no search (LIKE '%…%' cannot use it): dropped.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  // SQLite turns word LIKE 'dup%' into an index range when the column's collation is NOCASE (the
  // words are already lower case); PostgreSQL when the index uses text_pattern_ops.
  await db.schema
    .createTable('person_search_words')
    // No foreign key: a derived index, rewritten with the person (persons are never deleted, only
    // merged or erased), and checking one for each of hundreds of thousands of words slows an import.
    .addColumn('person_id', 'text', (column) => column.notNull())
    .addColumn('word', 'text', (column) =>
      isPostgres ? column.notNull() : column.notNull().modifyEnd(sql`collate nocase`),
    )
    .addPrimaryKeyConstraint('person_search_words_pk', ['person_id', 'word'])
    // SQLite: the primary key is the table itself (one b-tree less to write on every import).
    .$call((table) => (isPostgres ? table : table.modifyEnd(sql`without rowid`)))
    .execute();
  if (isPostgres) {
    await sql`create index person_search_words_word on person_search_words (word text_pattern_ops, person_id)`.execute(
      db,
    );
  } else {
    await db.schema
      .createIndex('person_search_words_word')
      .on('person_search_words')
      .columns(['word', 'person_id'])
      .execute();
  }
  await db.schema.dropIndex('persons_search_text').execute();

  let after = '';
  for (;;) {
    const persons: { id: string; search_text: string }[] = await db
      .selectFrom('persons')
      .select(['id', 'search_text'])
      .where('id', '>', after)
      .where('merged_into_id', 'is', null)
      .orderBy('id')
      .limit(2000)
      .execute();
    if (persons.length === 0) break;
    const rows = persons.flatMap((person) =>
      searchWords(person.search_text).map((word) => ({ person_id: person.id, word })),
    );
    for (let start = 0; start < rows.length; start += 5000) {
      await db
        .insertInto('person_search_words')
        .values(rows.slice(start, start + 5000))
        .execute();
    }
    after = persons.at(-1)!.id;
  }
}

/** As person-matching.ts's searchWords when this migration was written. */
function searchWords(searchText: string): string[] {
  return [...new Set(searchText.split(' ').filter((word) => word.length >= 2))];
}
