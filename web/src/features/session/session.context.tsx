import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { User } from '../../../../common/auth.schemas.ts';
import { setCsrfToken, setNotAuthenticatedHandler } from '../../api/client.ts';
import { queryClient } from '../../api/query-client.ts';
import { fetchSession, signOut as requestSignOut, type SignedInSession } from './session.api.ts';

type SessionStatus = 'loading' | 'ready' | 'unavailable';

interface SessionContextValue {
  status: SessionStatus;
  user: User | null;
  /** The association requires a second factor of this account, which has none yet: it enrols first. */
  mustEnrolTwoFactor: boolean;
  /** After enrolling or turning the second factor off on "Mon compte". */
  setHasTwoFactor: (hasTwoFactor: boolean) => void;
  /** Records the session the server opened (sign-in, accepted invitation). */
  startSession: (session: SignedInSession) => void;
  signOut: () => Promise<void>;
  reload: () => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [user, setUser] = useState<User | null>(null);
  const [mustEnrolTwoFactor, setMustEnrolTwoFactor] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    fetchSession().then(
      (session) => {
        if (!isCurrent) return;
        setCsrfToken(session.csrfToken);
        setUser(session.user);
        setMustEnrolTwoFactor(session.mustEnrolTwoFactor);
        setStatus('ready');
      },
      () => {
        if (isCurrent) setStatus('unavailable');
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [attempt]);

  useEffect(() => {
    // A request refused for lack of session means it expired: forget the user so routes send them to sign in.
    setNotAuthenticatedHandler(() => {
      setCsrfToken(null);
      setUser(null);
      queryClient.clear();
    });
    return () => setNotAuthenticatedHandler(null);
  }, []);

  const startSession = useCallback((session: SignedInSession) => {
    queryClient.clear();
    setCsrfToken(session.csrfToken);
    setUser(session.user);
    setMustEnrolTwoFactor(session.mustEnrolTwoFactor);
    setStatus('ready');
  }, []);

  const setHasTwoFactor = useCallback((hasTwoFactor: boolean) => {
    setUser((current) => (current ? { ...current, hasTwoFactor } : current));
    if (hasTwoFactor) setMustEnrolTwoFactor(false);
  }, []);

  const signOut = useCallback(async () => {
    try {
      await requestSignOut();
    } catch {
      // The session may already be gone on the server; the user still expects to be signed out here.
    } finally {
      setCsrfToken(null);
      setUser(null);
      // What one account was shown must not be shown to the next one signing in on this browser.
      queryClient.clear();
    }
  }, []);

  const reload = useCallback(() => {
    setStatus('loading');
    setAttempt((value) => value + 1);
  }, []);

  const value = useMemo(
    () => ({ status, user, mustEnrolTwoFactor, setHasTwoFactor, startSession, signOut, reload }),
    [status, user, mustEnrolTwoFactor, setHasTwoFactor, startSession, signOut, reload],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = use(SessionContext);
  if (!value) throw new Error('useSession must be used inside SessionProvider');
  return value;
}

/** For pages behind RequireSession, where a user is always present. */
export function useSignedInUser(): User {
  const { user } = useSession();
  if (!user) throw new Error('useSignedInUser must be used behind RequireSession');
  return user;
}
