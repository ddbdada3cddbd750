import { errorStatus, type ErrorCode } from '../../../common/errors.ts';
import type { Language, MessageParams } from '../../../common/i18n/messages.ts';
import { translate } from '../i18n/translate.ts';

export interface FieldError {
  path: string;
  /** A code of the catalog (`invalid_email`), or a schema's own message. */
  message: string;
  params?: MessageParams;
}

interface AppErrorOptions {
  errors?: FieldError[];
  internal?: string;
  /**
   * The catalog code whose sentence is the detail, when it is not the code's own: a
   * `validation_failed` that says which column is missing, a `payload_too_large` that gives the limit.
   */
  detail?: ErrorCode;
  /** The record as it now is, sent beside the problem (a 409 `stale_version`). */
  current?: unknown;
}

/**
 * The one error class of Quorum: `new AppError('proxy_limit_reached', { holder, limit })`. The code
 * decides the HTTP status and names the sentence of the catalog (common/errors/*.errors.ts) that
 * becomes `detail`, in the language the request asks for; `internal` goes to the log only.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: MessageParams | undefined;
  readonly errors: FieldError[] | undefined;
  readonly internal: string | undefined;
  readonly current: unknown;
  readonly #detailCode: ErrorCode;

  constructor(code: ErrorCode, params?: MessageParams, options: AppErrorOptions = {}) {
    super(options.internal ?? code);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.errors = options.errors;
    this.internal = options.internal;
    this.current = options.current;
    this.#detailCode = options.detail ?? code;
  }

  get status(): number {
    return errorStatus[this.code];
  }

  /** The sentence for the user: a single field's own message when it names one, else the code's. */
  detailIn(language: Language): string {
    return translate(language, `errors:${this.#detailCode}`, this.params);
  }

  /** The French detail, for the log. */
  get detail(): string {
    return this.detailIn('fr');
  }
}

/**
 * A validation error that names one field, for rules a schema cannot express:
 * `invalidField('body.minSize', 'min_above_max', { minimum })`. The code is both the field's message
 * and the problem's detail.
 */
export function invalidField(path: string, message: ErrorCode | string, params?: MessageParams): AppError {
  const error = { path, message, ...(params ? { params } : {}) };
  // A message outside the catalog is a code the web words itself (a budget amount's refusal, say).
  if (!isCatalogCode(message)) return new AppError('validation_failed', params, { errors: [error] });
  return new FieldAppError(message as ErrorCode, params, [error]);
}

function isCatalogCode(value: string): boolean {
  return Object.hasOwn(errorStatus, value);
}

/** A validation problem whose detail is its one field's message. */
class FieldAppError extends AppError {
  readonly #fieldCode: ErrorCode;
  constructor(fieldCode: ErrorCode, params: MessageParams | undefined, errors: FieldError[]) {
    super('validation_failed', params, { errors });
    this.#fieldCode = fieldCode;
  }
  override detailIn(language: Language): string {
    return translate(language, `errors:${this.#fieldCode}`, this.params);
  }
}
