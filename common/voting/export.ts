import { refuseInvalid, validateChoiceBallots, type ChoiceBallot, type VotingOption } from './ballots.ts';
import { validateGradeBallots, type GradeBallot } from './majority-judgment.ts';

/**
 * Anonymous exports of the ballots, for a recount by anyone with another tool. Nothing in them
 * says who voted or in which order: identical ballots are merged into one line with their total
 * weight, and lines are sorted by their content. Ballots of weight 0 are left out.
 *
 * - Ranked ballots (Schulze, STV): the BLT format that STV programs read (OpenSTV, Droop, eSTV):
 *   a line "candidates seats", one line per distinct ranking "weight c1 c2 … 0" with candidates
 *   numbered from 1 in the poll's order, a line "0", then each candidate's name in quotes and the
 *   election's title in quotes. Blank ballots are not listed (they are not valid papers).
 * - Approval and majority judgment: CSV (RFC 4180, comma-separated): a header with the caller's
 *   heading for the weight column then the candidates' labels; then one line per distinct ballot:
 *   its weight, then for approval 1 (approved) or 0, for majority judgment the grade (as the
 *   caller's `gradeLabel` writes it) or nothing when the candidate was not graded. Blank ballots
 *   are listed, so the total weight is the number of ballots counted. A cell that a spreadsheet
 *   would take for a formula is written with a leading apostrophe.
 *
 * A ballot the count would refuse is refused here too (`BallotValidationError`).
 */
function merge<T>(items: readonly { key: string; line: T; weight: number }[]) {
  const merged = new Map<string, { line: T; weight: number }>();
  for (const item of items) {
    if (item.weight === 0) continue;
    const existing = merged.get(item.key);
    if (existing) existing.weight += item.weight;
    else merged.set(item.key, { line: item.line, weight: item.weight });
  }
  return [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, value]) => value);
}

const quoted = (text: string) => `"${text.replace(/["\r\n]/g, ' ')}"`;

export function exportBlt(
  options: readonly VotingOption[],
  seats: number,
  ballots: readonly ChoiceBallot[],
  title: string,
): string {
  refuseInvalid(validateChoiceBallots(options, ballots));
  const number = new Map(options.map((option, position) => [option.optionId, position + 1]));
  const lines = merge(
    ballots
      .filter((ballot) => ballot.choices.length > 0)
      .map((ballot) => {
        const ranking = ballot.choices.map((optionId) => number.get(optionId)!);
        return {
          key: ranking.map((n) => String(n).padStart(6, '0')).join(' '),
          line: ranking,
          weight: ballot.weight,
        };
      }),
  );
  return [
    `${options.length} ${seats}`,
    ...lines.map(({ line, weight }) => `${weight} ${line.join(' ')} 0`),
    '0',
    ...options.map((option) => quoted(option.label)),
    quoted(title),
    '',
  ].join('\n');
}

export interface BltElection {
  title: string;
  seats: number;
  options: VotingOption[];
  /** The candidates the file withdraws (a negative number on the second line). */
  withdrawn: string[];
  ballots: ChoiceBallot[];
}

/**
 * Reads a BLT file (the format above; also its optional line of withdrawn candidates "-2 -5" and
 * "#" comments). Candidates get the ids "1", "2"… in the file's order. Throws on a malformed file,
 * naming the line.
 */
export function parseBlt(text: string): BltElection {
  const tokens: { token: string; line: number }[] = [];
  text.split(/\r?\n/).forEach((content, lineIndex) => {
    const code = content.replace(/#.*$/, '');
    for (const match of code.matchAll(/"[^"]*"|\S+/g)) tokens.push({ token: match[0], line: lineIndex + 1 });
  });
  let cursor = 0;
  const fail = (why: string): never => {
    throw new Error(`BLT line ${tokens[Math.min(cursor, tokens.length - 1)]?.line ?? 1}: ${why}`);
  };
  const nextInteger = () => {
    const token = tokens[cursor]?.token;
    if (token === undefined || !/^-?\d+$/.test(token))
      fail(`a number was expected, not ${token ?? 'the end'}`);
    cursor++;
    return Number(token);
  };
  const candidates = nextInteger();
  const seats = nextInteger();
  if (candidates < 1 || seats < 1) fail('the numbers of candidates and seats must be at least 1');
  const withdrawn: string[] = [];
  while (tokens[cursor] && /^-\d+$/.test(tokens[cursor]!.token)) withdrawn.push(String(-nextInteger()));
  const ballots: ChoiceBallot[] = [];
  for (;;) {
    const weight = nextInteger();
    if (weight === 0) break;
    const choices: string[] = [];
    for (let candidate = nextInteger(); candidate !== 0; candidate = nextInteger()) {
      if (candidate < 1 || candidate > candidates) fail(`there is no candidate ${candidate}`);
      choices.push(String(candidate));
    }
    ballots.push({ choices, weight });
  }
  const names: string[] = [];
  while (cursor < tokens.length) {
    const token = tokens[cursor]!.token;
    if (!token.startsWith('"')) fail(`a name in quotes was expected, not ${token}`);
    names.push(token.slice(1, -1));
    cursor++;
  }
  if (names.length < candidates) fail(`${candidates} candidates’ names were expected, ${names.length} found`);
  return {
    title: names[candidates] ?? '',
    seats,
    options: names.slice(0, candidates).map((label, position) => ({ optionId: String(position + 1), label })),
    withdrawn,
    ballots,
  };
}

function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

export function exportApprovalCsv(
  options: readonly VotingOption[],
  ballots: readonly ChoiceBallot[],
  weightHeading: string,
): string {
  refuseInvalid(validateChoiceBallots(options, ballots));
  const lines = merge(
    ballots.map((ballot) => {
      const approved = new Set(ballot.choices);
      const line = options.map((option) => (approved.has(option.optionId) ? 1 : 0));
      return { key: line.map((mark) => 1 - mark).join(''), line, weight: ballot.weight };
    }),
  );
  return csv([
    [weightHeading, ...options.map((option) => option.label)],
    ...lines.map(({ line, weight }) => [weight, ...line]),
  ]);
}

export function exportGradesCsv(
  options: readonly VotingOption[],
  scale: readonly string[],
  ballots: readonly GradeBallot[],
  weightHeading: string,
  gradeLabel: (grade: string) => string = (grade) => grade,
): string {
  refuseInvalid(validateGradeBallots(options, scale, ballots));
  const rankOf = new Map(scale.map((grade, position) => [grade, position]));
  const lines = merge(
    ballots.map((ballot) => {
      const grades = options.map((option) => ballot.grades[option.optionId]);
      const key = grades.map((grade) => (grade === undefined ? 'z' : String(rankOf.get(grade)))).join(',');
      return { key, line: grades, weight: ballot.weight };
    }),
  );
  return csv([
    [weightHeading, ...options.map((option) => option.label)],
    ...lines.map(({ line, weight }) => [
      weight,
      ...line.map((grade) => (grade === undefined ? '' : gradeLabel(grade))),
    ]),
  ]);
}
