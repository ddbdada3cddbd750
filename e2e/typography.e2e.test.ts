import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadDemo } from '../server/src/db/seed/demo.ts';
import { createUser, testPassword } from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, launchBrowser } from './browser.ts';

/** An amount as the French pages print it: "1 124 849 €", "25,50 €", "−14 071 €" (any space). */
const frenchAmount = String.raw`[\u2212-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d{2})?[ \u00a0\u202f]€`;

interface AmountBox {
  text: string;
  lines: number;
  /** The whole text of the element it is in. */
  context: string;
}

/**
 * The notes of the 2016 accounts are typed by the treasurer, "(53 993 €)" with the spaces she typed:
 * Quorum formats the amounts it prints, not what people write.
 */
const isFormatted = (box: AmountBox) => !box.context.includes('Europ’act');

/**
 * Every amount of the page's text and how many lines it is laid out on: a Range over the amount's
 * characters gives one client rectangle per line box (and per inline box it crosses); rectangles on
 * the same line share their top.
 */
function measureAmounts(page: Page): Promise<AmountBox[]> {
  return page.evaluate((source) => {
    const pattern = new RegExp(source, 'g');
    const boxes: { text: string; lines: number; context: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(pattern)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
        if (rects.length === 0) continue; // not displayed (a closed menu, a hidden tab)
        const tops = new Set(rects.map((rect) => Math.round(rect.top)));
        boxes.push({ text: match[0], lines: tops.size, context: node.parentElement?.textContent ?? '' });
      }
    }
    return boxes;
  }, frenchAmount);
}

describe('French typography in the browser', { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    server = await startTestServer('sqlite');
    await loadDemo(server.runtime.database.db);
    const treasurer = await createUser(server.runtime, { role: 'treasurer', email: 'tresorier@example.org' });
    browser = await launchBrowser();
    // A narrow phone: the budget's and the fees' tables squeeze their columns.
    context = await browser.newContext({
      baseURL: server.url,
      locale: 'fr-FR',
      viewport: { width: 360, height: 740 },
    });
    const signIn = await context.request.post('/api/session', {
      data: { email: treasurer.email, password: testPassword },
    });
    assert.equal(signIn.status(), 200);
    page = await context.newPage();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('measures a wrapped amount as wrapped (the check below can fail)', async () => {
    await page.goto('/budget');
    await page.getByRole('heading', { level: 1, name: 'Budget' }).waitFor();
    await page.evaluate(() => {
      const probe = document.createElement('p');
      probe.id = 'probe';
      probe.style.width = '3ch';
      probe.textContent = '1 124 849 €';
      document.body.append(probe);
    });
    const probe = (await measureAmounts(page)).find((box) => box.text === '1 124 849 €');
    assert.ok(probe, 'the probe is measured');
    assert.ok(probe.lines > 1, `a plain-space amount in a narrow box wraps (${probe.lines} lines)`);
    await page.evaluate(() => document.getElementById('probe')?.remove());
  });

  for (const [path, heading, least] of [
    ['/budget', 'Budget', 50],
    ['/members/memberships', 'Adhésions', 10],
  ] as const) {
    it(`keeps every amount of ${path} on one line on a 360-pixel-wide screen`, async () => {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.getByText(new RegExp(frenchAmount)).first().waitFor();
      const amounts = (await measureAmounts(page)).filter(isFormatted);
      assert.ok(amounts.length >= least, `${amounts.length} amounts on ${path}`);
      assert.deepEqual(
        amounts.filter((box) => box.lines !== 1),
        [],
        'no amount is cut across two lines',
      );
      // Each amount holds narrow no-break spaces only, between thousands and before "€".
      assert.deepEqual(
        amounts.filter((box) => /[ \u00a0]/.test(box.text)).map((box) => box.text),
        [],
      );
    });
  }

  it('prints English numbers and days on an English page', async () => {
    await page.goto('/budget');
    await page.getByRole('heading', { level: 1, name: 'Budget' }).waitFor();
    await page.evaluate(() => window.localStorage.setItem('quorum.language', 'en'));
    await page.reload();
    await page.getByText('€1,124,849').first().waitFor();
    assert.deepEqual(
      (await measureAmounts(page)).filter(isFormatted).map((box) => box.text),
      [],
      'no French amount left',
    );
    await page.evaluate(() => window.localStorage.setItem('quorum.language', 'fr'));
  });
});
