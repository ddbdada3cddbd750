import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { ApiError } from '../../../api/client.ts';
import { errorCodeMessage, errorCodeOf, fieldErrorMessage } from '../../../i18n/error-messages.ts';
import fr from '../../../i18n/fr.json';

/** Codes whose problem `detail` is for the log or too generic: people read the app's own sentence. */
const genericCodes = new Set([
  'internal',
  'unavailable',
  'not_authenticated',
  'csrf_failed',
  'forbidden',
  'too_many_requests',
  'invalid_json',
  'payload_too_large',
  'unsupported_media_type',
]);

function isRefusalKey(value: string): value is keyof typeof fr.assemblies.refusals {
  return Object.hasOwn(fr.assemblies.refusals, value);
}

/**
 * The sentence to show for a failed request. Business refusals (a proxy past the statutes' limit,
 * a session already open) carry a clear French `detail`: it is shown as written, translated when the
 * page is in English and the refusal's code is known.
 */
export function problemMessage(t: TFunction, language: string, error: unknown): string {
  if (!(error instanceof ApiError)) return errorCodeMessage(t, errorCodeOf(error));
  const { problem } = error;
  if (genericCodes.has(problem.code) || !problem.detail) return errorCodeMessage(t, errorCodeOf(error));
  const refusal = problem.errors?.[0]?.message;
  if (language === 'en' && refusal && isRefusalKey(refusal)) return t(`assemblies.refusals.${refusal}`);
  if (problem.code === 'validation_failed' && problem.detail.startsWith('Champs invalides')) {
    return errorCodeMessage(t, 'validation_failed');
  }
  return problem.detail;
}

function isAssemblyFieldKey(value: string): value is keyof typeof fr.assemblies.fieldErrors {
  return Object.hasOwn(fr.assemblies.fieldErrors, value);
}

/** A field error code ("invalid_slug", "required") as a sentence; unknown codes shown as they came. */
export function fieldMessage(t: TFunction, code: string): string {
  return isAssemblyFieldKey(code) ? t(`assemblies.fieldErrors.${code}`) : fieldErrorMessage(t, code);
}

/** Zod's own wording is English and technical; keep our codes, reduce the rest to a few. */
export function issueCode(issue: z.core.$ZodIssue): string {
  if (/^[a-z_]+$/.test(issue.message)) return issue.message;
  if (issue.code === 'too_small') return 'required';
  if (issue.code === 'too_big') return 'too_long';
  if (issue.code === 'invalid_value') return 'invalid_choice';
  return 'invalid';
}

/** Field errors keyed by path ("agenda.0.title"), the first issue of each field kept. */
export function errorsByPath(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issueCode(issue);
  }
  return errors;
}

/** Server field errors ("body.agenda.0.title") keyed like client ones. */
export function serverErrorsByPath(
  errors: readonly { path: string; message: string }[],
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const error of errors)
    result[error.path.replace(/^body[./]/, '').replace(/\//g, '.')] ??= error.message;
  return result;
}

export function focusFirstInvalidField(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
