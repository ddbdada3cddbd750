import { api } from '../../api/client.ts';
import { assemblyApiPath } from './assemblies.api.ts';

export type ConvocationStatus = 'pending' | 'sent' | 'failed';
export type ConvocationAnswer = 'attending' | 'excused' | 'proxy';

export interface ConvocationRecipient {
  id: string;
  membershipId: string;
  memberName: string;
  email: string | null;
  status: ConvocationStatus;
  error: string | null;
  sentAt: string | null;
  answer: ConvocationAnswer | null;
}

export interface ConvocationProgress {
  total: number;
  pending: number;
  sent: number;
  failed: number;
  recipients: ConvocationRecipient[];
}

export function fetchConvocations(slug: string): Promise<ConvocationProgress> {
  return api.get<ConvocationProgress>(assemblyApiPath(slug, 'convocations'));
}

/**
 * Queues the e-mails (202); they leave in the background. `warning` says when the notice is shorter
 * than the statutes ask. Refused (400) when nobody is left to convene, 409 for a past assembly.
 */
export function sendConvocations(
  slug: string,
  onlyFailed: boolean,
): Promise<{ queued: number; warning: string | null }> {
  return api.post<{ queued: number; warning: string | null }>(assemblyApiPath(slug, 'convocations'), {
    onlyFailed,
  });
}
