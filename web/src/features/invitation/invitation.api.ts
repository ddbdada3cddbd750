import { api } from '../../api/client.ts';
import type { AcceptInvitationInput } from '../../../../common/auth.schemas.ts';
import type { SignedInSession } from '../session/session.api.ts';

export interface Invitation {
  email: string;
  name: string;
}

/** Answers 410 token_invalid when the invitation expired or was already accepted. */
export function fetchInvitation(token: string): Promise<Invitation> {
  return api.get<Invitation>(`/api/invitations/${encodeURIComponent(token)}`);
}

export function acceptInvitation(input: AcceptInvitationInput): Promise<SignedInSession> {
  return api.post<SignedInSession>('/api/invitations/accept', input);
}
