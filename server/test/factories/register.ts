import type { OrganisationKind } from '../../../common/organisations.ts';
import type { PersonInput } from '../../../common/register.schemas.ts';
import type { ServiceContext } from '../../src/context.ts';
import { createOrganisation as saveOrganisation } from '../../src/domains/register/organisations.service.ts';
import { addAffiliation, createPerson as savePerson } from '../../src/domains/register/persons.service.ts';

let sequence = 0;

/** A person of the register, created through the register's service. */
export async function createPerson(context: ServiceContext, options: Partial<PersonInput> = {}) {
  sequence += 1;
  return savePerson(context, {
    actor: null,
    person: { firstName: 'Camille', lastName: `Martin-${sequence}`, ...options },
  });
}

/** An organisation of the register (a town by default), with its aliases. */
export async function createOrganisation(
  context: ServiceContext,
  options: { name?: string; kind?: OrganisationKind; aliases?: string[]; email?: string | null } = {},
) {
  sequence += 1;
  return saveOrganisation(context, {
    actor: null,
    organisation: {
      name: options.name ?? `Commune de Valfleuri ${sequence}`,
      kind: options.kind ?? 'municipality',
      ...(options.aliases ? { aliases: options.aliases } : {}),
      ...(options.email !== undefined ? { email: options.email } : {}),
    },
  });
}

/** A person's link to an organisation: its representative, an employee (`isStaff`), a partner. */
export async function createAffiliation(
  context: ServiceContext,
  options: {
    personId: string;
    organisationId: string;
    title?: string | null;
    isStaff?: boolean;
    startsOn?: string | null;
    endsOn?: string | null;
  },
) {
  const { personId, ...affiliation } = options;
  return addAffiliation(context, { actor: null, personId, affiliation });
}
