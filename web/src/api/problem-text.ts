import type { TFunction } from 'i18next';
import i18next from 'i18next';
import type { z } from 'zod';
import type { Problem } from '../../../common/errors.ts';
import { ApiError } from './client.ts';

type Params = Record<string, string | number>;

/** A field of a refusal: `message` is a stable code, `detail` the server's sentence in the request's language. */
export interface FieldProblem {
  path: string;
  message: string;
  params?: Params;
  detail?: string;
}

/** The server's problem document: `code` is stable, `detail` already worded in the page's language. */
export type ProblemDocument = Omit<Problem, 'errors'> & { params?: Params; errors?: FieldProblem[] };

/**
 * Codes made by the client (network down) or saying no more than their HTTP status: people read the
 * app's own sentence, never the transport's.
 */
const genericCodes = new Set<string>([
  'internal',
  'unavailable',
  'not_authenticated',
  'csrf_failed',
  'forbidden',
  'too_many_requests',
  'invalid_json',
  'payload_too_large',
  'unsupported_media_type',
  'validation_failed',
]);

/**
 * Catalogs of field and refusal codes, searched in order: the shared `errors` namespace first, then
 * the web's own sections written before it existed.
 */
const fieldCatalogs = [
  'errors:',
  'errors.fields.',
  'assemblies.fieldErrors.',
  'assemblies.refusals.',
  'budget.amountErrors.',
  'budget.refusals.',
  'registerImport.errors.',
];

function catalogText(
  t: TFunction,
  prefixes: readonly string[],
  code: string,
  params?: Params,
): string | null {
  if (!/^[a-z][a-z0-9_]*$/.test(code)) return null;
  for (const prefix of prefixes) {
    const key = `${prefix}${code}`;
    if (i18next.exists(key)) return t(key as never, params ?? {}) as unknown as string;
  }
  return null;
}

/** The problem of a thrown value; anything that is not an API answer is an internal error. */
export function problemOf(error: unknown): ProblemDocument {
  if (error instanceof ApiError) return error.problem as ProblemDocument;
  return { type: 'about:blank', title: 'Error', status: 500, detail: '', code: 'internal' };
}

/** The stable code of a thrown value, `internal` for what is not an API answer. */
export function problemCode(error: unknown): string {
  return problemOf(error).code;
}

/**
 * The one sentence shown for a failed request. A refusal of its own (`budget_account_of_charges`) is
 * worded by the server's `detail`, already in the page's language with its parameters, else by the
 * catalog's text for its code; a plain `validation_failed` by its first field's code; a code that says no
 * more than its HTTP status by the app's own sentence.
 */
export function problemText(t: TFunction, error: unknown): string {
  const problem = problemOf(error);
  const generic = () =>
    catalogText(t, ['errors:', 'errors.codes.'], problem.code, problem.params) ?? t('errors.codes.internal');
  if (!genericCodes.has(problem.code))
    return problem.detail || catalogText(t, ['errors:'], problem.code, problem.params) || generic();
  const first = problem.errors?.[0];
  if (first) {
    const refusal = catalogText(t, fieldCatalogs, first.message, first.params) ?? first.detail;
    if (refusal) return refusal;
  }
  return generic();
}

/** A field's error as a sentence: its code from the catalogs, else the server's detail, else "invalid". */
export function fieldText(
  t: TFunction,
  issue: { message: string; params?: Params; detail?: string },
): string {
  return (
    catalogText(t, fieldCatalogs, issue.message, issue.params) ?? issue.detail ?? t('errors.fields.invalid')
  );
}

/** "body.agenda.0.title" or "/body/email" → "agenda.0.title", "email": the form's own field path. */
export function fieldPath(path: string): string {
  return path
    .replace(/^\//, '')
    .replace(/^(body|query|params)[./]/, '')
    .replace(/\//g, '.');
}

/** The field errors of a refusal, keyed by form path and worded, the first of each field kept. */
export function problemFieldTexts(t: TFunction, error: unknown): Record<string, string> {
  const problem = problemOf(error);
  // A refusal of one field whose code no catalog words: the problem's detail is about that field.
  const detail = problem.errors?.length === 1 ? problem.detail || undefined : undefined;
  const texts: Record<string, string> = {};
  for (const issue of problem.errors ?? [])
    texts[fieldPath(issue.path)] ??= fieldText(t, { ...issue, detail: issue.detail ?? detail });
  return texts;
}

/**
 * Zod words its own issues in English and technically: a schema's own message is already one of our
 * codes ("invalid_email"); the rest are reduced to a few.
 */
export function issueCode(issue: Pick<z.core.$ZodIssue, 'code' | 'message'>): string {
  if (/^[a-z][a-z0-9_]*$/.test(issue.message)) return issue.message;
  if (issue.code === 'too_small') return 'required';
  if (issue.code === 'too_big') return 'too_long';
  if (issue.code === 'invalid_value') return 'invalid_choice';
  return 'invalid';
}

/** What a refusal says per field of a form, and above its button when no field of the form carries it. */
export interface FormRefusal {
  fields: Record<string, string>;
  detail: string | null;
}

/**
 * Places a refusal on the form's fields (`body.shares.0.accounts` on field `shares` →
 * `shares.0.accounts`); what no field of the form names is worded once for the whole form.
 */
export function formRefusal(t: TFunction, error: unknown, formFields: readonly string[]): FormRefusal {
  const fields: Record<string, string> = {};
  for (const [path, text] of Object.entries(problemFieldTexts(t, error))) {
    if (formFields.some((name) => path === name || path.startsWith(`${name}.`))) fields[path] = text;
  }
  return { fields, detail: Object.keys(fields).length > 0 ? null : problemText(t, error) };
}
