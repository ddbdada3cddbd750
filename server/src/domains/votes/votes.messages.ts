import { defineMessages } from '../../../../common/i18n/messages.ts';

/**
 * The votes domain's server-side texts (e-mails, documents, sentences of the minutes), French and
 * English side by side; read with `translate(language, 'votes:key', params)` (server/src/i18n/translate.ts).
 */
export const votesMessages = defineMessages({});
