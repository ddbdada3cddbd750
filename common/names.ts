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
