import { MantineProvider } from '@mantine/core';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { budgetReaderRoles } from '../../common/roles.ts';
import { AppLayout } from './components/app-layout.tsx';
import { LoadingState } from './components/loading-state.tsx';
import { NoticeProvider } from './components/notice.context.tsx';
import { PublicLayout } from './components/public-layout.tsx';
import { cssVariablesResolver, theme } from './components/theme.ts';
import { AccountPage } from './features/account/account.page.tsx';
import { assembliesRoutes, projectorRoute } from './features/assemblies/assemblies.routes.tsx';
import { AssociationProvider } from './features/association/association.context.tsx';
import { BudgetPage } from './features/budget/budget.page.tsx';
import { MinutesRegisterPage } from './features/minutes/minutes-register.page.tsx';
import { ProgrammesPage } from './features/programmes/programmes.page.tsx';
import { StaffPage } from './features/staff/staff.page.tsx';
import { DashboardPage } from './features/dashboard/dashboard.page.tsx';
import { NotFoundPage } from './features/errors/not-found.page.tsx';
import { SessionUnavailablePage } from './features/errors/session-unavailable.page.tsx';
import { InvitationPage } from './features/invitation/invitation.page.tsx';
import { participantRoutes } from './features/participant/participant.routes.tsx';
import { PasswordForgotPage } from './features/password/password-forgot.page.tsx';
import { PasswordResetPage } from './features/password/password-reset.page.tsx';
import { registerRoutes } from './features/register/register.routes.tsx';
import { RequireRole, RequireSession } from './features/session/require-session.route.tsx';
import { SessionProvider, useSession } from './features/session/session.context.tsx';
import { SignInPage } from './features/session/sign-in.page.tsx';
import { StatutesPage } from './features/statutes/statutes.page.tsx';
import { UsersPage } from './features/users/users.page.tsx';
import { BoardPage } from './features/votes/board.page.tsx';

function SignedInLayout() {
  return (
    <AssociationProvider>
      <AppLayout />
    </AssociationProvider>
  );
}

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
        <Route path="/password/reset/:token" element={<PasswordResetPage />} />
        <Route path="/invitation/:token" element={<InvitationPage />} />
      </Route>
      {participantRoutes}
      <Route element={<RequireSession />}>
        {projectorRoute}
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
          <Route element={<RequireRole roles={['administrator']} />}>
            <Route path="/settings" element={<Navigate to="/settings/users" replace />} />
            <Route path="/settings/users" element={<UsersPage />} />
            <Route path="/settings/statutes" element={<StatutesPage />} />
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
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <BrowserRouter>
        <SessionProvider>
          <NoticeProvider>
            <AppRoutes />
          </NoticeProvider>
        </SessionProvider>
      </BrowserRouter>
    </MantineProvider>
  );
}
