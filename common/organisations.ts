/** The kinds of organisation the register knows, as codes (the web app translates them). */
export const organisationKinds = [
  'region',
  'department',
  'municipality',
  'metropolis',
  'urban_community',
  'community_of_communes',
  'regional_natural_park',
  'state_service',
  'public_body',
  'association',
  'company',
  'university',
  'union',
  'other',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];
