import { api } from '../../api/client.ts';
import type {
  AcceptInvitationInput,
  InvitationView,
  SignedInSession,
} from '../../../../common/auth.schemas.ts';

export type Invitation = InvitationView;

/** Answers 410 token_invalid when the invitation expired or was already accepted. */
export function fetchInvitation(token: string): Promise<Invitation> {
  return api.post<Invitation>('/api/invitations/view', { token });
}

export function acceptInvitation(input: AcceptInvitationInput): Promise<SignedInSession> {
  return api.post<SignedInSession>('/api/invitations/accept', input);
}
