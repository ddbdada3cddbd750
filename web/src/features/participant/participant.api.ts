import type { AssemblyStateEvent } from '../../../../common/events.ts';
import { api } from '../../api/client.ts';
import type { Assembly } from '../assemblies/assemblies.api.ts';
import type { ConvocationAnswer } from '../assemblies/convocations.api.ts';

export interface ConvocationView {
  assembly: Assembly;
  memberName: string;
  answer: ConvocationAnswer | null;
  isToday: boolean;
  proxyHolders: { membershipId: string; memberName: string }[];
}

export interface ParticipantView {
  assembly: Assembly;
  memberName: string;
  state: AssemblyStateEvent;
  csrfToken: string;
}

function convocationPath(token: string, rest?: string): string {
  return `/api/convocations/${encodeURIComponent(token)}${rest ? `/${rest}` : ''}`;
}

/** 410 token_invalid when the link is unknown or expired after the assembly. */
export function fetchConvocation(token: string): Promise<ConvocationView> {
  return api.get<ConvocationView>(convocationPath(token));
}

/** A refused proxy answers 400 with a French `detail` saying why. */
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
export function joinSession(token: string): Promise<{ slug: string }> {
  return api.post<{ slug: string }>(convocationPath(token, 'sign-in'));
}

export function fetchParticipant(): Promise<ParticipantView> {
  return api.get<ParticipantView>('/api/participant');
}

export const participantEventsPath = '/api/participant/events';
