import type { Locale } from '../../../../../common/format.ts';
import { translate } from '../../../i18n/translate.ts';

const assemblyKinds = ['ordinary', 'extraordinary', 'board', 'bureau'] as const;
export type AssemblyKind = (typeof assemblyKinds)[number];

/** The kind of meeting, as the minutes know it; an unknown kind reads as an ordinary assembly. */
export function assemblyKindOf(kind: string): AssemblyKind {
  return assemblyKinds.find((entry) => entry === kind) ?? 'ordinary';
}

/**
 * Whether the assembly's own title calls it annual ("Assemblée générale annuelle 2017"): an ordinary
 * assembly is then named so; otherwise it is "ordinaire", as the association did not say more.
 */
function isCalledAnnual(title: string): boolean {
  const lower = title.toLowerCase();
  return (['fr', 'en'] as const).some((lang) => lower.includes(translate(lang, 'minutes:annual_marker')));
}

/**
 * How the minutes name the kind of meeting: "l’assemblée générale ordinaire", "l’assemblée générale
 * extraordinaire", "la réunion du conseil d’administration", "la réunion du bureau".
 */
export function assemblyWords(assembly: { kind: string; title: string }, lang: Locale): string {
  const kind = assemblyKindOf(assembly.kind);
  if (kind === 'ordinary' && isCalledAnnual(assembly.title))
    return translate(lang, 'minutes:assembly_ordinary_annual');
  return translate(lang, `minutes:assembly_${kind}`);
}

/** "mercredi 21 juin 2017" → "21 juin 2017"; "Wednesday, 21 June 2017" → "21 June 2017". */
export function withoutWeekday(day: string): string {
  return day.replace(/^\S+?,?\s/, '');
}

/** The first letter in capitals: "L’assemblée générale annuelle s’est tenue…". */
export function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
