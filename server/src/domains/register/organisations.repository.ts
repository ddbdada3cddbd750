import type { Insertable, Updateable } from 'kysely';
import { normalizeName } from '../../../../common/names.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import type { OrganisationAliasesTable, OrganisationsTable } from '../../db/tables.ts';
import { nextVersion } from '../../db/record-version.ts';

/** Finds an organisation by any of its names: "CU Dunkerque" and "Communauté urbaine de Dunkerque" alike. */
export async function findOrganisationIdByName(
  db: DbOrTransaction,
  name: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('organisation_aliases')
    .select('organisation_id')
    .where('normalized_alias', '=', normalizeName(name))
    .executeTakeFirst();
  return row?.organisation_id;
}

/** Organisations by name, all of them or those given, with their aliases. */
export async function listOrganisationRows(db: DbOrTransaction, ids?: string[]) {
  let query = db.selectFrom('organisations').selectAll().orderBy('name');
  if (ids) query = query.where('id', 'in', ids.length ? ids : ['']);
  let aliasQuery = db
    .selectFrom('organisation_aliases')
    .select(['organisation_id', 'alias'])
    .orderBy('alias');
  if (ids) aliasQuery = aliasQuery.where('organisation_id', 'in', ids.length ? ids : ['']);
  return { rows: await query.execute(), aliases: await aliasQuery.execute() };
}

/** Organisations one of whose names holds every token (normalised), at most 200. */
export async function searchOrganisationIds(db: DbOrTransaction, tokens: string[]): Promise<string[]> {
  let query = db.selectFrom('organisation_aliases').select('organisation_id').distinct();
  for (const token of tokens) query = query.where('normalized_alias', 'like', `%${token}%`);
  // The search text holds the name and the values of the register's own fields ("licence 0123").
  let byText = db.selectFrom('organisations').select('id');
  for (const token of tokens) byText = byText.where('search_text', 'like', `%${token}%`);
  const ids = new Set([
    ...(await query.limit(200).execute()).map((row) => row.organisation_id),
    ...(await byText.limit(200).execute()).map((row) => row.id),
  ]);
  return [...ids].slice(0, 200);
}

export async function listPeopleOfOrganisation(db: DbOrTransaction, organisationId: string) {
  return db
    .selectFrom('affiliations')
    .innerJoin('persons', 'persons.id', 'affiliations.person_id')
    .select([
      'persons.id',
      'persons.first_name',
      'persons.last_name',
      'affiliations.title',
      'affiliations.is_staff',
      'affiliations.person_id',
    ])
    .where('affiliations.organisation_id', '=', organisationId)
    .orderBy('persons.last_name')
    .execute();
}

export async function insertAlias(db: DbOrTransaction, row: Insertable<OrganisationAliasesTable>) {
  await db.insertInto('organisation_aliases').values(row).execute();
}

export async function listAliasKeys(db: DbOrTransaction, organisationId: string) {
  return db
    .selectFrom('organisation_aliases')
    .select(['id', 'normalized_alias'])
    .where('organisation_id', '=', organisationId)
    .execute();
}

export async function deleteAliases(db: DbOrTransaction, ids: string[]) {
  if (ids.length > 0) await db.deleteFrom('organisation_aliases').where('id', 'in', ids).execute();
}

export async function insertOrganisation(db: DbOrTransaction, row: Insertable<OrganisationsTable>) {
  await db.insertInto('organisations').values(row).execute();
}

export async function findOrganisation(db: DbOrTransaction, id: string) {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Changes an organisation and raises its version; false (nothing changed) when `expectedVersion` is no longer its version. */
export async function updateOrganisationRow(
  db: DbOrTransaction,
  id: string,
  expectedVersion: number | undefined,
  changes: Updateable<OrganisationsTable>,
): Promise<boolean> {
  let query = db
    .updateTable('organisations')
    .set({ ...changes, version: nextVersion })
    .where('id', '=', id);
  if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
  return (await query.executeTakeFirst()).numUpdatedRows > 0n;
}

export async function listAffiliatedPersonIds(db: DbOrTransaction, organisationId: string) {
  const rows = await db
    .selectFrom('affiliations')
    .select('person_id')
    .where('organisation_id', '=', organisationId)
    .execute();
  return rows.map((row) => row.person_id);
}
