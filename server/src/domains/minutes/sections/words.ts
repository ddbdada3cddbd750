import type { Locale } from '../../../../../common/format.ts';

const kinds: Record<string, Record<Locale, { article: string; noun: string }>> = {
  ordinary: {
    fr: { article: 'l’', noun: 'assemblée générale annuelle' },
    en: { article: 'the ', noun: 'annual general assembly' },
  },
  extraordinary: {
    fr: { article: 'l’', noun: 'assemblée générale extraordinaire' },
    en: { article: 'the ', noun: 'extraordinary general assembly' },
  },
  board: {
    fr: { article: 'la ', noun: 'réunion du conseil d’administration' },
    en: { article: 'the ', noun: 'board meeting' },
  },
};

/** How the minutes name the kind of assembly. */
export function assemblyWords(kind: string, lang: Locale) {
  return (kinds[kind] ?? kinds.ordinary!)[lang];
}

/** "mercredi 21 juin 2017" → "21 juin 2017"; "Wednesday, 21 June 2017" → "21 June 2017". */
export function withoutWeekday(day: string, lang: Locale): string {
  return lang === 'fr' ? day.replace(/^\S+\s/, '') : day.replace(/^\S+,\s/, '');
}

/** "1er", "2e"… / "1st"… as headings number the workshop groups. */
export function ordinal(position: number, lang: Locale): string {
  if (lang === 'fr') return position === 1 ? '1er' : `${position}e`;
  const suffix =
    position % 10 === 1 && position !== 11
      ? 'st'
      : position % 10 === 2 && position !== 12
        ? 'nd'
        : position % 10 === 3 && position !== 13
          ? 'rd'
          : 'th';
  return `${position}${suffix}`;
}
