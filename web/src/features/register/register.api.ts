import { api } from '../../api/client.ts';
import type {
  DuplicatePair,
  Duplicates,
  MergePreview,
  OrganisationDetail,
  OrganisationInput,
  OrganisationList,
  OrganisationView,
  PersonInput,
  PersonListItem,
  PersonSearchResult,
  PersonView,
} from '../../../../common/register.schemas.ts';

export type { DuplicatePair, MergePreview, OrganisationDetail, OrganisationView, PersonListItem, PersonView };

/** The query string of GET /api/persons, as the register's filters hold it. */
export interface PersonSearch {
  q?: string;
  year?: string;
  category?: string;
  status?: string;
  unpaid?: boolean;
  limit: number;
  offset: number;
}

export interface AffiliationInput {
  organisationId: string;
  title?: string | null;
  isStaff?: boolean;
  startsOn?: string | null;
  endsOn?: string | null;
}

/** Builds a query string without the empty values, so the server sees only the filters that are set. */
export function queryString(values: Record<string, string | number | boolean | undefined>): string {
  const parameters = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === '' || value === false) continue;
    parameters.set(key, String(value));
  }
  const text = parameters.toString();
  return text ? `?${text}` : '';
}

export function searchPersons(search: PersonSearch): Promise<PersonSearchResult> {
  return api.get(`/api/persons${queryString({ ...search })}`);
}

export function fetchPerson(personId: string): Promise<PersonView> {
  return api.get(`/api/persons/${encodeURIComponent(personId)}`);
}

export function createPerson(person: PersonInput): Promise<PersonView> {
  return api.post('/api/persons', person);
}

export function updatePerson(personId: string, person: PersonInput, version: number): Promise<PersonView> {
  return api.put(`/api/persons/${encodeURIComponent(personId)}`, person, { version });
}

export function addAffiliation(personId: string, affiliation: AffiliationInput): Promise<PersonView> {
  return api.post(`/api/persons/${encodeURIComponent(personId)}/affiliations`, affiliation);
}

export function removeAffiliation(affiliationId: string): Promise<void> {
  return api.delete(`/api/affiliations/${encodeURIComponent(affiliationId)}`);
}

export function erasePerson(personId: string): Promise<PersonView> {
  return api.post(`/api/persons/${encodeURIComponent(personId)}/erase`);
}

/** A plain link downloads it: the session cookie goes with a same-origin GET. */
export function personExportUrl(personId: string): string {
  return `/api/persons/${encodeURIComponent(personId)}/export`;
}

export const myExportUrl = '/api/me/person/export';

/** Answers 404 no_person_for_account when the account is linked to no record of the register. */
export function fetchMyPerson(): Promise<PersonView> {
  return api.get('/api/me/person');
}

export function updateMyPerson(person: PersonInput, version: number): Promise<PersonView> {
  return api.put('/api/me/person', person, { version });
}

export async function searchOrganisations(q?: string): Promise<OrganisationView[]> {
  const { organisations } = await api.get<OrganisationList>(`/api/organisations${queryString({ q })}`);
  return organisations;
}

export function fetchOrganisation(organisationId: string): Promise<OrganisationDetail> {
  return api.get(`/api/organisations/${encodeURIComponent(organisationId)}`);
}

export function createOrganisation(organisation: OrganisationInput): Promise<OrganisationView> {
  return api.post('/api/organisations', organisation);
}

export function updateOrganisation(
  organisationId: string,
  organisation: OrganisationInput,
  version: number,
): Promise<OrganisationView> {
  return api.put(`/api/organisations/${encodeURIComponent(organisationId)}`, organisation, { version });
}

export async function fetchDuplicates(): Promise<DuplicatePair[]> {
  const { pairs } = await api.get<Duplicates>('/api/duplicates');
  return pairs;
}

export function previewMerge(keepId: string, removeId: string): Promise<MergePreview> {
  return api.get(`/api/duplicates/preview${queryString({ keepId, removeId })}`);
}

export function mergePersons(keepId: string, removeId: string): Promise<PersonView> {
  return api.post('/api/duplicates/merge', { keepId, removeId });
}
