import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { rateLimitKeys } from '../db/rate-limits.repository.ts';
import { testEngines } from '../../test/databases.ts';
import { createUser, testPassword } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import { createLogger } from '../runtime.ts';
import type { App } from './routes.ts';

/** Sign-in attempts from a different forged address each time, as an attacker rotating X-Forwarded-For. */
async function signInFrom(app: App, email: string, password: string, attempt: number) {
  return app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { email, password },
    headers: { 'x-forwarded-for': `203.0.113.${attempt % 250}` },
  });
}

for (const engine of testEngines()) {
  describe(`rate limits that hold (${engine})`, () => {
    let test: TestApp;
    const log: string[] = [];
    beforeEach(async () => {
      log.length = 0;
      test = await createTestApp(engine, 'empty', {
        logger: createLogger('info', { write: (line: string) => void log.push(line) }),
      });
    });
    afterEach(() => test.close());

    it('does not believe a forged X-Forwarded-For: rotating it buys no attempts, and it stays out of the log', async () => {
      const user = await createUser(test.runtime);
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 10; attempt += 1) {
        statuses.push((await signInFrom(test.app, user.email, 'wrong password', attempt)).statusCode);
      }
      assert.deepEqual(statuses, Array(10).fill(401));
      const right = await signInFrom(test.app, user.email, testPassword, 10);
      assert.equal(right.statusCode, 429, 'the right password is refused too once the account is blocked');
      assert.match(right.json().detail, /./);
      assert.ok(Number(right.headers['retry-after']) > 0);
      assert.ok(!log.join('').includes('203.0.113.'), 'the forged address is not logged');
    });

    it('limits per account even behind a trusted proxy whose clients change address', async () => {
      const proxied = await buildApp({
        ...test.runtime,
        config: { ...test.config, trustProxy: '127.0.0.1' },
      });
      try {
        const user = await createUser(test.runtime);
        const statuses: number[] = [];
        for (let attempt = 0; attempt < 11; attempt += 1) {
          statuses.push((await signInFrom(proxied, user.email, 'wrong password', attempt)).statusCode);
        }
        assert.equal(statuses.filter((status) => status === 429).length, 1, statuses.join(','));
        // The proxy's client address is the one limited by address, and the one logged.
        assert.ok(log.join('').includes('203.0.113.'));
        // Another account from the same addresses is not blocked by the first one's limit.
        const other = await createUser(test.runtime);
        assert.equal((await signInFrom(proxied, other.email, testPassword, 1)).statusCode, 200);
      } finally {
        await proxied.close();
      }
    });

    it('counts the attempts of every server process sharing the database', async () => {
      const second = await test.openAnotherRuntime();
      const otherProcess = await buildApp(second);
      try {
        const user = await createUser(test.runtime);
        const statuses: number[] = [];
        for (let attempt = 0; attempt < 12; attempt += 1) {
          const app = attempt % 2 === 0 ? test.app : otherProcess;
          statuses.push((await signInFrom(app, user.email, 'wrong password', attempt)).statusCode);
        }
        assert.deepEqual(statuses.slice(0, 10), Array(10).fill(401));
        assert.deepEqual(statuses.slice(10), [429, 429]);
      } finally {
        await otherProcess.close();
        await second.close();
      }
    });

    it('sends at most five password-reset mails an hour for one account, whatever the address', async () => {
      const user = await createUser(test.runtime, { email: 'reset.me@example.org' });
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 8; attempt += 1) {
        const response = await test.app.inject({
          method: 'POST',
          url: '/api/password-resets',
          payload: { email: user.email.toUpperCase() },
          headers: { 'x-forwarded-for': `198.51.100.${attempt}` },
        });
        statuses.push(response.statusCode);
      }
      assert.deepEqual(statuses, [202, 202, 202, 202, 202, 429, 429, 429]);
      await test.smtp.waitForMessage(() => test.smtp.messages.length >= 5);
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.equal(test.smtp.messages.length, 5);
    });

    it('limits a personal link by its token, and keeps neither the token nor the address in clear', async () => {
      const token = 'Zx9_kLm-3QpRs7TuVwXyZ0aBcDeFgHiJkLmNoPqRsTu';
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 22; attempt += 1) {
        const response = await test.app.inject({
          method: 'POST',
          url: '/api/convocations/view',
          payload: { token },
          headers: { 'x-forwarded-for': `192.0.2.${attempt}` },
        });
        statuses.push(response.statusCode);
      }
      assert.deepEqual(statuses.slice(0, 20), Array(20).fill(410));
      assert.deepEqual(statuses.slice(20), [429, 429]);
      const keys = await rateLimitKeys(test.runtime.database.db);
      assert.ok(keys.length > 0);
      assert.ok(!keys.some((key) => key.includes(token) || key.includes('@')), keys.join(' '));
    });
  });
}

describe('TRUST_PROXY', () => {
  it('is off by default, names addresses when on, and refuses to trust everyone', () => {
    assert.equal(loadConfig({}).trustProxy, false);
    assert.equal(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy, '10.0.0.0/8, loopback');
    assert.throws(() => loadConfig({ TRUST_PROXY: 'true' }), /TRUST_PROXY must name/);
  });
});
