import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbOrTransaction } from '../../db/database.ts';
import type { ConvocationsTable, ParticipantSessionsTable } from '../../db/tables.ts';

export type ConvocationRow = Selectable<ConvocationsTable>;

/** A person's e-mail address, as the register holds it. */
export async function findPersonEmail(db: DbOrTransaction, personId: string): Promise<string | null> {
  const row = await db.selectFrom('persons').select('email').where('id', '=', personId).executeTakeFirst();
  return row?.email ?? null;
}

/** Who speaks for an organisation (a non-staff affiliate, one with an address first), if anyone. */
export async function findOrganisationSpeaker(db: DbOrTransaction, organisationId: string) {
  return db
    .selectFrom('affiliations')
    .innerJoin('persons', 'persons.id', 'affiliations.person_id')
    .select(['persons.id', 'persons.email'])
    .where('affiliations.organisation_id', '=', organisationId)
    .where('affiliations.is_staff', '=', 0)
    .orderBy('persons.email', 'desc')
    .executeTakeFirst();
}

/** A person's postal address, for the window of a printed convocation. */
export async function findPersonPostalAddress(db: DbOrTransaction, personId: string) {
  return db
    .selectFrom('persons')
    .select(['address_line', 'postal_code', 'city'])
    .where('id', '=', personId)
    .executeTakeFirst();
}

export async function findOrganisationEmail(
  db: DbOrTransaction,
  organisationId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('organisations')
    .select('email')
    .where('id', '=', organisationId)
    .executeTakeFirst();
  return row?.email ?? null;
}

/** The assembly's convocations with their member's name, by organisation then last name. */
export async function listConvocationProgressRows(db: DbOrTransaction, assemblyId: string) {
  return db
    .selectFrom('convocations')
    .innerJoin('memberships', 'memberships.id', 'convocations.membership_id')
    .leftJoin('persons as member', 'member.id', 'memberships.person_id')
    .leftJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select([
      'convocations.id',
      'convocations.membership_id',
      'convocations.email',
      'convocations.status',
      'convocations.error',
      'convocations.sent_at',
      'convocations.answer',
      'organisations.name as organisation_name',
      'member.first_name',
      'member.last_name',
    ])
    .where('convocations.assembly_id', '=', assemblyId)
    .orderBy('organisations.name')
    .orderBy('member.last_name')
    .execute();
}

/** The assembly's convocations, all or only those in the given statuses. */
export async function listConvocationRows(
  db: DbOrTransaction,
  assemblyId: string,
  statuses?: readonly string[],
): Promise<ConvocationRow[]> {
  let query = db.selectFrom('convocations').selectAll().where('assembly_id', '=', assemblyId);
  if (statuses) query = query.where('status', 'in', [...statuses]);
  return query.execute();
}

export async function findConvocationByTokenHash(
  db: DbOrTransaction,
  tokenHash: string,
): Promise<ConvocationRow | undefined> {
  return db.selectFrom('convocations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function insertConvocation(
  db: DbOrTransaction,
  row: Insertable<ConvocationsTable>,
): Promise<void> {
  await db.insertInto('convocations').values(row).execute();
}

export async function updateConvocation(
  db: DbOrTransaction,
  id: string,
  changes: Updateable<ConvocationsTable>,
): Promise<void> {
  await db.updateTable('convocations').set(changes).where('id', '=', id).execute();
}

export async function insertParticipantSession(
  db: DbOrTransaction,
  row: Insertable<ParticipantSessionsTable>,
): Promise<void> {
  await db.insertInto('participant_sessions').values(row).execute();
}

/** A participant's session that has not expired at `now`, with its convocation's member. */
export async function findLiveParticipantSession(db: DbOrTransaction, id: string, now: string) {
  return db
    .selectFrom('participant_sessions')
    .innerJoin('convocations', 'convocations.id', 'participant_sessions.convocation_id')
    .select([
      'participant_sessions.id',
      'participant_sessions.csrf_token',
      'participant_sessions.assembly_id',
      'participant_sessions.convocation_id',
      'participant_sessions.expires_at',
      'convocations.membership_id',
      'convocations.person_id',
    ])
    .where('participant_sessions.id', '=', id)
    .where('participant_sessions.expires_at', '>', now)
    .executeTakeFirst();
}
