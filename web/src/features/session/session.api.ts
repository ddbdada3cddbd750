import { api } from '../../api/client.ts';
import type { SessionView, SignInInput, User } from '../../../../common/auth.schemas.ts';

export interface SignedInSession {
  user: User;
  csrfToken: string;
}

export function fetchSession(): Promise<SessionView> {
  return api.get<SessionView>('/api/session');
}

export function signIn(input: SignInInput): Promise<SignedInSession> {
  return api.post<SignedInSession>('/api/session', input);
}

export function signOut(): Promise<void> {
  return api.delete<void>('/api/session');
}
