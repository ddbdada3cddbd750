import type { DbOrTransaction } from '../../db/database.ts';
import { registerPersonMerge, type MergeStep } from './person-merge.ts';

/**
 * The register's links of a person: affiliations (one per organisation and title: a link both
 * records hold stays once) and the blocking keys of duplicate detection (derived: the removed
 * record, merged away, is matched by nothing any more).
 */
async function repointAffiliations(transaction: DbOrTransaction, { from, into }: MergeStep): Promise<void> {
  const kept = await transaction
    .selectFrom('affiliations')
    .selectAll()
    .where('person_id', '=', into)
    .execute();
  for (const affiliation of await transaction
    .selectFrom('affiliations')
    .selectAll()
    .where('person_id', '=', from)
    .execute()) {
    const isSame = kept.some(
      (row) =>
        row.organisation_id === affiliation.organisation_id &&
        (row.title ?? '') === (affiliation.title ?? ''),
    );
    if (isSame) await transaction.deleteFrom('affiliations').where('id', '=', affiliation.id).execute();
    else
      await transaction
        .updateTable('affiliations')
        .set({ person_id: into })
        .where('id', '=', affiliation.id)
        .execute();
  }
  await transaction.deleteFrom('person_match_keys').where('person_id', '=', from).execute();
}

async function countAffiliations(db: DbOrTransaction, personId: string) {
  const row = await db
    .selectFrom('affiliations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('person_id', '=', personId)
    .executeTakeFirstOrThrow();
  return { affiliations: Number(row.n) };
}

registerPersonMerge({
  domain: 'register',
  columns: [
    { table: 'affiliations', column: 'person_id' },
    { table: 'person_match_keys', column: 'person_id' },
  ],
  repointPerson: repointAffiliations,
  countLinks: countAffiliations,
});
