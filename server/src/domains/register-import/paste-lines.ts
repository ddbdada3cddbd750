import { normalizeName } from '../../../../common/names.ts';

/**
 * One line of an attendance list as the minutes write them:
 * "DUPONT Marie - Mairie de Lyon", "MARTIN Claire, Trésorière - Les Amis du Lavoir",
 * "PETIT Jules". `detail` is what follows " - ": an organisation, or a label such as a title.
 */
export interface PastedLine {
  line: number;
  text: string;
  firstName: string;
  lastName: string;
  title: string | null;
  detail: string | null;
}

export interface PastedLineRejection {
  line: number;
  text: string;
  reason: 'first_name_missing' | 'name_missing';
  message: string;
}

const bullet = /^\s*(?:[-–—•*❖▪·]|\d+[.)])\s+/u;
const detailSeparator = /\s+[-–—]\s+/u;

function isCapitals(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

/** "LE LAGADEC" → "Le Lagadec", "PIERRE-LOUIS" → "Pierre-Louis": how the register writes names. */
export function capitalizeName(text: string): string {
  return text
    .toLocaleLowerCase('fr')
    .replace(
      /(^|[\s'’-])(\p{L})/gu,
      (_match, separator: string, letter: string) => `${separator}${letter.toLocaleUpperCase('fr')}`,
    );
}

/** Splits "LE LAGADEC Anne" into last name (the leading words in capitals) and first name. */
export function splitName(text: string): { firstName: string; lastName: string } | undefined {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return undefined;
  let capitals = 0;
  while (capitals < words.length && isCapitals(words[capitals]!)) capitals += 1;
  // All in capitals ("BONET GUILLAUME"): the last word is the first name.
  if (capitals === words.length) capitals = words.length - 1;
  // None ("Christian Paul"): the ordinary order, the last word being the last name.
  if (capitals === 0) {
    return { firstName: words.slice(0, -1).join(' '), lastName: words.at(-1)! };
  }
  const first = words.slice(capitals).join(' ');
  return {
    lastName: capitalizeName(words.slice(0, capitals).join(' ')),
    firstName: isCapitals(first) ? capitalizeName(first) : first,
  };
}

/** Reads pasted lines; bullets and blank lines are ignored, line numbers count every line. */
export function parsePastedLines(text: string): (PastedLine | PastedLineRejection)[] {
  const results: (PastedLine | PastedLineRejection)[] = [];
  for (const [index, raw] of text.split(/\r\n|\r|\n/).entries()) {
    const line = index + 1;
    const content = raw.replace(bullet, '').trim();
    if (content === '') continue;
    const separator = detailSeparator.exec(content);
    const left = separator ? content.slice(0, separator.index) : content;
    const detail = separator ? content.slice(separator.index + separator[0].length).trim() : '';
    const comma = left.indexOf(',');
    const namePart = comma === -1 ? left : left.slice(0, comma);
    const title = comma === -1 ? '' : left.slice(comma + 1).trim();
    const names = splitName(namePart);
    if (!names) {
      const isBlank = namePart.trim() === '';
      results.push({
        line,
        text: content,
        reason: isBlank ? 'name_missing' : 'first_name_missing',
        message: isBlank
          ? 'Aucun nom au début de la ligne.'
          : `« ${namePart.trim()} » : il faut le nom (en capitales) puis le prénom.`,
      });
      continue;
    }
    results.push({
      line,
      text: content,
      ...names,
      title: title === '' ? null : title,
      detail: detail === '' ? null : detail,
    });
  }
  return results;
}

/** First words that make a detail a title or a label ("Président de …"), not an organisation's name. */
const titleWords = new Set(
  [
    'président',
    'présidente',
    'vice',
    'vice-président',
    'vice-présidente',
    'trésorier',
    'trésorière',
    'secrétaire',
    'directeur',
    'directrice',
    'délégué',
    'déléguée',
    'chargé',
    'chargée',
    'responsable',
    'représentant',
    'représentante',
    'assistant',
    'assistante',
    'stagiaire',
    'sénateur',
    'sénatrice',
    'député',
    'députée',
    'maire',
    'adjoint',
    'adjointe',
    'conseiller',
    'conseillère',
    'élu',
    'élue',
    'commissaire',
    'personnalité',
    'membre',
    'administrateur',
    'administratrice',
    'fondateur',
    'fondatrice',
    'coordinateur',
    'coordinatrice',
    'chef',
    'cheffe',
    'agent',
    'agente',
    'designer',
    'consultant',
    'consultante',
    'chercheur',
    'chercheuse',
    'doctorant',
    'doctorante',
    'professeur',
    'professeure',
    'expert',
    'experte',
    'journaliste',
    'architecte',
    'indépendant',
    'indépendante',
  ].map(normalizeName),
);

export function isTitleLike(detail: string): boolean {
  const first = normalizeName(detail).split(' ')[0] ?? '';
  return titleWords.has(first);
}

/**
 * The organisation names a title may end with, longest first: "Représentante de la ville de
 * Mulhouse" → "ville de Mulhouse", "la ville de Mulhouse", "Mulhouse"…
 */
export function organisationsInTitle(title: string): string[] {
  const candidates: string[] = [];
  const particle = /\s(de la|de l['’]|du|des|de|d['’]|pour|auprès de|au|à la|à l['’]|à)\s*/giu;
  for (const match of title.matchAll(particle)) {
    const rest = title.slice(match.index + match[0].length).trim();
    if (rest === '') continue;
    candidates.push(rest);
    const article = match[1]!.toLowerCase();
    if (article === 'de la' || article === 'à la') candidates.push(`la ${rest}`);
    if (article === 'du' || article === 'au') candidates.push(`le ${rest}`);
    if (/l['’]$/.test(article)) candidates.push(`l'${rest}`);
  }
  return candidates;
}
