import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { budgetReaderRoles, registerReaderRoles } from '../../common/roles.ts';
import { queryClient } from './api/query-client.ts';
import { lazyPage } from './components/lazy-page.tsx';
import { LoadingState } from './components/loading-state.tsx';
import { NoticeProvider } from './components/notice.context.tsx';
import { PublicLayout } from './components/public-layout.tsx';
import { cssVariablesResolver, theme } from './components/theme.ts';
import { assembliesRoutes, kioskRoute, projectorRoute } from './features/assemblies/assemblies.routes.tsx';
import { SessionUnavailablePage } from './features/errors/session-unavailable.page.tsx';
import { participantRoutes } from './features/participant/participant.routes.tsx';
import { registerRoutes } from './features/register/register.routes.tsx';
import { RequireRole, RequireSession } from './features/session/require-session.route.tsx';
import { SessionProvider, useSession } from './features/session/session.context.tsx';

// Every page is fetched when first visited: the first download is the shell, not the whole app.
const AccountPage = lazyPage(
  () => import('./features/account/account.page.tsx'),
  (module) => module.AccountPage,
);
const BudgetPage = lazyPage(
  () => import('./features/budget/budget.page.tsx'),
  (module) => module.BudgetPage,
);
const MinutesRegisterPage = lazyPage(
  () => import('./features/minutes/minutes-register.page.tsx'),
  (module) => module.MinutesRegisterPage,
);
const ProgrammesPage = lazyPage(
  () => import('./features/programmes/programmes.page.tsx'),
  (module) => module.ProgrammesPage,
);
const StaffPage = lazyPage(
  () => import('./features/staff/staff.page.tsx'),
  (module) => module.StaffPage,
);
const DashboardPage = lazyPage(
  () => import('./features/dashboard/dashboard.page.tsx'),
  (module) => module.DashboardPage,
);
const NotFoundPage = lazyPage(
  () => import('./features/errors/not-found.page.tsx'),
  (module) => module.NotFoundPage,
);
const InvitationPage = lazyPage(
  () => import('./features/invitation/invitation.page.tsx'),
  (module) => module.InvitationPage,
);
const PasswordForgotPage = lazyPage(
  () => import('./features/password/password-forgot.page.tsx'),
  (module) => module.PasswordForgotPage,
);
const PasswordResetPage = lazyPage(
  () => import('./features/password/password-reset.page.tsx'),
  (module) => module.PasswordResetPage,
);
const SignInPage = lazyPage(
  () => import('./features/session/sign-in.page.tsx'),
  (module) => module.SignInPage,
);
const StatutesPage = lazyPage(
  () => import('./features/statutes/statutes.page.tsx'),
  (module) => module.StatutesPage,
);
const UsersPage = lazyPage(
  () => import('./features/users/users.page.tsx'),
  (module) => module.UsersPage,
);
const AssociationPage = lazyPage(
  () => import('./features/association/association.page.tsx'),
  (module) => module.AssociationPage,
);
const CategoriesPage = lazyPage(
  () => import('./features/categories/categories.page.tsx'),
  (module) => module.CategoriesPage,
);
const RegisterFieldsPage = lazyPage(
  () => import('./features/register-fields/register-fields.page.tsx'),
  (module) => module.RegisterFieldsPage,
);
const BoardPage = lazyPage(
  () => import('./features/votes/board.page.tsx'),
  (module) => module.BoardPage,
);

// The shell's header and navigation (Mantine's AppShell) are not the phone's nor the projector's.
const SignedInLayout = lazyPage(
  () => import('./components/signed-in-layout.tsx'),
  (module) => module.SignedInLayout,
);

/** Pages anyone may reach (the 404) wear the shell when signed in, the public frame otherwise. */
function SessionLayout() {
  const { user } = useSession();
  return user ? <SignedInLayout /> : <PublicLayout />;
}

function AppRoutes() {
  const { status, reload } = useSession();
  if (status === 'loading') return <LoadingState />;
  if (status === 'unavailable') return <SessionUnavailablePage onRetry={reload} />;

  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route path="/signin" element={<SignInPage />} />
        <Route path="/password/forgot" element={<PasswordForgotPage />} />
        <Route path="/password/reset" element={<PasswordResetPage />} />
        <Route path="/password/reset/:token" element={<PasswordResetPage />} />
        <Route path="/invitation" element={<InvitationPage />} />
        <Route path="/invitation/:token" element={<InvitationPage />} />
      </Route>
      {participantRoutes}
      <Route element={<RequireSession />}>
        {projectorRoute}
        {kioskRoute}
        <Route element={<SignedInLayout />}>
          <Route index element={<DashboardPage />} />
          {registerRoutes}
          {assembliesRoutes}
          <Route path="/board" element={<BoardPage />} />
          <Route element={<RequireRole roles={budgetReaderRoles} />}>
            <Route path="/budget" element={<BudgetPage />} />
            <Route path="/staff" element={<StaffPage />} />
            <Route path="/programmes" element={<ProgrammesPage />} />
          </Route>
          <Route path="/minutes" element={<MinutesRegisterPage />} />
          <Route path="/account" element={<AccountPage />} />
          <Route element={<RequireRole roles={registerReaderRoles} />}>
            <Route path="/settings/categories" element={<CategoriesPage />} />
          </Route>
          <Route element={<RequireRole roles={['administrator']} />}>
            <Route path="/settings" element={<Navigate to="/settings/users" replace />} />
            <Route path="/settings/association" element={<AssociationPage />} />
            <Route path="/settings/users" element={<UsersPage />} />
            <Route path="/settings/statutes" element={<StatutesPage />} />
            <Route path="/settings/register-fields" element={<RegisterFieldsPage />} />
          </Route>
        </Route>
      </Route>
      <Route element={<SessionLayout />}>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <BrowserRouter>
          <SessionProvider>
            <NoticeProvider>
              <AppRoutes />
            </NoticeProvider>
          </SessionProvider>
        </BrowserRouter>
      </MantineProvider>
    </QueryClientProvider>
  );
}
