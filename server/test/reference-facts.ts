/*
 * Reads the facts out of the reference minutes (fixtures/reference): the parts it is made of, the
 * people on its lists with their labels, its amounts and times, its sentences. Used by the reference
 * tests, so that "every name and every amount appears" is checked from the reference itself rather
 * than from a list typed by hand.
 */

export interface ReferencePart {
  part: string;
  lines: string[];
}

/** The reference's parts, each opened by the line that starts with these words. */
export const referencePartStarts: [string, string][] = [
  ['title', 'PROCES VERBAL'],
  ['attendance', 'Etaient présents'],
  ['agenda', 'Rappel de l'],
  ['opening', 'Christian Paul, Président'],
  ['activity_report', 'Réalisations 2016 et projet'],
  ['accounts', 'Comptes 2016 et budget prévisionnel 2017'],
  ['staff', 'ÉVOLUTION DE LA MASSE SALARIALE'],
  ['memberships', 'ADHÉSIONS 2017'],
  ['resolutions', 'Les résolutions suivantes'],
  ['board', 'Présentation des membres du Conseil'],
  ['workshops', 'Inspirer de nouvelles idées en ateliers'],
  ['closing', 'Fin des ateliers'],
  ['questions', 'Compte rendu des questions'],
];

/** "27^e" is how the text export wrote the superscript; the minutes print "27e". */
export function cleanLine(line: string): string {
  return line
    .replace(/\^e\b/g, 'e')
    .replace(/^\s*-\s+/, '')
    .replace(/^\s*❖\s+/, '')
    .replace(/\*/g, '')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .trim();
}

export function splitReference(text: string): ReferencePart[] {
  const lines = text.split('\n');
  const parts: ReferencePart[] = [];
  let current: ReferencePart | undefined;
  for (const line of lines) {
    const start = referencePartStarts.find(
      ([part, words]) => line.trim().startsWith(words) && !parts.some((existing) => existing.part === part),
    );
    if (start) {
      current = { part: start[0], lines: [] };
      parts.push(current);
    }
    if (current && line.trim()) current.lines.push(line);
  }
  return parts;
}

/** The bullet lines of the attendance lists: "PAUL Christian - Président de la 27e Région". */
export function attendanceLines(part: ReferencePart): string[] {
  return part.lines.filter((line) => /^\s*-\s/.test(line)).map(cleanLine);
}

const amountPattern =
  /\d{1,3}(?:[ \u00a0]\d{3})+(?:[ \u00a0]?€)?|\d+(?:,\d+)?[ \u00a0]?€|\d+,\d+|\d{1,2}h\d{2}/g;

/** Amounts ("1 124 849 €", "40€"), decimal figures ("8,64") and times ("14h00"), spaces before € dropped. */
export function amountsIn(lines: readonly string[]): string[] {
  return [
    ...new Set(
      lines.flatMap((line) => [...line.matchAll(amountPattern)].map((match) => normalizeAmount(match[0]))),
    ),
  ];
}

export function normalizeAmount(value: string): string {
  return value.replace(/[ \u00a0\u202f]*€/g, '€').replace(/[\u00a0\u202f]/g, ' ');
}

/** Sentences of prose worth finding whole: not headings nor list captions ("Problématique(s) :"). */
export function proseLines(part: ReferencePart): string[] {
  return part.lines
    .map(cleanLine)
    .filter(
      (line) =>
        line.length > 0 && !/\s:$/.test(line) && !/^[^a-zà-ÿ]+$/.test(line) && line !== part.lines[0]?.trim(),
    );
}

/** The organisations the "ADHÉSIONS" paragraph names in parentheses, as it writes them. */
export function namedInParentheses(line: string): string[] {
  const match = /\(([^)]+)\)/.exec(line);
  return match ? match[1]!.split(',').map((name) => name.trim()) : [];
}

/**
 * Markdown or PDF text reduced to comparable words: no emphasis marks, escapes or bullets, one kind
 * of apostrophe (the register types ’ where the reference's export has '), one space.
 */
export function comparable(text: string): string {
  return normalizeAmount(
    text
      .replace(/\\([\\*_|<>])/g, '$1')
      .replace(/\*/g, '')
      .replace(/\^e\b/g, 'e')
      .replace(/[’‘]/g, "'")
      .replace(/^\s*[-#]+\s+/gm, '')
      .replace(/•/g, ' ')
      .replace(/\s+/g, ' '),
  );
}

/** PDF lines break after a hyphen or a slash ("la-" / "mairie"): joined again before comparing. */
export function joinPdfBreaks(text: string): string {
  return text.replace(/([-/]) (?=\S)/g, '$1');
}
