import type { Message } from '../i18n/messages.ts';

/** A code Quorum answers with: its HTTP status and the sentence people read, in both languages. */
export interface ErrorDefinition extends Message {
  readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 500 | 503;
}

export type ErrorDefinitions = Readonly<Record<string, ErrorDefinition>>;

/**
 * One domain's error codes. A code used only to name what is wrong with a field
 * (`invalidField('body.email', 'invalid_email')`) has status 400.
 */
export function defineErrors<const T extends ErrorDefinitions>(definitions: T): T {
  return definitions;
}
