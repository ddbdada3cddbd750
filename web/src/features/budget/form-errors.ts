import type { TFunction } from 'i18next';
import type { AmountError } from '../../../../common/amounts.ts';
import { ApiError } from '../../api/client.ts';
import { fieldErrorMessage } from '../../i18n/error-messages.ts';

const amountErrors: readonly string[] = [
  'empty',
  'not_a_number',
  'negative',
  'too_many_decimals',
  'too_large',
];
const knownRefusals = [
  'not_an_fte',
  'before_start',
  'unknown_organisation',
  'unknown_programme',
  'not_account_codes',
] as const;
type KnownRefusal = (typeof knownRefusals)[number];

/** What an API refusal says, per field ("body.shares.0.accounts" → "shares.0.accounts"), and for the whole form. */
export interface FormFailure {
  fields: Record<string, string>;
  /** Shown above the button when no field of the form carries the refusal. */
  detail: string | null;
}

/** Words each field error of an API problem for the field it names; the problem's detail otherwise. */
export function formFailure(t: TFunction, error: unknown, formFields: readonly string[]): FormFailure {
  if (!(error instanceof ApiError)) return { fields: {}, detail: String(error) };
  const fields: Record<string, string> = {};
  for (const issue of error.problem.errors ?? []) {
    const field = issue.path.replace(/^\/|^body[./]/, '').replace(/\//g, '.');
    const known = formFields.find((name) => field === name || field.startsWith(`${name}.`));
    if (!known || fields[field]) continue;
    fields[field] = refusalText(t, issue.message) ?? error.problem.detail;
  }
  const placed = Object.keys(fields).length > 0;
  return { fields, detail: placed ? null : error.problem.detail || error.message };
}

function refusalText(t: TFunction, code: string): string | null {
  if (amountErrors.includes(code)) return t(`budget.amountErrors.${code as AmountError}`);
  if ((knownRefusals as readonly string[]).includes(code))
    return t(`budget.refusals.${code as KnownRefusal}`);
  const worded = fieldErrorMessage(t, code);
  return worded === code ? null : worded;
}
