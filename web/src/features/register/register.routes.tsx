import { lazyPage } from '../../components/lazy-page.tsx';
import { Route } from 'react-router';
import { MembersIndexPage, RegisterLayout, RequireRegisterAccess } from './register-layout.tsx';

// The register is the largest area of the app: its pages load when first visited, not with sign-in.
const PersonPage = lazyPage(
  () => import('./persons/person.page.tsx'),
  (module) => module.PersonPage,
);
const OrganisationsPage = lazyPage(
  () => import('./organisations/organisations.page.tsx'),
  (module) => module.OrganisationsPage,
);
const OrganisationPage = lazyPage(
  () => import('./organisations/organisation.page.tsx'),
  (module) => module.OrganisationPage,
);
const MembershipsPage = lazyPage(
  () => import('./memberships/memberships.page.tsx'),
  (module) => module.MembershipsPage,
);
const MembershipPage = lazyPage(
  () => import('./memberships/membership.page.tsx'),
  (module) => module.MembershipPage,
);
const FeeGridPage = lazyPage(
  () => import('./fees/fee-grid.page.tsx'),
  (module) => module.FeeGridPage,
);
const SummaryPage = lazyPage(
  () => import('./summary/summary.page.tsx'),
  (module) => module.SummaryPage,
);
const DuplicatesPage = lazyPage(
  () => import('./duplicates/duplicates.page.tsx'),
  (module) => module.DuplicatesPage,
);
// Built in features/register-import; placed here so it wears the register's sub-navigation and guard.
const RegisterImportPage = lazyPage(
  () => import('../register-import/register-import.page.tsx'),
  (module) => module.RegisterImportPage,
);

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
