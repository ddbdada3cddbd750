import type { DbOrTransaction } from '../../db/database.ts';
import { registerPersonMerge, type MergeStep } from '../register/person-merge.ts';
import { nextVersion } from '../../db/record-version.ts';

/**
 * Memberships of a merged person. A year both records hold becomes one membership, the kept
 * record's, holding both histories, fee calls and payments (a person has one membership a year);
 * the removed record's other memberships simply change hands.
 */
async function sameYearPairs(transaction: DbOrTransaction, { from, into }: MergeStep): Promise<MergeStep[]> {
  const rows = await transaction
    .selectFrom('memberships as removed')
    .innerJoin('memberships as kept', (join) =>
      join.onRef('kept.year', '=', 'removed.year').on('kept.person_id', '=', into),
    )
    .select(['removed.id as from', 'kept.id as into'])
    .where('removed.person_id', '=', from)
    .orderBy('removed.year')
    .execute();
  return rows;
}

async function joinMembership(transaction: DbOrTransaction, { from, into }: MergeStep): Promise<void> {
  for (const table of ['membership_status_changes', 'fee_calls', 'payments'] as const) {
    await transaction
      .updateTable(table)
      .set({ membership_id: into })
      .where('membership_id', '=', from)
      .execute();
  }
}

async function repointMemberships(transaction: DbOrTransaction, persons: MergeStep): Promise<void> {
  const joined = (await sameYearPairs(transaction, persons)).map((pair) => pair.from);
  if (joined.length > 0) await transaction.deleteFrom('memberships').where('id', 'in', joined).execute();
  await transaction
    .updateTable('memberships')
    .set({ person_id: persons.into, version: nextVersion })
    .where('person_id', '=', persons.from)
    .execute();
}

registerPersonMerge({
  domain: 'memberships',
  columns: [
    { table: 'memberships', column: 'person_id' },
    { table: 'membership_status_changes', column: 'membership_id' },
    { table: 'fee_calls', column: 'membership_id' },
    { table: 'payments', column: 'membership_id' },
  ],
  pairMemberships: sameYearPairs,
  repointMembership: joinMembership,
  repointPerson: repointMemberships,
  countLinks: async (db, personId) => {
    const row = await db
      .selectFrom('memberships')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('person_id', '=', personId)
      .executeTakeFirstOrThrow();
    return { memberships: Number(row.n) };
  },
});
