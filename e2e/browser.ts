import assert from 'node:assert/strict';
import fs from 'node:fs';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The system Chromium: browser tests drive it rather than a downloaded build. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function hasChromium(): boolean {
  return fs.existsSync(chromiumPath);
}

/** Why browser suites are skipped, for `describe(…, { skip })`; false when they can run. */
export function chromiumSkipReason(): string | false {
  return hasChromium() ? false : `Chromium not found at ${chromiumPath}: browser tests skipped`;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // No network of its own, no updates, no sync: the browser talks to the test server only.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

interface AxeWindow {
  axe?: typeof axe;
}

/**
 * Runs axe-core on the page as it is now, against WCAG 2.0 and 2.1 levels A and AA, and fails with
 * one line per violation and the elements concerned, so a failure says what to fix and where.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  // A dialog fading in or out has passing colours: axe looks at the page once its transitions end.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' ||
          animation.effect?.getComputedTiming().iterations === Number.POSITIVE_INFINITY,
      ),
  );
  const hasAxe = await page.evaluate(() => Boolean((window as AxeWindow).axe));
  // Evaluated through the DevTools protocol rather than added as an inline <script>, which the app's
  // Content-Security-Policy (script-src 'self') rightly refuses.
  if (!hasAxe) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const results = await (window as AxeWindow).axe!.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
    }));
  });
  const report = violations
    .map(
      (violation) =>
        `- ${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.targets.map((target) => `    ${target.replace(/\s+/g, ' ')}`).join('\n'),
    )
    .join('\n');
  assert.equal(violations.length, 0, `accessibility violations on ${label} (${page.url()}):\n${report}`);
}
