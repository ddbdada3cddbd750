import { sql } from 'kysely';
import type { Db } from './database.ts';

export interface Counted {
  current: number;
  ttl: number;
}

/**
 * Counts one attempt for `key` and returns the count in the current window and what is left of it:
 * the first attempt opens a window of `timeWindowMs`, a window that has ended starts again from one.
 * One statement on both engines (INSERT … ON CONFLICT … RETURNING), so concurrent processes never
 * lose a count.
 */
export async function countAttempt(db: Db, key: string, timeWindowMs: number, now: number): Promise<Counted> {
  const { rows } = await sql<{ count: number; window_ends_at: number }>`
    insert into rate_limits (key, count, window_ends_at) values (${key}, 1, ${now + timeWindowMs})
    on conflict (key) do update set
      count = case when rate_limits.window_ends_at <= ${now} then 1 else rate_limits.count + 1 end,
      window_ends_at = case when rate_limits.window_ends_at <= ${now}
        then excluded.window_ends_at else rate_limits.window_ends_at end
    returning count, window_ends_at`.execute(db);
  const row = rows[0]!;
  return { current: Number(row.count), ttl: Math.max(0, Number(row.window_ends_at) - now) };
}

/** The count for `key` in its current window, without counting an attempt. */
export async function readAttempts(db: Db, key: string, timeWindowMs: number, now: number): Promise<Counted> {
  const row = await db
    .selectFrom('rate_limits')
    .select(['count', 'window_ends_at'])
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row || Number(row.window_ends_at) <= now) return { current: 0, ttl: timeWindowMs };
  return { current: Number(row.count), ttl: Number(row.window_ends_at) - now };
}

/** Removes counters whose window ended before `before`. */
export async function deleteEndedAttempts(db: Db, before: number): Promise<void> {
  await db.deleteFrom('rate_limits').where('window_ends_at', '<', before).execute();
}

/** Every counter's key (hashed values only), for the tests that check nothing is kept in clear. */
export async function rateLimitKeys(db: Db): Promise<string[]> {
  return (await db.selectFrom('rate_limits').select('key').execute()).map((row) => row.key);
}
