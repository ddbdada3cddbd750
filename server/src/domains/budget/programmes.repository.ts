import type { DbOrTransaction } from '../../db/database.ts';

export async function listProgrammes(db: DbOrTransaction) {
  return db.selectFrom('programmes').selectAll().orderBy('position').execute();
}

/** Projects running in a year: from their first year to their last (or their only one). */
export async function listProjectsOfYear(db: DbOrTransaction, year: number) {
  return db
    .selectFrom('projects')
    .selectAll()
    .where('year', '<=', year)
    .where((eb) =>
      eb.or([eb('end_year', '>=', year), eb.and([eb('end_year', 'is', null), eb('year', '=', year)])]),
    )
    .orderBy('year')
    .orderBy('title')
    .execute();
}

export async function listProjectPartners(db: DbOrTransaction, projectIds: string[]) {
  if (projectIds.length === 0) return [];
  return db
    .selectFrom('project_partners')
    .innerJoin('organisations', 'organisations.id', 'project_partners.organisation_id')
    .select([
      'project_partners.project_id',
      'project_partners.organisation_id',
      'project_partners.role',
      'organisations.name',
    ])
    .where('project_partners.project_id', 'in', projectIds)
    .orderBy('organisations.name')
    .execute();
}

export async function listAgreementsOfYear(db: DbOrTransaction, year: number) {
  return db
    .selectFrom('agreements')
    .leftJoin('organisations', 'organisations.id', 'agreements.funder_organisation_id')
    .selectAll('agreements')
    .select('organisations.name as funder_name')
    .where('agreements.start_year', '<=', year)
    .where('agreements.end_year', '>=', year)
    .orderBy('agreements.start_year')
    .execute();
}

export async function listOutputsOfYear(db: DbOrTransaction, year: number) {
  return db
    .selectFrom('programme_outputs')
    .selectAll()
    .where('year', '=', year)
    .orderBy('on_day')
    .orderBy('title')
    .execute();
}

export async function listProgrammeYears(db: DbOrTransaction) {
  const rows = await db.selectFrom('projects').select(['year', 'end_year']).execute();
  const outputs = await db.selectFrom('programme_outputs').select('year').execute();
  const years = new Set<number>();
  for (const row of rows)
    for (let year = Number(row.year); year <= Number(row.end_year ?? row.year); year += 1) years.add(year);
  for (const row of outputs) years.add(Number(row.year));
  return [...years].sort((a, b) => b - a);
}

export async function insertProject(
  db: DbOrTransaction,
  row: {
    id: string;
    programmeId: string;
    year: number;
    endYear: number | null;
    title: string;
    status: string;
    place: string | null;
    link: string | null;
    description: string | null;
  },
) {
  await db
    .insertInto('projects')
    .values({
      id: row.id,
      programme_id: row.programmeId,
      year: row.year,
      end_year: row.endYear,
      title: row.title,
      status: row.status,
      place: row.place,
      link: row.link,
      description: row.description,
    })
    .execute();
}

export async function insertProjectPartner(
  db: DbOrTransaction,
  row: { id: string; projectId: string; organisationId: string; role: string | null },
) {
  await db
    .insertInto('project_partners')
    .values({ id: row.id, project_id: row.projectId, organisation_id: row.organisationId, role: row.role })
    .execute();
}

/** Which of these ids name an organisation of the register (a project's partners are chosen there). */
export async function listKnownOrganisationIds(
  db: DbOrTransaction,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('organisations').select('id').where('id', 'in', ids).execute();
  return rows.map((row) => row.id);
}
