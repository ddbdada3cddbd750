import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { App } from './routes.ts';

/**
 * Security headers. Every API answer carries the ones an API answer needs (OWASP's REST advice), set
 * from one prepared object: nothing may run or load from it (`default-src 'none'`), no site may frame
 * it, nosniff, no Referer, HSTS over https. The web app's pages get @fastify/helmet's fuller policy
 * (installWebSecurityHeaders): only the app's own script files run (no inline script, no eval),
 * everything loads from Quorum itself, no framing. Helmet builds its headers again at each request, so
 * it is kept to the pages: a vote's thousands of answers a second pay for one object's assignment.
 */
export function installSecurityHeaders(app: App, options: { isHttps: boolean }): void {
  const headers: Record<string, string> = {
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
    ...(options.isHttps ? { 'strict-transport-security': 'max-age=15552000' } : {}),
  };
  app.addHook('onRequest', (request, reply, done) => {
    // The pages and files have helmet's policy instead (set on the raw answer, which these would override).
    if (request.url.startsWith('/api/')) reply.headers(headers);
    done();
  });
}

/**
 * The web app's pages and files: Mantine writes its styles inline, so style-src allows them; images
 * may be data: or blob: URLs (the association's logo, a preview before upload); frames only from
 * Quorum itself (the minutes' preview).
 */
export async function installWebSecurityHeaders(web: FastifyInstance, options: { isHttps: boolean }) {
  await web.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(options.isHttps ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: options.isHttps ? { maxAge: 15552000, includeSubDomains: false } : false,
  });
}

/**
 * A document Quorum shows in a frame of its own pages (the minutes' HTML preview): its inline styles
 * and images apply, nothing runs, and only Quorum itself may frame it.
 */
export function allowFramingBySelf(reply: FastifyReply): void {
  reply.header(
    'content-security-policy',
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'",
  );
  reply.header('x-frame-options', 'SAMEORIGIN');
}
