import type {
  ConvocationAnswer,
  ConvocationProgress,
  ConvocationRecipient,
  ConvocationStatus,
  SendConvocationsResult,
} from '../../../../common/assemblies.schemas.ts';
import { api } from '../../api/client.ts';
import { assemblyApiPath } from './assemblies.api.ts';

export type { ConvocationAnswer, ConvocationProgress, ConvocationRecipient, ConvocationStatus };

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
