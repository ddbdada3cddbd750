/**
 * French typography, applied to the French catalogs' texts as they are loaded (common/i18n/messages.ts
 * `textsIn`, the web's catalog parts in web/vite.config.ts), so a catalog is typed with ordinary
 * spaces and apostrophes and read with the right ones. Only the catalog's own text is changed: a
 * value put in a `{{placeholder}}` (a name, a typed title) stays as it was typed.
 */

/** U+202F: the narrow no-break space French puts before « : ; ! ? », inside « », between thousands. */
export const narrowNoBreakSpace = '\u202f';

/** A space (ordinary or no-break) before a double punctuation mark or a closing guillemet. */
const spaceBefore = /[ \u00a0\u202f]+([:;!?»])/g;
/** An opening guillemet and the space after it, if any. */
const openingGuillemet = /«[ \u00a0\u202f]*/g;
/** A closing guillemet not preceded by any space. */
const bareClosingGuillemet = /(?<=[^\s\u202f])»/g;
/** A straight apostrophe inside a word or before a placeholder: "l'association", "d'{{name}}". */
const straightApostrophe = /(?<=\p{L})'(?=\p{L}|\{\{)/gu;

/**
 * "Présents : 3", "l'ordre du jour" and « Budget » as French prints them: a narrow no-break space
 * before ":", ";", "!", "?" and "»" and after "«" wherever the text already has a space there (so
 * "https://…" and "10:30" keep theirs), "’" for an apostrophe inside a word.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(spaceBefore, `${narrowNoBreakSpace}$1`)
    .replace(openingGuillemet, `«${narrowNoBreakSpace}`)
    .replace(bareClosingGuillemet, `${narrowNoBreakSpace}»`)
    .replace(straightApostrophe, '’');
}

/** A French text's faults that `frenchTypography` cannot mend, for the catalogs' check. */
export type TypographyFault = 'straight_quotes' | 'no_space_before_punctuation';

/**
 * What a French catalog text gets wrong even after `frenchTypography`: straight double quotes (French
 * quotes with « »), or a word glued to ";", "!", "?" or to ":" then a space ("Total: 3"). Placeholders,
 * addresses ("https://…"), anything quoted in « » (a code to type as it is) and a line indented as a
 * command to type (the CLI's "  npx quorum …") are not looked at.
 */
export function typographyFaults(text: string): TypographyFault[] {
  const prose = text
    .replace(/^ {2,}\S.*$/gm, '')
    .replace(/\{\{[^}]*\}\}/g, 'x')
    .replace(/\b[a-z]+:\/\/\S+/g, 'x')
    .replace(/«[^»]*»/g, 'x');
  const faults: TypographyFault[] = [];
  if (/"/.test(prose)) faults.push('straight_quotes');
  if (/[\p{L}\p{N})][;!?](?=\s|$)|[\p{L})]:(?=\s|$)/u.test(prose)) faults.push('no_space_before_punctuation');
  return faults;
}
