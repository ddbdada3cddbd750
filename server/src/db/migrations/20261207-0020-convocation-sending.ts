import type { Kysely } from 'kysely';

/**
 * Convocations checked before sending: the association's sender (name and address, both optional:
 * the association's name and MAIL_FROM's address stand in), and when a convocation's last reminder
 * left. A member without an e-mail address is convened by a printed letter (status `letter`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('association').addColumn('mail_sender_name', 'text').execute();
  await db.schema.alterTable('association').addColumn('mail_sender_address', 'text').execute();
  await db.schema.alterTable('convocations').addColumn('reminded_at', 'text').execute();
}
