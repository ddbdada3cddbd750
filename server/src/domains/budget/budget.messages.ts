import { defineMessages } from '../../../../common/i18n/messages.ts';

/**
 * The budget domain's server-side texts (e-mails, documents, sentences of the minutes), French and
 * English side by side; read with `translate(language, 'budget:key', params)` (server/src/i18n/translate.ts).
 */
export const budgetMessages = defineMessages({
  // The team by function, as the staff page and the API word it ("Composition de l'équipe actuelle").
  staff_function_direction: { fr: 'Direction générale', en: 'Management' },
  staff_function_research: { fr: 'Recherche', en: 'Research' },
  staff_function_design: { fr: 'Design', en: 'Design' },
  staff_function_coordination: {
    fr: 'Coordination et gestion de projets',
    en: 'Coordination and project management',
  },
  staff_function_international: { fr: 'International', en: 'International' },
  staff_function_administration: {
    fr: 'Administration et gestion financière',
    en: 'Administration and finance',
  },
  // An intern among the names of a function.
  staff_intern_name: { fr: '{{name}} (stage)', en: '{{name}} (intern)' },
});
