import helmet from '@fastify/helmet';
import type { FastifyReply } from 'fastify';
import type { App } from './routes.ts';

/**
 * Security headers on every answer (@fastify/helmet): a Content-Security-Policy that runs only the
 * app's own script files (no inline script, no eval), loads everything from Quorum itself, and lets
 * no other site frame a page (frame-ancestors 'none', X-Frame-Options DENY); nosniff; no Referer
 * sent anywhere. Mantine writes its styles inline, so style-src allows them; images may be data:
 * or blob: URLs (the association's logo, a preview before upload).
 */
export async function installSecurityHeaders(app: App, options: { isHttps: boolean }): Promise<void> {
  await app.register(helmet, {
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
 * For a document Quorum itself shows in a frame of its own pages (the minutes' preview): framing
 * by the same origin only.
 */
export function allowFramingBySelf(reply: FastifyReply): void {
  const policy = String(reply.getHeader('content-security-policy') ?? '');
  reply.header('content-security-policy', policy.replace("frame-ancestors 'none'", "frame-ancestors 'self'"));
  reply.header('x-frame-options', 'SAMEORIGIN');
}
