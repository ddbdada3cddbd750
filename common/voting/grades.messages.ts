import { defineMessages } from '../i18n/messages.ts';

/**
 * The names of majority judgment's grades (`majorityJudgmentScales`), as the phone, the projector,
 * the minutes and the CSV export print them: the French mentions of Balinski and Laraki, and their
 * English equivalents.
 */
export const gradeMessages = defineMessages({
  excellent: { fr: 'Excellent', en: 'Excellent' },
  very_good: { fr: 'Très bien', en: 'Very good' },
  good: { fr: 'Bien', en: 'Good' },
  fairly_good: { fr: 'Assez bien', en: 'Fairly good' },
  passable: { fr: 'Passable', en: 'Passable' },
  insufficient: { fr: 'Insuffisant', en: 'Insufficient' },
  reject: { fr: 'À rejeter', en: 'Reject' },
});
