import { SqliteAdapter, sql, type Kysely } from 'kysely';

/**
 * Encrypted secret polls (Helios / Belenios family). An assembly's key ceremony and its trustees
 * (the scrutineers, or the chair and the secretary, and the server for one share), what each
 * publishes at each step (certificate, commitment, verification key, as JSON), and the server's own
 * two secrets in a table of their own that no view reads. A poll encrypted under the ceremony's key
 * keeps its parameters, fingerprint, encrypted tally, partial decryptions and public record. The
 * ballot box holds only ciphertexts, trackers and public credentials: no member, no weight, no time;
 * on SQLite without rowid, so that the storage order is the random id's.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const isSqlite = db.getExecutor().adapter instanceof SqliteAdapter;

  await db.schema
    .createTable('ceremonies')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('assembly_id', 'text', (column) =>
      column.notNull().unique().references('assemblies.id').onDelete('cascade'),
    )
    .addColumn('threshold', 'integer', (column) => column.notNull())
    /** certificates | commitments | verification_keys | ready */
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('public_key', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .execute();

  await db.schema
    .createTable('ceremony_trustees')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('ceremony_id', 'text', (column) =>
      column.notNull().references('ceremonies.id').onDelete('cascade'),
    )
    /** The trustee's index in the protocol, 1…n; the server is the last. */
    .addColumn('trustee_index', 'integer', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('person_id', 'text', (column) => column.references('persons.id'))
    .addColumn('is_server', 'integer', (column) => column.notNull())
    /** SHA-256 of the trustee's secret token (null for the server). */
    .addColumn('token_hash', 'text', (column) => column.unique())
    .addColumn('certificate', 'text')
    .addColumn('commitment', 'text')
    .addColumn('verification_key', 'text')
    .addUniqueConstraint('ceremony_trustees_index', ['ceremony_id', 'trustee_index'])
    .execute();

  /** The server trustee's secrets: its encryption secret (step 1), then its share of the key. */
  await db.schema
    .createTable('ceremony_server_secrets')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('ceremony_id', 'text', (column) =>
      column.notNull().unique().references('ceremonies.id').onDelete('cascade'),
    )
    .addColumn('encryption_secret', 'text', (column) => column.notNull())
    .addColumn('share_secret', 'text')
    .execute();

  await db.schema
    .alterTable('polls')
    .addColumn('ceremony_id', 'text', (column) => column.references('ceremonies.id'))
    .execute();
  /** JSON: the PollParameters the phones encrypt for (question and public key). */
  await db.schema.alterTable('polls').addColumn('encryption', 'text').execute();
  await db.schema.alterTable('polls').addColumn('fingerprint', 'text').execute();
  /** JSON: the encrypted tally, stored at the close (status decrypting). */
  await db.schema.alterTable('polls').addColumn('tally', 'text').execute();
  /** JSON: the public record, once decrypted; and its fingerprint for the minutes. */
  await db.schema.alterTable('polls').addColumn('record', 'text').execute();
  await db.schema.alterTable('polls').addColumn('record_fingerprint', 'text').execute();

  /** The public part of the credential the voter's ballot was signed with. */
  await db.schema.alterTable('poll_voters').addColumn('credential', 'text').execute();
  await db.schema
    .createIndex('poll_voters_credential')
    .on('poll_voters')
    .columns(['poll_id', 'credential'])
    .execute();

  let ballots = db.schema
    .createTable('encrypted_ballots')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('poll_id', 'text', (column) => column.notNull().references('polls.id').onDelete('cascade'))
    .addColumn('tracker', 'text', (column) => column.notNull())
    .addColumn('credential', 'text', (column) => column.notNull())
    .addColumn('ballot', 'text', (column) => column.notNull())
    .addUniqueConstraint('encrypted_ballots_tracker', ['poll_id', 'tracker'])
    .addUniqueConstraint('encrypted_ballots_credential', ['poll_id', 'credential']);
  if (isSqlite) ballots = ballots.modifyEnd(sql`without rowid`);
  await ballots.execute();

  await db.schema
    .createTable('partial_decryptions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('poll_id', 'text', (column) => column.notNull().references('polls.id').onDelete('cascade'))
    .addColumn('trustee_index', 'integer', (column) => column.notNull())
    .addColumn('partial', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('partial_decryptions_trustee', ['poll_id', 'trustee_index'])
    .execute();
}
