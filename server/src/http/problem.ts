import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  errorStatus,
  isErrorCode,
  type ErrorCode,
  type Problem,
  type ProblemFieldError,
} from '../../../common/errors.ts';
import type { Language, MessageParams } from '../../../common/i18n/messages.ts';
import { languageOfHeader, translate } from '../i18n/translate.ts';
import { AppError, type FieldError } from './app-error.ts';

/** The general code whose sentence is the title of every problem of a status. */
const titleCodes: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'not_authenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  410: 'token_invalid',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
  500: 'internal',
  503: 'unavailable',
};

/** The language a request asks for (Accept-Language), French by default. */
export function requestLanguage(request: FastifyRequest): Language {
  return languageOfHeader(request.headers['accept-language']);
}

function fieldErrors(errors: FieldError[], language: Language): ProblemFieldError[] {
  return errors.map((error) =>
    isErrorCode(error.message)
      ? { ...error, detail: translate(language, `errors:${error.message}`, error.params) }
      : error,
  );
}

interface ProblemOptions {
  detail?: string;
  params?: MessageParams;
  errors?: FieldError[];
}

/** A problem document in a language: its detail is the code's sentence unless one is given. */
export function problem(code: ErrorCode, language: Language, options: ProblemOptions = {}): Problem {
  const status = errorStatus[code];
  const titleCode = titleCodes[status] ?? 'internal';
  return {
    type: `https://quorum.example/problems/${code.replaceAll('_', '-')}`,
    title: translate(language, `errors:${titleCode}`),
    status,
    detail: options.detail ?? translate(language, `errors:${code}`, options.params),
    code,
    ...(options.params ? { params: options.params } : {}),
    ...(options.errors ? { errors: fieldErrors(options.errors, language) } : {}),
  };
}

function send(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.status(body.status).type('application/problem+json').send(body);
}

function fromFastifyError(error: FastifyError): ErrorCode | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'invalid_json';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'payload_too_large';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'unsupported_media_type';
  }
  if (error.statusCode === 429) return 'too_many_requests';
  return undefined;
}

function numericParams(params: Record<string, unknown>): MessageParams | undefined {
  const kept = Object.entries(params).filter(
    ([key, value]) => (key === 'minimum' || key === 'maximum') && typeof value === 'number',
  );
  return kept.length > 0 ? (Object.fromEntries(kept) as MessageParams) : undefined;
}

/** One error handler: known errors become problem details, anything else a plain 500 (logged). */
export function installProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const language = requestLanguage(request);
    if (error instanceof AppError) {
      if (error.internal) request.log.warn({ code: error.code, internal: error.internal }, error.detail);
      const body = problem(error.code, language, {
        detail: error.detailIn(language),
        ...(error.params ? { params: error.params } : {}),
        ...(error.errors ? { errors: error.errors } : {}),
      });
      return send(reply, error.current === undefined ? body : { ...body, current: error.current });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors: FieldError[] = error.validation.map((issue) => {
        const params = numericParams(issue.params);
        return {
          path: [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
          message: issue.message ?? issue.keyword,
          ...(params ? { params } : {}),
        };
      });
      return send(reply, problem('validation_failed', language, { errors }));
    }
    const known = fromFastifyError(error);
    if (known) return send(reply, problem(known, language));
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, problem('internal', language));
  });

  app.setNotFoundHandler((request, reply) => {
    const params = { method: request.method, path: request.url.split('?')[0] ?? '' };
    return send(reply, problem('route_not_found', requestLanguage(request), { params }));
  });
}
