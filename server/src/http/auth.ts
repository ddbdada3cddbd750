import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../../common/roles.ts';
import type { ServiceContext } from '../context.ts';
import type { SessionUser } from '../domains/accounts/accounts.ts';
import { loadSession, mustEnrolTwoFactor, type OpenedSession } from '../domains/accounts/accounts.service.ts';
import { loadParticipant, type Participant } from '../domains/assemblies/participants.service.ts';
import { AppError } from './app-error.ts';

/**
 * Who may call a route: anyone, a participant signed in by their convocation link (for their own
 * assembly only), or signed-in accounts holding one of the roles.
 */
export type Access = 'public' | 'participant' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /**
     * Open to an account the association requires a second factor of and that has none yet
     * (session, enrolment): every other route answers it 403 two_factor_required.
     */
    beforeTwoFactor?: boolean;
  }
  interface FastifyRequest {
    participant: Participant | null;
    user: SessionUser | null;
    sessionId: string | null;
    csrfToken: string | null;
  }
}

export const sessionCookie = 'quorum_session';
export const participantCookie = 'quorum_participant';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function setSessionCookie(reply: FastifyReply, context: ServiceContext, opened: OpenedSession): void {
  reply.setCookie(sessionCookie, opened.token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: context.config.publicUrl.startsWith('https://'),
    maxAge: 14 * 24 * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(sessionCookie, { path: '/' });
}

/** The signed-in user of a route whose access excludes 'public'. */
export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new AppError('not_authenticated');
  return request.user;
}

/**
 * Every /api route must say who may call it (config.access); a route without it stops the server
 * at start-up. Before any body is parsed, the session is loaded, the role checked and, for a
 * state-changing request made with a session, the CSRF token compared.
 */
export function installAuthentication(app: FastifyInstance, context: ServiceContext): void {
  app.decorateRequest('user', null);
  app.decorateRequest('participant', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('csrfToken', null);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.method === 'HEAD') return;
    if (route.config?.access === undefined) {
      throw new Error(`route ${String(route.method)} ${route.url} does not declare config.access`);
    }
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (access === undefined) return;
    if (access === 'participant') {
      const participantToken = request.cookies[participantCookie];
      const participant = participantToken ? await loadParticipant(context, participantToken) : undefined;
      if (!participant) throw new AppError('not_authenticated', { context: 'participant' });
      if (unsafeMethods.has(request.method) && request.headers['x-csrf-token'] !== participant.csrfToken) {
        throw new AppError('csrf_failed');
      }
      request.participant = participant;
      return;
    }
    const token = request.cookies[sessionCookie];
    const session = token ? await loadSession(context, token) : undefined;
    if (session) {
      request.user = session.user;
      request.sessionId = session.sessionId;
      request.csrfToken = session.csrfToken;
    }
    if (access === 'public') return;
    if (!session) throw new AppError('not_authenticated');
    if (!access.includes(session.user.role)) {
      throw new AppError('forbidden', undefined, {
        internal: `${session.user.role} ${session.user.email} refused on ${request.method} ${request.url}`,
      });
    }
    if (unsafeMethods.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
      throw new AppError('csrf_failed');
    }
    if (!request.routeOptions.config.beforeTwoFactor && (await mustEnrolTwoFactor(context, session.user))) {
      throw new AppError('two_factor_required');
    }
  });
}

export function requireParticipant(request: FastifyRequest): Participant {
  if (!request.participant) throw new AppError('not_authenticated', { context: 'participant' });
  return request.participant;
}
