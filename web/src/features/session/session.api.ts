import { api } from '../../api/client.ts';
import type { SessionView, SignedInSession, SignInInput } from '../../../../common/auth.schemas.ts';

export type { SignedInSession };

export function fetchSession(): Promise<SessionView> {
  return api.get<SessionView>('/api/session');
}

export function signIn(input: SignInInput): Promise<SignedInSession> {
  return api.post<SignedInSession>('/api/session', input);
}

export function signOut(): Promise<void> {
  return api.delete<void>('/api/session');
}
