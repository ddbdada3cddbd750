import type { Locale } from '../../../../common/format.ts';
import { translate } from '../../i18n/translate.ts';
import type { VoteCounts } from './majority.ts';

/** How a resolution's outcome was recorded: counted, by acclamation, or only its result. */
export type RecordedAs = 'counts' | 'unanimous' | 'adopted' | 'rejected';

export interface WordedResolution {
  /** The operative clause, after "L'Assemblée Générale": "approuve les comptes 2016 …". */
  text: string;
  textEn: string | null;
  recordedAs: RecordedAs;
  counts: VoteCounts | null;
  isAdopted: boolean;
}

/** "1 234" with a narrow no-break space in French, "1,234" in English. */
function whole(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB')
    .format(value)
    .replace(/[\u202f\u00a0]/g, '\u202f');
}

/** "a, b et c": the items but the last joined by commas, the last two by the language's "and". */
function list(items: string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  return translate(locale, 'votes:list_last', { first: items.slice(0, -1).join(', '), last: items.at(-1)! });
}

/** "25 voix pour, 3 contre et 2 abstentions"; "25 votes for, 3 against and 2 abstentions". */
export function countsPhrase(counts: VoteCounts, locale: Locale): string {
  const part = (key: string, count: number) =>
    translate(locale, `votes:counts_${key}`, { count, number: whole(count, locale) });
  const parts = [part('for', counts.for), part('against', counts.against)];
  if (counts.abstain > 0) parts.push(part('abstain', counts.abstain));
  if (counts.blank > 0) parts.push(part('blank', counts.blank));
  return list(parts, locale);
}

const withoutFinalStop = (text: string) => text.trim().replace(/[.\s]+$/, '');

/**
 * The sentence the minutes print for a resolution, as the reference words it:
 * "L'Assemblée Générale approuve les comptes 2016 (Résultat : - 14 071€) et le rapport d'activité
 * de cette même année à l'unanimité." when adopted by acclamation; the clause alone when only
 * "adopted" was recorded; "Résolution adoptée par 25 voix pour, 3 contre et 2 abstentions." after a count.
 */
export function resolutionOutcomeSentence(resolution: WordedResolution, locale: Locale): string {
  const clause = withoutFinalStop(locale === 'en' ? (resolution.textEn ?? resolution.text) : resolution.text);
  switch (resolution.recordedAs) {
    case 'unanimous':
      return translate(locale, 'votes:outcome_unanimous', { clause });
    case 'adopted':
      return translate(locale, 'votes:outcome_adopted', { clause });
    case 'rejected':
      return translate(locale, 'votes:outcome_rejected');
    case 'counts': {
      const counts = countsPhrase(resolution.counts ?? { for: 0, against: 0, abstain: 0, blank: 0 }, locale);
      return resolution.isAdopted
        ? translate(locale, 'votes:outcome_adopted_by', { clause, counts })
        : translate(locale, 'votes:outcome_rejected_by', { counts });
    }
  }
}
