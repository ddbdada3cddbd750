import type { Locale } from '../../../../../common/format.ts';
import { translate } from '../../../i18n/translate.ts';

const assemblyKinds = ['ordinary', 'extraordinary', 'board', 'bureau'] as const;

/** How the minutes name the kind of assembly: "l’assemblée générale annuelle", "the annual general assembly". */
export function assemblyWords(kind: string, lang: Locale): string {
  const known = assemblyKinds.find((entry) => entry === kind) ?? 'ordinary';
  return translate(lang, `minutes:assembly_${known}`);
}

/** "mercredi 21 juin 2017" → "21 juin 2017"; "Wednesday, 21 June 2017" → "21 June 2017". */
export function withoutWeekday(day: string): string {
  return day.replace(/^\S+?,?\s/, '');
}

/** The first letter in capitals: "L’assemblée générale annuelle s’est tenue…". */
export function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
