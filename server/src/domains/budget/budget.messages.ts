import { defineMessages } from '../../../../common/i18n/messages.ts';

/**
 * The budget domain's server-side texts (e-mails, documents, sentences of the minutes), French and
 * English side by side; read with `translate(language, 'budget:key', params)` (server/src/i18n/translate.ts).
 */
export const budgetMessages = defineMessages({
  // An intern among the names of a function.
  staff_intern_name: { fr: '{{name}} (stage)', en: '{{name}} (intern)' },
});
