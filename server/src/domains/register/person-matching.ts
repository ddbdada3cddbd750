import { normalizeName } from '../../../../common/names.ts';

/** Name particles that people write or drop: "Le Coz" / "Coz", "de Villiers" / "Villiers". */
const particles = new Set([
  'le',
  'la',
  'les',
  'de',
  'du',
  'des',
  'd',
  'l',
  'van',
  'von',
  'der',
  'di',
  'da',
  'del',
]);

export interface NameParts {
  firstName: string;
  lastName: string;
}

function tokens(text: string): string[] {
  return normalizeName(text).split(' ').filter(Boolean);
}

/** Both names' tokens without particles, sorted: the same for "PAUL Christian" and "Christian Paul". */
export function nameSignature({ firstName, lastName }: NameParts): string {
  return [...tokens(firstName), ...tokens(lastName)]
    .filter((token) => !particles.has(token))
    .sort()
    .join(' ');
}

/**
 * Blocking keys: two persons are compared only if they share one. Exact signature (accents, case,
 * hyphens, order, particles), and two prefix keys that survive a typo later in either name.
 */
export function matchKeys(person: NameParts): string[] {
  const last = tokens(person.lastName).join('');
  const first = tokens(person.firstName).join('');
  const keys = new Set<string>([`n:${nameSignature(person)}`]);
  if (last.length > 0 && first.length > 0) {
    keys.add(`l:${last.slice(0, 3)}|${first[0]}`);
    keys.add(`f:${first.slice(0, 3)}|${last[0]}`);
    // Swapped columns ("BONET GUILLAUME" typed as first name Bonet) meet the right order here.
    keys.add(`l:${first.slice(0, 3)}|${last[0]}`);
  }
  return [...keys];
}

/** Damerau–Levenshtein distance (optimal string alignment), small strings only. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  const distance: number[][] = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => (row === 0 ? column : column === 0 ? row : 0)),
  );
  for (let row = 1; row < rows; row += 1) {
    for (let column = 1; column < columns; column += 1) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1;
      let best = Math.min(
        distance[row - 1]![column]! + 1,
        distance[row]![column - 1]! + 1,
        distance[row - 1]![column - 1]! + cost,
      );
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1]) {
        best = Math.min(best, distance[row - 2]![column - 2]! + 1);
      }
      distance[row]![column] = best;
    }
  }
  return distance[a.length]![b.length]!;
}

export interface MatchVerdict {
  isLikely: boolean;
  /** 1 for the same signature, lower as more letters differ. */
  score: number;
  reason: 'same_name' | 'letters_differ' | 'different';
}

/** Whether two names likely denote one person: same signature, or at most two letters apart. */
export function compareNames(a: NameParts, b: NameParts): MatchVerdict {
  const signatureA = nameSignature(a);
  const signatureB = nameSignature(b);
  if (signatureA === signatureB) return { isLikely: true, score: 1, reason: 'same_name' };
  // Numbers in names ("Exemple 02", "Exemple 22") are identifiers, not typing slips.
  const numbers = (signature: string) => signature.match(/\d+/g)?.join(' ') ?? '';
  if (numbers(signatureA) !== numbers(signatureB)) return { isLikely: false, score: 0, reason: 'different' };
  const compactA = tokens(`${a.lastName} ${a.firstName}`).join('');
  const compactB = tokens(`${b.lastName} ${b.firstName}`).join('');
  const swappedB = tokens(`${b.firstName} ${b.lastName}`).join('');
  const distance = Math.min(editDistance(compactA, compactB), editDistance(compactA, swappedB));
  const longest = Math.max(compactA.length, compactB.length, 1);
  const score = Math.max(0, 1 - distance / longest);
  return distance <= 2 && longest >= 6
    ? { isLikely: true, score, reason: 'letters_differ' }
    : { isLikely: false, score, reason: 'different' };
}

/** What a person is found by: names, e-mail and the organisations they speak for, without accents. */
/** Words shorter than this are not indexed: a query word that short reads the persons whole. */
export const minIndexedWordLength = 2;

/** The distinct words of a search text: what the word index (person_search_words) holds for a person. */
export function searchWords(searchText: string): string[] {
  return [...new Set(searchText.split(' ').filter((word) => word.length >= minIndexedWordLength))];
}

export function personSearchText(
  person: NameParts & { email?: string | null; customFields?: string | null },
  organisationNames: string[],
): string {
  return normalizeName(
    [
      person.lastName,
      person.firstName,
      person.email ?? '',
      ...organisationNames,
      ...customFieldWords(person.customFields ?? null),
    ].join(' '),
  );
}

/**
 * The values of the register's own fields (the JSON a person keeps), searched like the names: a level
 * "Confirmé", a licence number, a day "2026-09-01" (found by "2026-09" too).
 */
function customFieldWords(json: string | null): string[] {
  if (!json) return [];
  const values = JSON.parse(json) as Record<string, unknown>;
  return Object.values(values).filter((value): value is string => typeof value === 'string');
}
