import { createHash } from 'node:crypto';
import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Database } from '../db/database.ts';
import {
  countAttempt,
  deleteEndedAttempts,
  readAttempts,
  type Counted,
} from '../db/rate-limits.repository.ts';
import type { App } from './routes.ts';

/**
 * Rate limits kept in the database (table rate_limits), so that two server processes sharing it count
 * the same attempts: the store @fastify/rate-limit calls for each limited request. A key's window is
 * fixed: its first attempt opens it, the count goes up until it ends, then starts again from one.
 */
type Callback = (error: Error | null, result?: Counted) => void;

/** Rows whose window ended this long ago are removed now and then. */
const keepEndedMs = 3600 * 1000;
const sweepEvery = 500;

export function databaseRateLimitStore(database: Database) {
  let calls = 0;
  const increment = async (key: string, timeWindow: number): Promise<Counted> => {
    const now = Date.now();
    const counted = await countAttempt(database.db, key, timeWindow, now);
    calls += 1;
    if (calls % sweepEvery === 0) await deleteEndedAttempts(database.db, now - keepEndedMs);
    return counted;
  };
  const read = (key: string, timeWindow: number) => readAttempts(database.db, key, timeWindow, Date.now());
  return class DatabaseRateLimitStore {
    incr(key: string, callback: Callback, timeWindow: number): void {
      increment(key, timeWindow).then(
        (counted) => callback(null, counted),
        (error: Error) => callback(error),
      );
    }

    read(key: string, callback: Callback, timeWindow: number): void {
      read(key, timeWindow).then(
        (counted) => callback(null, counted),
        (error: Error) => callback(error),
      );
    }

    child(): DatabaseRateLimitStore {
      return new DatabaseRateLimitStore();
    }
  };
}

/** A one-way digest of what a limit counts by (an e-mail address, a link's token): never kept in clear. */
function digest(value: string): string {
  return createHash('sha256').update(value).digest('base64url').slice(0, 22);
}

/** What a limit counts attempts by. */
/** `trustee`: the X-Trustee-Token header of a scrutineer's device (never in a URL). */
export type LimitBy = 'address' | 'account' | 'token' | 'trustee';

export interface Limit {
  /** Names the limit in its keys, e.g. "sign-in". */
  name: string;
  by: LimitBy;
  max: number;
  timeWindow: string;
}

function bodyField(request: FastifyRequest, field: 'email' | 'token'): string {
  const value = (request.body as Record<string, unknown> | undefined)?.[field];
  if (typeof value !== 'string') return '';
  return field === 'email' ? value.trim().toLowerCase() : value;
}

/** The token a trustee's device sends in its header. */
export function trusteeToken(request: FastifyRequest): string | undefined {
  const value = request.headers['x-trustee-token'];
  return typeof value === 'string' ? value : undefined;
}

function limitKey(limit: Limit, request: FastifyRequest): string {
  if (limit.by === 'address') return `${limit.name}:address:${request.ip}`;
  if (limit.by === 'account') return `${limit.name}:account:${digest(bodyField(request, 'email'))}`;
  if (limit.by === 'trustee') return `${limit.name}:trustee:${digest(trusteeToken(request) ?? '')}`;
  return `${limit.name}:token:${digest(bodyField(request, 'token'))}`;
}

/**
 * The preHandler hook enforcing these limits on a route, each counted on its own (every attempt
 * counts against each): a route limited by address and by account refuses an attempt when either is
 * spent, so changing address does not buy more tries at one account. The address is the connection's,
 * or the one a trusted proxy names (TRUST_PROXY): a forged X-Forwarded-For from anyone else is ignored.
 */
export function limitedBy(app: App, ...limits: Limit[]): preHandlerAsyncHookHandler {
  const checks = limits.map((limit) =>
    app.createRateLimit({
      max: limit.max,
      timeWindow: limit.timeWindow,
      keyGenerator: (request) => limitKey(limit, request),
    }),
  );
  return async (request, reply) => {
    let waitSeconds = 0;
    for (const check of checks) {
      const result = await check(request);
      if (!result.isAllowed && result.isExceeded) waitSeconds = Math.max(waitSeconds, result.ttlInSeconds);
    }
    if (waitSeconds === 0) return;
    reply.header('retry-after', waitSeconds);
    throw Object.assign(new Error(`Rate limit exceeded, retry in ${waitSeconds} seconds`), {
      statusCode: 429,
    });
  };
}
