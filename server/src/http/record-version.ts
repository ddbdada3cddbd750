import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, invalidField } from './app-error.ts';
import { problemSchema } from './routes.ts';

/**
 * Versions against lost updates. Every editable record carries `version`, raised by each update in
 * the statement that changes it (db/record-version.ts). Its GET answers the version in the body and
 * as an ETag (`"7"`); a write sends it back in `If-Match`. A write whose version is no longer the
 * record's is refused with 409 `stale_version`, the problem carrying the record as it now is
 * (`current`), and changes nothing. A write without If-Match is still accepted (the CLI, scripts and
 * API clients written before versions); the web app always sends it.
 */

/** The version a write was made on, from `If-Match`: undefined when absent or `*`. */
export function expectedVersion(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) return undefined;
  const value = (Array.isArray(header) ? header.join(',') : header).trim();
  if (value === '*') return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(value);
  if (!match) throw invalidField('headers.if-match', 'invalid_if_match');
  return Number(match[1]);
}

/** Thrown inside a write's transaction when the record's version is not the one expected. */
export class StaleVersionError extends Error {
  constructor() {
    super('stale_version');
    this.name = 'StaleVersionError';
  }
}

/** Refuses the write when the record read in the transaction is not at the version expected. */
export function checkVersion(record: { version: number }, expected: number | undefined): void {
  if (expected !== undefined && record.version !== expected) throw new StaleVersionError();
}

/**
 * Runs a versioned write; when it was stale (rolled back), answers 409 `stale_version` with the
 * record as it now is, read after the rollback.
 */
export async function refusingStale<T>(
  write: () => Promise<T>,
  current: () => Promise<{ version: number }>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof StaleVersionError)) throw error;
    const now = await current();
    throw new AppError('stale_version', { version: now.version }, { current: now });
  }
}

/** The 409 answer of a versioned write: a problem, with `current` the record as it now is. */
export function staleProblemSchema<Schema extends z.ZodType>(current: Schema) {
  return problemSchema.extend({
    current: current.optional().describe('On `stale_version`: the record as it now is, with its version'),
  });
}

/** The OpenAPI description of the If-Match header a versioned write reads. */
// Loose: the other headers (cookie, CSRF token) must pass through untouched.
export const ifMatchHeaders = z.looseObject({
  'if-match': z
    .string()
    .optional()
    .describe(
      'The version the change was made on, as the GET’s ETag gave it ("7"); a stale one is refused (409)',
    ),
});

/** Sends a record's version as its ETag (`"7"`), for the write that follows to name in If-Match. */
export function tagVersion<Row extends { version: number }>(reply: FastifyReply, record: Row): Row {
  void reply.header('etag', `"${record.version}"`);
  return record;
}
