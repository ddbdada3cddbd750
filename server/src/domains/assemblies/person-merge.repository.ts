import type { DbOrTransaction } from '../../db/database.ts';
import { registerPersonMerge, type MergeStep } from '../register/person-merge.ts';
import { nextVersion } from '../../db/record-version.ts';

/**
 * A membership joined into another of the same year: its convocations (one per assembly: where
 * both were convened, the kept one stays and the phones signed in with the other follow it), the
 * attendance rows that carried its vote, and its proxies (one given per assembly; a proxy between
 * the two memberships disappears: nobody represents themselves).
 */
async function joinMembership(transaction: DbOrTransaction, { from, into }: MergeStep): Promise<void> {
  for (const convocation of await transaction
    .selectFrom('convocations')
    .select(['id', 'assembly_id'])
    .where('membership_id', '=', from)
    .execute()) {
    const kept = await transaction
      .selectFrom('convocations')
      .select('id')
      .where('assembly_id', '=', convocation.assembly_id)
      .where('membership_id', '=', into)
      .executeTakeFirst();
    if (!kept) {
      await transaction
        .updateTable('convocations')
        .set({ membership_id: into })
        .where('id', '=', convocation.id)
        .execute();
      continue;
    }
    await transaction
      .updateTable('participant_sessions')
      .set({ convocation_id: kept.id })
      .where('convocation_id', '=', convocation.id)
      .execute();
    await transaction.deleteFrom('convocations').where('id', '=', convocation.id).execute();
  }
  await transaction
    .updateTable('attendances')
    .set({ membership_id: into })
    .where('membership_id', '=', from)
    .execute();
  await transaction
    .updateTable('proxies')
    .set({ holder_membership_id: into })
    .where('holder_membership_id', '=', from)
    .execute();
  for (const proxy of await transaction
    .selectFrom('proxies')
    .select(['id', 'assembly_id'])
    .where('giver_membership_id', '=', from)
    .execute()) {
    const kept = await transaction
      .selectFrom('proxies')
      .select('id')
      .where('assembly_id', '=', proxy.assembly_id)
      .where('giver_membership_id', '=', into)
      .executeTakeFirst();
    if (kept) await transaction.deleteFrom('proxies').where('id', '=', proxy.id).execute();
    else
      await transaction
        .updateTable('proxies')
        .set({ giver_membership_id: into })
        .where('id', '=', proxy.id)
        .execute();
  }
  await transaction
    .deleteFrom('proxies')
    .where('giver_membership_id', '=', into)
    .where('holder_membership_id', '=', into)
    .execute();
}

/**
 * The removed person's attendance rows (one per assembly: where both attended, the kept row stays
 * and takes the other's workshops), questions asked, assemblies chaired or written, convocations.
 */
async function repointPerson(transaction: DbOrTransaction, { from, into }: MergeStep): Promise<void> {
  for (const attendance of await transaction
    .selectFrom('attendances')
    .select(['id', 'assembly_id', 'membership_id'])
    .where('person_id', '=', from)
    .execute()) {
    const kept = await transaction
      .selectFrom('attendances')
      .select(['id', 'membership_id'])
      .where('assembly_id', '=', attendance.assembly_id)
      .where('person_id', '=', into)
      .executeTakeFirst();
    if (!kept) {
      await transaction
        .updateTable('attendances')
        .set({ person_id: into })
        .where('id', '=', attendance.id)
        .execute();
      continue;
    }
    if (!kept.membership_id && attendance.membership_id)
      await transaction
        .updateTable('attendances')
        .set({ membership_id: attendance.membership_id })
        .where('id', '=', kept.id)
        .execute();
    const keptWorkshops = await transaction
      .selectFrom('workshop_members')
      .select('workshop_id')
      .where('attendance_id', '=', kept.id)
      .execute();
    await transaction
      .deleteFrom('workshop_members')
      .where('attendance_id', '=', attendance.id)
      .$if(keptWorkshops.length > 0, (query) =>
        query.where(
          'workshop_id',
          'in',
          keptWorkshops.map((row) => row.workshop_id),
        ),
      )
      .execute();
    await transaction
      .updateTable('workshop_members')
      .set({ attendance_id: kept.id })
      .where('attendance_id', '=', attendance.id)
      .execute();
    await transaction.deleteFrom('attendances').where('id', '=', attendance.id).execute();
  }
  await transaction
    .updateTable('questions')
    .set({ asked_by_person_id: into })
    .where('asked_by_person_id', '=', from)
    .execute();
  await transaction
    .updateTable('assemblies')
    .set({ chair_person_id: into, version: nextVersion })
    .where('chair_person_id', '=', from)
    .execute();
  await transaction
    .updateTable('assemblies')
    .set({ secretary_person_id: into, version: nextVersion })
    .where('secretary_person_id', '=', from)
    .execute();
  await transaction
    .updateTable('convocations')
    .set({ person_id: into })
    .where('person_id', '=', from)
    .execute();
  // A scrutineer of an assembly where the kept person is one too is listed once.
  await transaction
    .deleteFrom('assembly_scrutineers')
    .where('person_id', '=', from)
    .where('assembly_id', 'in', (eb) =>
      eb.selectFrom('assembly_scrutineers').select('assembly_id').where('person_id', '=', into),
    )
    .execute();
  await transaction
    .updateTable('assembly_scrutineers')
    .set({ person_id: into })
    .where('person_id', '=', from)
    .execute();
}

registerPersonMerge({
  domain: 'assemblies',
  columns: [
    { table: 'assemblies', column: 'chair_person_id' },
    { table: 'assemblies', column: 'secretary_person_id' },
    { table: 'assembly_scrutineers', column: 'person_id' },
    { table: 'attendances', column: 'person_id' },
    { table: 'attendances', column: 'membership_id' },
    { table: 'proxies', column: 'giver_membership_id' },
    { table: 'proxies', column: 'holder_membership_id' },
    { table: 'questions', column: 'asked_by_person_id' },
    { table: 'convocations', column: 'membership_id' },
    { table: 'convocations', column: 'person_id' },
  ],
  repointMembership: joinMembership,
  repointPerson,
  countLinks: async (db, personId) => {
    const row = await db
      .selectFrom('attendances')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('person_id', '=', personId)
      .executeTakeFirstOrThrow();
    return { attendances: Number(row.n) };
  },
});
