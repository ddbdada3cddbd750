import type { TFunction } from 'i18next';
import { errorStatus, type ErrorCode } from '../../../common/errors.ts';
import { ApiError } from '../api/client.ts';
import fr from './fr.json';

export type FieldMessageKey = keyof typeof fr.errors.fields;

function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(errorStatus, value);
}

function isFieldMessageKey(value: string): value is FieldMessageKey {
  return Object.hasOwn(fr.errors.fields, value);
}

/** The code of any thrown value, treating non-API failures as internal errors. */
export function errorCodeOf(error: unknown): ErrorCode {
  if (error instanceof ApiError && isErrorCode(error.code)) return error.code;
  return 'internal';
}

/** The sentence shown to people for an error code. */
export function errorCodeMessage(t: TFunction, code: ErrorCode): string {
  // The `errors` namespace comes from common/errors.ts, shared with the server.
  const translate = t as unknown as (key: string) => string;
  return translate(`errors:${code}`);
}

/**
 * A field error as the server or a schema worded it: known codes ("invalid_email") are
 * translated, anything else is shown as it came.
 */
export function fieldErrorMessage(t: TFunction, message: string): string {
  return isFieldMessageKey(message) ? t(`errors.fields.${message}`) : message;
}
