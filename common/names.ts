/** Lower case, no accents, punctuation and hyphens as single spaces: "Île-de-France" → "ile de france". */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, ' ')
    .trim();
}

/** The French administrative way the minutes list people: "PAUL Christian", "BERGERE Jean-Marie". */
export function formatAdministrativeName(person: { firstName: string; lastName: string }): string {
  const lastName = person.lastName
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toUpperCase();
  return `${lastName} ${person.firstName}`.trim();
}

/** The ordinary way: "Christian Paul". */
export function formatDisplayName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`.trim();
}

/**
 * The form of a title that fits a person, from the civility the register holds: "Mme", "Madame" →
 * feminine ("Présidente"), "M.", "Monsieur" → masculine; anything else (none, "Mx", a typed title)
 * gives none, and the title is then printed in its inclusive form.
 */
export function titleFormOfCivility(civility: string | null | undefined): 'feminine' | 'masculine' | null {
  const word = normalizeName(civility ?? '');
  if (['mme', 'madame', 'mlle', 'mademoiselle', 'ms', 'mrs', 'miss'].includes(word)) return 'feminine';
  if (['m', 'mr', 'monsieur'].includes(word)) return 'masculine';
  return null;
}
