import { formatAdministrativeName, formatDisplayName } from '../../../../common/names.ts';
import type { OrganisationKind } from '../../../../common/organisations.ts';
import type { OrganisationView, PersonView } from '../../../../common/register.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import {
  countPersons,
  listAffiliationRows,
  listAliasRows,
  listOrganisationRows,
  listPersonRows,
} from './register.repository.ts';

export async function listPersons(
  context: ServiceContext,
  page: { limit: number; offset: number },
): Promise<{ persons: PersonView[]; total: number }> {
  const { db } = context.database;
  const rows = await listPersonRows(db, page);
  const affiliations = await listAffiliationRows(
    db,
    rows.map((row) => row.id),
  );
  const persons = rows.map((row) => {
    const names = { firstName: row.first_name, lastName: row.last_name };
    return {
      id: row.id,
      ...names,
      displayName: formatDisplayName(names),
      administrativeName: formatAdministrativeName(names),
      email: row.email,
      affiliations: affiliations
        .filter((affiliation) => affiliation.person_id === row.id)
        .map((affiliation) => ({
          organisationId: affiliation.organisation_id,
          organisationName: affiliation.organisation_name,
          title: affiliation.title,
          isStaff: affiliation.is_staff === 1,
        })),
    };
  });
  return { persons, total: await countPersons(db) };
}

export async function listOrganisations(context: ServiceContext): Promise<OrganisationView[]> {
  const { db } = context.database;
  const aliases = await listAliasRows(db);
  return (await listOrganisationRows(db)).map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind as OrganisationKind,
    aliases: aliases
      .filter((alias) => alias.organisation_id === row.id && alias.alias !== row.name)
      .map((alias) => alias.alias),
  }));
}
