import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { errorStatus, type ErrorCode, type Problem } from '../../../common/errors.ts';
import { AppError, type FieldError } from './app-error.ts';

const titles: Record<ErrorCode, string> = {
  validation_failed: 'Données invalides',
  invalid_json: 'JSON invalide',
  not_authenticated: 'Connexion requise',
  invalid_credentials: 'Identifiants incorrects',
  forbidden: 'Accès refusé',
  csrf_failed: 'Jeton CSRF manquant ou invalide',
  not_found: 'Introuvable',
  conflict: 'Conflit',
  email_taken: 'Adresse e-mail déjà utilisée',
  token_invalid: 'Lien expiré ou déjà utilisé',
  payload_too_large: 'Requête trop volumineuse',
  unsupported_media_type: 'Type de contenu non pris en charge',
  too_many_requests: 'Trop de tentatives',
  internal: 'Erreur interne',
  unavailable: 'Service indisponible',
};

export function problem(code: ErrorCode, detail: string, errors?: FieldError[]): Problem {
  return {
    type: `https://quorum.example/problems/${code.replaceAll('_', '-')}`,
    title: titles[code],
    status: errorStatus[code],
    detail,
    code,
    ...(errors ? { errors } : {}),
  };
}

function send(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.status(body.status).type('application/problem+json').send(body);
}

function fromFastifyError(error: FastifyError): Problem | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem('invalid_json', 'Le corps de la requête n’est pas un JSON valide.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem('payload_too_large', 'Le corps de la requête est trop volumineux.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problem('unsupported_media_type', 'Ce type de contenu n’est pas accepté ; envoyez du JSON.');
  }
  if (error.statusCode === 429)
    return problem('too_many_requests', 'Trop de tentatives ; réessayez plus tard.');
  return undefined;
}

/** One error handler: known errors become problem details, anything else a plain 500 (logged). */
export function installProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) {
      if (error.internal) request.log.warn({ code: error.code, internal: error.internal }, error.detail);
      return send(reply, problem(error.code, error.detail, error.errors));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((issue) => ({
        path: [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
        message: issue.message ?? issue.keyword,
      }));
      const fields = errors.map((entry) => entry.path).join(', ');
      return send(reply, problem('validation_failed', `Champs invalides : ${fields}.`, errors));
    }
    const known = fromFastifyError(error);
    if (known) return send(reply, known);
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, problem('internal', 'Une erreur inattendue est survenue ; elle a été consignée.'));
  });

  app.setNotFoundHandler((request, reply) => {
    return send(reply, problem('not_found', `Aucune route ${request.method} ${request.url.split('?')[0]}.`));
  });
}
