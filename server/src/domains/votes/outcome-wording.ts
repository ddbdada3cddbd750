import type { Locale } from '../../../../common/format.ts';
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

function whole(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB')
    .format(value)
    .replace(/[\u202f\u00a0]/g, ' ');
}

function list(items: string[], conjunction: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** "25 voix pour, 3 contre et 2 abstentions"; "25 votes for, 3 against and 2 abstentions". */
export function countsPhrase(counts: VoteCounts, locale: Locale): string {
  const n = (value: number) => whole(value, locale);
  if (locale === 'fr') {
    const parts = [`${n(counts.for)} voix pour`, `${n(counts.against)} contre`];
    if (counts.abstain > 0) parts.push(`${n(counts.abstain)} abstention${counts.abstain > 1 ? 's' : ''}`);
    if (counts.blank > 0)
      parts.push(`${n(counts.blank)} vote${counts.blank > 1 ? 's' : ''} blanc${counts.blank > 1 ? 's' : ''}`);
    return list(parts, 'et');
  }
  const parts = [`${n(counts.for)} vote${counts.for === 1 ? '' : 's'} for`, `${n(counts.against)} against`];
  if (counts.abstain > 0) parts.push(`${n(counts.abstain)} abstention${counts.abstain > 1 ? 's' : ''}`);
  if (counts.blank > 0) parts.push(`${n(counts.blank)} blank vote${counts.blank > 1 ? 's' : ''}`);
  return list(parts, 'and');
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
  const assembly = locale === 'fr' ? "L'Assemblée Générale" : 'The General Assembly';
  switch (resolution.recordedAs) {
    case 'unanimous':
      return locale === 'fr' ? `${assembly} ${clause} à l'unanimité.` : `${assembly} ${clause} unanimously.`;
    case 'adopted':
      return `${assembly} ${clause}.`;
    case 'rejected':
      return locale === 'fr' ? 'Résolution rejetée.' : 'Resolution rejected.';
    case 'counts': {
      const counts = resolution.counts ?? { for: 0, against: 0, abstain: 0, blank: 0 };
      if (!resolution.isAdopted) {
        return locale === 'fr'
          ? `Résolution rejetée par ${countsPhrase(counts, 'fr')}.`
          : `Resolution rejected by ${countsPhrase(counts, 'en')}.`;
      }
      return locale === 'fr'
        ? `${assembly} ${clause}. Résolution adoptée par ${countsPhrase(counts, 'fr')}.`
        : `${assembly} ${clause}. Resolution adopted by ${countsPhrase(counts, 'en')}.`;
    }
  }
}
