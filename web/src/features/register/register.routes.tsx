import { lazy } from 'react';
import { Route } from 'react-router';
import { MembersIndexPage, RegisterLayout, RequireRegisterAccess } from './register-layout.tsx';

// The register is the largest area of the app: its pages load when first visited, not with sign-in.
const PersonPage = lazy(async () => ({ default: (await import('./persons/person.page.tsx')).PersonPage }));
const OrganisationsPage = lazy(async () => ({
  default: (await import('./organisations/organisations.page.tsx')).OrganisationsPage,
}));
const OrganisationPage = lazy(async () => ({
  default: (await import('./organisations/organisation.page.tsx')).OrganisationPage,
}));
const MembershipsPage = lazy(async () => ({
  default: (await import('./memberships/memberships.page.tsx')).MembershipsPage,
}));
const MembershipPage = lazy(async () => ({
  default: (await import('./memberships/membership.page.tsx')).MembershipPage,
}));
const FeeGridPage = lazy(async () => ({ default: (await import('./fees/fee-grid.page.tsx')).FeeGridPage }));
const SummaryPage = lazy(async () => ({ default: (await import('./summary/summary.page.tsx')).SummaryPage }));
const DuplicatesPage = lazy(async () => ({
  default: (await import('./duplicates/duplicates.page.tsx')).DuplicatesPage,
}));
// Built in features/register-import; placed here so it wears the register's sub-navigation and guard.
const RegisterImportPage = lazy(async () => ({
  default: (await import('../register-import/register-import.page.tsx')).RegisterImportPage,
}));

const readers = (page: React.ReactNode) => (
  <RequireRegisterAccess rule="canRead">{page}</RequireRegisterAccess>
);
const mergers = (page: React.ReactNode) => (
  <RequireRegisterAccess rule="canMerge">{page}</RequireRegisterAccess>
);
const writers = (page: React.ReactNode) => (
  <RequireRegisterAccess rule="canChange">{page}</RequireRegisterAccess>
);

/** The "Membres" area, placed by app.tsx inside the signed-in shell. */
export const registerRoutes = (
  <Route path="/members" element={<RegisterLayout />}>
    <Route index element={<MembersIndexPage />} />
    <Route path="persons/:personId" element={readers(<PersonPage />)} />
    <Route path="organisations" element={readers(<OrganisationsPage />)} />
    <Route path="organisations/:organisationId" element={readers(<OrganisationPage />)} />
    <Route path="memberships" element={readers(<MembershipsPage />)} />
    <Route path="memberships/:membershipId" element={readers(<MembershipPage />)} />
    <Route path="fees" element={readers(<FeeGridPage />)} />
    <Route path="summary" element={readers(<SummaryPage />)} />
    <Route path="duplicates" element={mergers(<DuplicatesPage />)} />
    <Route path="import" element={writers(<RegisterImportPage />)} />
  </Route>
);
