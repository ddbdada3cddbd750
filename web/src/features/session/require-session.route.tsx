import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '../../../../common/roles.ts';
import { ForbiddenPage } from '../errors/forbidden.page.tsx';
import { useSession } from './session.context.tsx';

export interface ReturnLocationState {
  from?: string;
}

/**
 * Signed-in routes: without a session, go to sign in and come back here afterwards. An account the
 * association requires a second factor of, without one yet, enrols on "Mon compte" before anything else.
 */
export function RequireSession() {
  const { user, mustEnrolTwoFactor } = useSession();
  const location = useLocation();
  if (!user) {
    const state: ReturnLocationState = { from: `${location.pathname}${location.search}${location.hash}` };
    return <Navigate to="/signin" replace state={state} />;
  }
  if (mustEnrolTwoFactor && location.pathname !== '/account') return <Navigate to="/account" replace />;
  return <Outlet />;
}

/** Routes for some roles only; others see a plain "access denied" page. */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const { user } = useSession();
  if (!user || !roles.includes(user.role)) return <ForbiddenPage />;
  return <Outlet />;
}
