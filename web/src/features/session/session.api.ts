import { api } from '../../api/client.ts';
import type {
  FirstRunView,
  SessionView,
  SignedInSession,
  SignInInput,
} from '../../../../common/auth.schemas.ts';
import type { TwoFactorChallenge, TwoFactorSignInInput } from '../../../../common/two-factor.schemas.ts';

export type { SignedInSession };

export function fetchSession(): Promise<SessionView> {
  return api.get<SessionView>('/api/session');
}

/** Whether any account exists yet: without one, the sign-in page says how to create the first. */
export function fetchFirstRun(): Promise<FirstRunView> {
  return api.get<FirstRunView>('/api/first-run');
}

/** Opens a session, or answers a challenge when the account signs in with a second factor. */
export function signIn(input: SignInInput): Promise<SignedInSession | TwoFactorChallenge> {
  return api.post<SignedInSession | TwoFactorChallenge>('/api/session', input);
}

/** The second step: the challenge and a code from the app, or a recovery code. */
export function signInWithCode(input: TwoFactorSignInInput): Promise<SignedInSession> {
  return api.post<SignedInSession>('/api/session/two-factor', input);
}

export function signOut(): Promise<void> {
  return api.delete<void>('/api/session');
}
