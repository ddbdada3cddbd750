import { accountsErrors } from './errors/accounts.errors.ts';
import { assembliesErrors } from './errors/assemblies.errors.ts';
import { associationErrors } from './errors/association.errors.ts';
import { budgetErrors } from './errors/budget.errors.ts';
import type { ErrorDefinition } from './errors/define.ts';
import { generalErrors } from './errors/general.errors.ts';
import { membershipsErrors } from './errors/memberships.errors.ts';
import { minutesErrors } from './errors/minutes.errors.ts';
import { registerImportErrors } from './errors/register-import.errors.ts';
import { registerErrors } from './errors/register.errors.ts';
import { speakersErrors } from './errors/speakers.errors.ts';
import { votesErrors } from './errors/votes.errors.ts';
import { votingErrors } from './errors/voting.errors.ts';
import type { Messages, MessageParams } from './i18n/messages.ts';

/**
 * Every code Quorum answers with, from one file per domain (common/errors/*.errors.ts): the HTTP
 * status, and the sentence in French and English that the server puts in `detail` and the web app
 * shows. A code also names what is wrong with a field (`errors[].message`).
 */
const definitions = {
  ...generalErrors,
  ...accountsErrors,
  ...associationErrors,
  ...registerErrors,
  ...registerImportErrors,
  ...membershipsErrors,
  ...assembliesErrors,
  ...votesErrors,
  ...votingErrors,
  ...budgetErrors,
  ...minutesErrors,
  ...speakersErrors,
} satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof definitions;

export const errorStatus: Readonly<Record<ErrorCode, number>> = Object.fromEntries(
  Object.entries(definitions).map(([code, definition]) => [code, definition.status]),
) as Record<ErrorCode, number>;

/** The `errors` namespace of the catalogs, for i18next on both sides. */
export const errorMessages: Messages = definitions;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(definitions, value);
}

/** What is wrong with one field: `path` as `body.email`, `message` a code, `detail` its sentence. */
export interface ProblemFieldError {
  path: string;
  message: string;
  params?: MessageParams;
  detail?: string;
}

/** RFC 9457 problem details, as every failing /api route answers. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  /** Already in the language the request asked for (Accept-Language). */
  detail: string;
  code: ErrorCode;
  params?: MessageParams;
  errors?: ProblemFieldError[];
  /** On a 409 `stale_version`: the record as it is now, with its version, for the page to reload or re-apply. */
  current?: unknown;
}
