import { sql, type Insertable, type Selectable } from 'kysely';
import type { DbOrTransaction } from '../../db/database.ts';
import { newId } from '../../ids.ts';
import type {
  CeremoniesTable,
  CeremonyTrusteesTable,
  EncryptedBallotsTable,
  PollsTable,
} from '../../db/tables.ts';

export type CeremonyRow = Selectable<CeremoniesTable>;
export type TrusteeRow = Selectable<CeremonyTrusteesTable>;

export async function findCeremonyOfAssembly(db: DbOrTransaction, assemblyId: string) {
  return db.selectFrom('ceremonies').selectAll().where('assembly_id', '=', assemblyId).executeTakeFirst();
}

export async function findCeremony(db: DbOrTransaction, id: string) {
  return db.selectFrom('ceremonies').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Takes the ceremony for this transaction: on PostgreSQL the update holds its row until the commit,
 * so that two trustees finishing a step at once are counted one after the other (SQLite has one
 * writer already). Answers the ceremony as it now is.
 */
export async function lockCeremony(db: DbOrTransaction, id: string, now: string) {
  await db.updateTable('ceremonies').set({ updated_at: now }).where('id', '=', id).execute();
  return db.selectFrom('ceremonies').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** A ceremony not yet ready is started again: its trustees and secrets go with it. */
export async function deleteCeremony(db: DbOrTransaction, id: string) {
  await db.deleteFrom('ceremony_server_secrets').where('ceremony_id', '=', id).execute();
  await db.deleteFrom('ceremony_trustees').where('ceremony_id', '=', id).execute();
  await db.deleteFrom('ceremonies').where('id', '=', id).execute();
}

export async function insertCeremony(
  db: DbOrTransaction,
  ceremony: Insertable<CeremoniesTable>,
  trustees: Insertable<CeremonyTrusteesTable>[],
) {
  await db.insertInto('ceremonies').values(ceremony).execute();
  await db.insertInto('ceremony_trustees').values(trustees).execute();
}

export async function setCeremonyState(
  db: DbOrTransaction,
  id: string,
  changes: { status: string; public_key?: string; updated_at: string },
) {
  await db.updateTable('ceremonies').set(changes).where('id', '=', id).execute();
}

export async function listTrustees(db: DbOrTransaction, ceremonyId: string) {
  return db
    .selectFrom('ceremony_trustees')
    .selectAll()
    .where('ceremony_id', '=', ceremonyId)
    .orderBy('trustee_index')
    .execute();
}

export async function findTrusteeByTokenHash(db: DbOrTransaction, tokenHash: string) {
  return db
    .selectFrom('ceremony_trustees')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function setTrusteeTokenHash(db: DbOrTransaction, id: string, tokenHash: string) {
  await db.updateTable('ceremony_trustees').set({ token_hash: tokenHash }).where('id', '=', id).execute();
}

/** Publishes one step of a trustee (its JSON); answers false when that step was already done. */
export async function publishTrusteeStep(
  db: DbOrTransaction,
  id: string,
  step: 'certificate' | 'commitment' | 'verification_key',
  json: string,
): Promise<boolean> {
  const updated = await db
    .updateTable('ceremony_trustees')
    .set({ [step]: json })
    .where('id', '=', id)
    .where(step, 'is', null)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}

export async function insertServerSecret(db: DbOrTransaction, ceremonyId: string, encryptionSecret: string) {
  await db
    .insertInto('ceremony_server_secrets')
    .values({ id: newId(), ceremony_id: ceremonyId, encryption_secret: encryptionSecret, share_secret: null })
    .execute();
}

export async function setServerShare(db: DbOrTransaction, ceremonyId: string, shareSecret: string) {
  await db
    .updateTable('ceremony_server_secrets')
    .set({ share_secret: shareSecret })
    .where('ceremony_id', '=', ceremonyId)
    .execute();
}

export async function findServerSecret(db: DbOrTransaction, ceremonyId: string) {
  return db
    .selectFrom('ceremony_server_secrets')
    .selectAll()
    .where('ceremony_id', '=', ceremonyId)
    .executeTakeFirst();
}

/** The polls of a ceremony waiting for decryptions, with the indexes of the trustees who gave theirs. */
export async function listDecryptingPolls(db: DbOrTransaction, ceremonyId: string) {
  return db
    .selectFrom('polls')
    .selectAll()
    .where('ceremony_id', '=', ceremonyId)
    .where('status', '=', 'decrypting')
    .orderBy('closed_at')
    .execute();
}

export async function listPartials(db: DbOrTransaction, pollId: string) {
  return db
    .selectFrom('partial_decryptions')
    .select(['trustee_index', 'partial'])
    .where('poll_id', '=', pollId)
    .orderBy('created_at')
    .orderBy('trustee_index')
    .execute();
}

export async function countPartials(db: DbOrTransaction, pollId: string): Promise<number> {
  const row = await db
    .selectFrom('partial_decryptions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('poll_id', '=', pollId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Answers false when this trustee's partial decryption of the poll was already recorded. */
export async function insertPartial(
  db: DbOrTransaction,
  row: { id: string; poll_id: string; trustee_index: number; partial: string; created_at: string },
): Promise<boolean> {
  const existing = await db
    .selectFrom('partial_decryptions')
    .select('id')
    .where('poll_id', '=', row.poll_id)
    .where('trustee_index', '=', row.trustee_index)
    .executeTakeFirst();
  if (existing) return false;
  await db.insertInto('partial_decryptions').values(row).execute();
  return true;
}

/** Locks an encrypted poll's row for the transaction (PostgreSQL), and answers it. */
export async function lockPoll(db: DbOrTransaction, id: string, { isLocked }: { isLocked: boolean }) {
  let query = db.selectFrom('polls').selectAll().where('id', '=', id);
  if (isLocked) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function updatePollEncryption(
  db: DbOrTransaction,
  id: string,
  changes: Partial<
    Pick<Selectable<PollsTable>, 'status' | 'tally' | 'record' | 'record_fingerprint' | 'result'>
  >,
) {
  await db.updateTable('polls').set(changes).where('id', '=', id).execute();
}

/** The credentials of `credentials` already in the poll's ballot box. */
export async function listUsedCredentials(db: DbOrTransaction, pollId: string, credentials: string[]) {
  if (credentials.length === 0) return [];
  const rows = await db
    .selectFrom('encrypted_ballots')
    .select('credential')
    .where('poll_id', '=', pollId)
    .where('credential', 'in', credentials)
    .execute();
  return rows.map((row) => row.credential);
}

/**
 * Marks members of an encrypted poll as having voted, each with their cast's key and public
 * credential; answers how many rows were still unvoted.
 */
export async function markVotedWithCredential(
  db: DbOrTransaction,
  pollId: string,
  marks: { membershipId: string; key: string; credential: string }[],
): Promise<number> {
  let total = 0;
  for (let start = 0; start < marks.length; start += 500) {
    const chunk = marks.slice(start, start + 500);
    const caseOf = (pick: (mark: (typeof chunk)[number]) => string) =>
      sql<string>`case ${sql.ref('membership_id')} ${sql.join(
        chunk.map((mark) => sql`when ${mark.membershipId} then ${pick(mark)}`),
        sql` `,
      )} end`;
    const result = await db
      .updateTable('poll_voters')
      .set({
        has_voted: 1,
        cast_key: caseOf((mark) => mark.key),
        credential: caseOf((mark) => mark.credential),
      })
      .where('poll_id', '=', pollId)
      .where(
        'membership_id',
        'in',
        chunk.map((mark) => mark.membershipId),
      )
      .where('has_voted', '=', 0)
      .executeTakeFirst();
    total += Number(result.numUpdatedRows);
  }
  return total;
}

/** Writes encrypted ballots in the order given (the caller sorts them by tracker). */
export async function insertEncryptedBallots(db: DbOrTransaction, rows: Insertable<EncryptedBallotsTable>[]) {
  for (let start = 0; start < rows.length; start += 500) {
    await db
      .insertInto('encrypted_ballots')
      .values(rows.slice(start, start + 500))
      .execute();
  }
}

/** The ballot box with each ballot's weight (from its credential's participation row), by tracker. */
export async function listWeightedBallots(db: DbOrTransaction, pollId: string) {
  return db
    .selectFrom('encrypted_ballots')
    .innerJoin('poll_voters', (join) =>
      join
        .onRef('poll_voters.poll_id', '=', 'encrypted_ballots.poll_id')
        .onRef('poll_voters.credential', '=', 'encrypted_ballots.credential'),
    )
    .select(['encrypted_ballots.tracker', 'encrypted_ballots.ballot', 'poll_voters.weight'])
    .where('encrypted_ballots.poll_id', '=', pollId)
    .orderBy('encrypted_ballots.tracker')
    .execute();
}

export async function listTrackers(db: DbOrTransaction, pollId: string) {
  const rows = await db
    .selectFrom('encrypted_ballots')
    .select('tracker')
    .where('poll_id', '=', pollId)
    .orderBy('tracker')
    .execute();
  return rows.map((row) => row.tracker);
}

/** The roll of the record: the public credentials of those who voted, with their weights. */
export async function listRoll(db: DbOrTransaction, pollId: string) {
  return db
    .selectFrom('poll_voters')
    .select(['credential', 'weight'])
    .where('poll_id', '=', pollId)
    .where('has_voted', '=', 1)
    .where('credential', 'is not', null)
    .orderBy('credential')
    .execute();
}

export async function findAssemblyHeading(db: DbOrTransaction, assemblyId: string) {
  return db
    .selectFrom('assemblies')
    .select(['slug', 'title', 'held_on'])
    .where('id', '=', assemblyId)
    .executeTakeFirstOrThrow();
}

/** The assembly's encrypted polls whose record is published, in the order they were opened. */
export async function listRecordedPolls(db: DbOrTransaction, assemblyId: string) {
  return db
    .selectFrom('polls')
    .select(['id', 'title', 'resolution_id', 'election_id', 'record_fingerprint'])
    .where('assembly_id', '=', assemblyId)
    .where('record_fingerprint', 'is not', null)
    .orderBy('opened_at')
    .execute();
}
