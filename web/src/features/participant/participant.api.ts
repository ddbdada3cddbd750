import type {
  ConvocationAnswer,
  ConvocationView,
  ParticipantSignIn,
  ParticipantView,
} from '../../../../common/assemblies.schemas.ts';
import { api } from '../../api/client.ts';

export type { ConvocationView, ParticipantView };

/** 410 token_invalid when the link is unknown or expired after the assembly. */
export function fetchConvocation(token: string): Promise<ConvocationView> {
  return api.post<ConvocationView>('/api/convocations/view', { token });
}

/** A refused proxy answers 400 with a `detail` saying why, in the page's language. */
export function answerConvocation(
  token: string,
  answer: ConvocationAnswer,
  holderMembershipId?: string,
): Promise<ConvocationView> {
  return api.post<ConvocationView>('/api/convocations/answer', {
    token,
    answer,
    ...(holderMembershipId ? { holderMembershipId } : {}),
  });
}

/** On the day only: opens a participant session (cookie) for this assembly. */
export function joinSession(token: string): Promise<ParticipantSignIn> {
  return api.post<ParticipantSignIn>('/api/convocations/sign-in', { token });
}

export function fetchParticipant(): Promise<ParticipantView> {
  return api.get<ParticipantView>('/api/participant');
}

export const participantEventsPath = '/api/participant/events';
