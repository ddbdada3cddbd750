import type {
  ConvocationAnswer,
  ConvocationView,
  ParticipantSignIn,
  ParticipantView,
} from '../../../../common/assemblies.schemas.ts';
import { api } from '../../api/client.ts';

export type { ConvocationView, ParticipantView };

function convocationPath(token: string, rest?: string): string {
  return `/api/convocations/${encodeURIComponent(token)}${rest ? `/${rest}` : ''}`;
}

/** 410 token_invalid when the link is unknown or expired after the assembly. */
export function fetchConvocation(token: string): Promise<ConvocationView> {
  return api.get<ConvocationView>(convocationPath(token));
}

/** A refused proxy answers 400 with a `detail` saying why, in the page's language. */
export function answerConvocation(
  token: string,
  answer: ConvocationAnswer,
  holderMembershipId?: string,
): Promise<ConvocationView> {
  return api.post<ConvocationView>(convocationPath(token, 'answer'), {
    answer,
    ...(holderMembershipId ? { holderMembershipId } : {}),
  });
}

/** On the day only: opens a participant session (cookie) for this assembly. */
export function joinSession(token: string): Promise<ParticipantSignIn> {
  return api.post<ParticipantSignIn>(convocationPath(token, 'sign-in'));
}

export function fetchParticipant(): Promise<ParticipantView> {
  return api.get<ParticipantView>('/api/participant');
}

export const participantEventsPath = '/api/participant/events';
