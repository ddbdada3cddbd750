import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import { databaseRateLimitStore } from './http/rate-limits.ts';
import { installSecurityHeaders, installWebSecurityHeaders } from './http/security-headers.ts';
import { installTextRule } from './http/text-rule.ts';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { pingDatabase } from './db/health.ts';
import { z } from 'zod';
import { installValidationMessages } from '../../common/validation.ts';
import type { ServiceContext } from './context.ts';
import { accountsRoutes } from './domains/accounts/accounts.routes.ts';
import { associationRoutes } from './domains/association/association.routes.ts';
import { dashboardRoutes } from './domains/dashboard/dashboard.routes.ts';
import { assembliesRoutes } from './domains/assemblies/assemblies.routes.ts';
import { annualAccountsRoutes } from './domains/budget/annual-accounts.routes.ts';
import { budgetExportRoutes, budgetRoutes } from './domains/budget/budget.routes.ts';
import { programmesRoutes } from './domains/budget/programmes.routes.ts';
import { staffRoutes } from './domains/budget/staff.routes.ts';
import { convocationsRoutes } from './domains/assemblies/convocations.routes.ts';
import { workshopsRoutes } from './domains/assemblies/workshops.routes.ts';
import { speakersRoutes } from './domains/assemblies/speakers.routes.ts';
import { votesRoutes } from './domains/votes/votes.routes.ts';
import { encryptedPollsRoutes } from './domains/votes/encrypted.routes.ts';
import { categoriesRoutes } from './domains/memberships/categories.routes.ts';
import { registerFieldsRoutes } from './domains/register/register-fields.routes.ts';
import { membershipsRoutes } from './domains/memberships/memberships.routes.ts';
import { minutesRoutes } from './domains/minutes/minutes.routes.ts';
import { registerRoutes } from './domains/register/register.routes.ts';
import { registerImportRoutes } from './domains/register-import/register-import.routes.ts';
import { AppError } from './http/app-error.ts';
import { installAuthentication } from './http/auth.ts';
import { installProblemHandlers, problem, requestLanguage } from './http/problem.ts';
import { problemSchema, type App } from './http/routes.ts';

export interface BuildAppOptions {
  /** Serve the built web app from web/dist (production, browser tests). */
  serveWeb?: boolean;
}

const version = '0.1.0';

function healthRoutes(app: App, context: ServiceContext): void {
  app.get('/api/health', {
    config: { access: 'public' },
    schema: {
      tags: ['system'],
      summary: 'Whether Quorum and its database answer',
      response: {
        200: z.object({
          status: z.literal('ok'),
          version: z.string(),
          database: z.object({ engine: z.enum(['sqlite', 'postgres']), ok: z.boolean() }),
        }),
        503: problemSchema,
      },
    },
    handler: async (_request, reply) => {
      try {
        await pingDatabase(context.database.db);
      } catch (error) {
        _request.log.error({ err: error }, 'database health check failed');
        return reply
          .status(503)
          .type('application/problem+json')
          .send(problem('database_unavailable', requestLanguage(_request)));
      }
      return { status: 'ok' as const, version, database: { engine: context.database.engine, ok: true } };
    },
  });

  app.get('/api/openapi.json', {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async () => app.swagger(),
  });
}

function serveWeb(app: FastifyInstance, directory: string, options: { isHttps: boolean }): void {
  if (!fs.existsSync(path.join(directory, 'index.html'))) {
    app.log.warn({ directory }, 'web app not built: run "npm run build" to serve the pages');
    return;
  }
  // A context of its own, so the pages' security headers (helmet) are the pages' alone.
  void app.register(async (web) => {
    await installWebSecurityHeaders(web, options);
    await web.register(fastifyStatic, { root: directory, wildcard: false, index: false });
    // The web app routes on the client: any non-API GET that is not a file gets index.html.
    web.get('/*', { config: { access: 'public' }, schema: { hide: true } }, (request, reply) => {
      // A missing asset (an old build's script, say) is a 404, not the page served as JavaScript.
      if (/\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '')) {
        return reply.status(404).type('text/plain; charset=utf-8').send('Not found');
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  });
}

/** Builds the HTTP application: plugins, error handling, authentication, then each domain's routes. */
export async function buildApp(context: ServiceContext, options: BuildAppOptions = {}): Promise<App> {
  installValidationMessages();
  const app = Fastify({
    loggerInstance: context.logger as FastifyBaseLogger,
    bodyLimit: 1024 * 1024,
    // Off unless TRUST_PROXY names the proxy: otherwise anyone could choose their address with a
    // forged X-Forwarded-For, and escape the rate limits and write what they like in the logs.
    trustProxy: context.config.trustProxy,
    // Server-Sent Event streams never go idle: closing the server ends them.
    forceCloseConnections: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Quorum',
        description: 'API of Quorum, the association governance application.',
        version,
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'quorum_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  installSecurityHeaders(app, { isHttps: context.config.publicUrl.startsWith('https://') });
  await app.register(cookie);
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(context.database) });
  installProblemHandlers(app);
  installTextRule(app);
  installAuthentication(app, context);

  healthRoutes(app, context);
  associationRoutes(app, context);
  dashboardRoutes(app, context);
  accountsRoutes(app, context);
  registerRoutes(app, context);
  membershipsRoutes(app, context);
  categoriesRoutes(app, context);
  registerFieldsRoutes(app, context);
  registerImportRoutes(app, context);
  assembliesRoutes(app, context);
  convocationsRoutes(app, context);
  workshopsRoutes(app, context);
  speakersRoutes(app, context);
  budgetRoutes(app, context);
  budgetExportRoutes(app, context);
  minutesRoutes(app, context);
  votesRoutes(app, context);
  encryptedPollsRoutes(app, context);
  annualAccountsRoutes(app, context);
  staffRoutes(app, context);
  programmesRoutes(app, context);

  // An unknown API path is a 404 problem, never the web app's index page.
  app.all('/api/*', { config: { access: 'public' }, schema: { hide: true } }, async (request) => {
    throw new AppError('not_found', {
      context: 'route',
      method: request.method,
      path: request.url.split('?')[0] ?? '',
    });
  });
  if (options.serveWeb) {
    serveWeb(app, context.config.webDistDirectory, {
      isHttps: context.config.publicUrl.startsWith('https://'),
    });
  }
  return app;
}
