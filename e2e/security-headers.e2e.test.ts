import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { createUser, testPassword } from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, launchBrowser } from './browser.ts';

/**
 * The headers a browser obeys: the app runs whole under its Content-Security-Policy (no violation
 * reported while signing in and moving between pages), and another site cannot frame it.
 */
describe('security headers in a real browser', { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  before(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sends a policy without inline scripts, forbidding framing, with nosniff and no Referer', async () => {
    const response = await fetch(`${server.url}/signin`);
    const policy = response.headers.get('content-security-policy') ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
    assert.equal(scriptSrc.trim(), "'self'");
    assert.match(policy, /frame-ancestors 'none'/);
    assert.match(policy, /object-src 'none'/);
    assert.equal(response.headers.get('x-frame-options'), 'DENY');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    const api = await fetch(`${server.url}/api/session`);
    assert.match(api.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
  });

  it('runs the app with no policy violation, and another site cannot frame it', async () => {
    const user = await createUser(server.runtime, { role: 'administrator' });
    const context = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
    });
    await page.goto('/signin');
    await page.getByLabel('Adresse e-mail', { exact: true }).fill(user.email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(testPassword);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.goto('/members');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    assert.deepEqual(violations, []);

    // Another origin (a page of its own) tries to frame the sign-in page.
    const attacker = await context.newPage();
    const blocked: string[] = [];
    attacker.on('console', (message) => blocked.push(message.text()));
    await attacker.setContent(
      `<iframe id="victim" src="${server.url}/signin" width="600" height="400"></iframe>`,
    );
    await attacker.waitForTimeout(1000);
    const frame = attacker.frames().find((candidate) => candidate !== attacker.mainFrame());
    const inputs = frame
      ? await frame
          .locator('input')
          .count()
          .catch(() => 0)
      : 0;
    assert.equal(inputs, 0, 'the framed sign-in page did not load');
    assert.ok(
      blocked.some((text) => /frame-ancestors|X-Frame-Options|Refused to/.test(text)),
      blocked.join('\n'),
    );
    await context.close();
  });
});
