import type { DbOrTransaction } from '../../db/database.ts';

export async function listPersonRows(
  db: DbOrTransaction,
  { limit, offset }: { limit: number; offset: number },
) {
  return db
    .selectFrom('persons')
    .select(['id', 'first_name', 'last_name', 'email'])
    .orderBy('last_name')
    .orderBy('first_name')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countPersons(db: DbOrTransaction): Promise<number> {
  const row = await db
    .selectFrom('persons')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listAffiliationRows(db: DbOrTransaction, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('affiliations')
    .innerJoin('organisations', 'organisations.id', 'affiliations.organisation_id')
    .select([
      'affiliations.person_id',
      'affiliations.organisation_id',
      'organisations.name as organisation_name',
      'affiliations.title',
      'affiliations.is_staff',
    ])
    .where('affiliations.person_id', 'in', personIds)
    .orderBy('organisations.name')
    .execute();
}

export async function listOrganisationRows(db: DbOrTransaction) {
  return db.selectFrom('organisations').select(['id', 'name', 'kind']).orderBy('name').execute();
}

export async function listAliasRows(db: DbOrTransaction) {
  return db
    .selectFrom('organisation_aliases')
    .select(['organisation_id', 'alias'])
    .orderBy('alias')
    .execute();
}
