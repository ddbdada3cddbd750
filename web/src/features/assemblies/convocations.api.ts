import type {
  ConvocationAnswer,
  ConvocationPreview,
  ConvocationProgress,
  ConvocationRecipient,
  ConvocationStatus,
  JoinLink,
  SendConvocationsResult,
  SendRemindersResult,
} from '../../../../common/assemblies.schemas.ts';
import { api } from '../../api/client.ts';
import { assemblyApiPath } from './assemblies.api.ts';

export type {
  ConvocationAnswer,
  ConvocationPreview,
  ConvocationProgress,
  ConvocationRecipient,
  ConvocationStatus,
};

export function fetchConvocations(slug: string): Promise<ConvocationProgress> {
  return api.get<ConvocationProgress>(assemblyApiPath(slug, 'convocations'));
}

/**
 * Queues the e-mails (202); they leave in the background. `warning` says when the notice is shorter
 * than the statutes ask. Refused (400) when nobody is left to convene, 409 for a past assembly.
 */
export function sendConvocations(slug: string, onlyFailed: boolean): Promise<SendConvocationsResult> {
  return api.post<SendConvocationsResult>(assemblyApiPath(slug, 'convocations'), {
    onlyFailed,
  });
}

/** The exact e-mail and its recipients, before sending; `refusal` says when sending is closed. */
export function fetchConvocationPreview(slug: string): Promise<ConvocationPreview> {
  return api.get<ConvocationPreview>(assemblyApiPath(slug, 'convocations/preview'));
}

/** Reminds the members convened by e-mail who have not answered (202); each gets a new link. */
export function sendConvocationReminders(slug: string): Promise<SendRemindersResult> {
  return api.post<SendRemindersResult>(assemblyApiPath(slug, 'convocations/reminders'));
}

/** The printed letters (PDF) of the members without an e-mail address; each printing gives new links. */
export function printConvocationLetters(slug: string): Promise<Blob> {
  return api.postForFile(assemblyApiPath(slug, 'convocations/letters'));
}

/** For the projector: the page where phones sign in with their own personal link, and its QR code. */
export function fetchJoinLink(): Promise<JoinLink> {
  return api.get<JoinLink>('/api/convocations/join');
}
