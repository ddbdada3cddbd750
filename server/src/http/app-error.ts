import { errorStatus, type ErrorCode } from '../../../common/errors.ts';

export interface FieldError {
  path: string;
  message: string;
}

/**
 * The one error class of Quorum. `code` decides the HTTP status (common/errors.ts); `detail` is
 * shown to the user; `internal` goes to the log only.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail: string;
  readonly errors: FieldError[] | undefined;
  readonly internal: string | undefined;

  constructor(code: ErrorCode, detail: string, options: { errors?: FieldError[]; internal?: string } = {}) {
    super(options.internal ?? detail);
    this.name = 'AppError';
    this.code = code;
    this.detail = detail;
    this.errors = options.errors;
    this.internal = options.internal;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

/** A validation error that names one field, for rules a schema cannot express. */
export function invalidField(
  path: string,
  message: string,
  detail = `Le champ ${path} est invalide.`,
): AppError {
  return new AppError('validation_failed', detail, { errors: [{ path, message }] });
}

export function notFound(what: string): AppError {
  return new AppError('not_found', `${what} introuvable.`);
}
