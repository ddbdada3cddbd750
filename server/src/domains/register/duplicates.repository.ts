import type { DbOrTransaction } from '../../db/database.ts';
import type { PersonRow } from './persons.repository.ts';

/** The persons of every blocking key that two to `largestBlock` persons share. */
export async function listSharedMatchKeys(db: DbOrTransaction, largestBlock: number) {
  return db
    .selectFrom('person_match_keys')
    .select(['match_key', 'person_id'])
    .where('match_key', 'in', (eb) =>
      eb
        .selectFrom('person_match_keys')
        .select('match_key')
        .groupBy('match_key')
        .having((having) => having.fn.countAll(), '>', 1)
        .having((having) => having.fn.countAll(), '<=', largestBlock),
    )
    .execute();
}

export async function listPersonsByIds(db: DbOrTransaction, ids: string[]): Promise<PersonRow[]> {
  const rows: PersonRow[] = [];
  for (let start = 0; start < ids.length; start += 500) {
    rows.push(
      ...(await db
        .selectFrom('persons')
        .selectAll()
        .where('id', 'in', ids.slice(start, start + 500))
        .execute()),
    );
  }
  return rows;
}
