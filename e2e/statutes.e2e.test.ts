import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { loadDemo } from '../server/src/db/seed/demo.ts';
import { createUser, testPassword } from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

describe('the statutes page, in the browser', { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    server = await startTestServer('sqlite');
    await loadDemo(server.runtime.database.db);
    const administrator = await createUser(server.runtime, {
      role: 'administrator',
      email: 'admin@example.org',
    });
    browser = await launchBrowser();
    const context = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
    const signIn = await context.request.post('/api/session', {
      data: { email: administrator.email, password: testPassword },
    });
    assert.equal(signIn.status(), 200);
    page = await context.newPage();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the rules in force as sentences', async () => {
    await page.goto('/settings/statutes');
    await page.getByRole('heading', { level: 1, name: 'Statuts et règles des assemblées' }).waitFor();
    await page
      .getByText(
        "Quorum de l'assemblée ordinaire : un quart des membres ayant droit de vote, présents ou représentés",
      )
      .waitFor();
    await page.getByText('2 pouvoirs au plus par mandataire').waitFor();
    await expectNoAxeViolations(page, 'statutes page');
  });

  it('adds a version that takes effect later, and lists it in the history', async () => {
    await page.getByLabel('En vigueur à partir du', { exact: true }).fill('2030-01-01');
    await page.getByLabel('Pouvoirs au plus par mandataire', { exact: true }).fill('3');
    await page.getByRole('button', { name: 'Enregistrer la nouvelle version' }).click();
    await page.getByText(/^Nouvelle version des statuts enregistrée/).waitFor();
    const history = page.getByRole('table', {
      name: 'Versions des statuts, de la plus récente à la plus ancienne',
    });
    const row = history.getByRole('row', { name: /^01\/01\/2030/ });
    await row.getByRole('cell', { name: 'À venir' }).waitFor();
    await row.getByRole('cell', { name: '3', exact: true }).waitFor();
    // Today's rules are unchanged: the new version is not in force yet.
    await page.getByText('2 pouvoirs au plus par mandataire').waitFor();
    await expectNoAxeViolations(page, 'statutes page after a new version');
  });

  it('refuses a negative notice period under its field', async () => {
    const notice = page.getByLabel('Délai de convocation (jours)', { exact: true });
    await notice.fill('-3');
    await page.getByRole('button', { name: 'Enregistrer la nouvelle version' }).click();
    await page.getByText('Saisissez un nombre entier entre 0 et 365.').waitFor();
    assert.equal(await notice.getAttribute('aria-invalid'), 'true');
    const describedBy = (await notice.getAttribute('aria-describedby')) ?? '';
    const errorId = await page.getByText('Saisissez un nombre entier entre 0 et 365.').getAttribute('id');
    assert.ok(errorId && describedBy.split(' ').includes(errorId), 'the error is tied to its field');
    await expectNoAxeViolations(page, 'statutes form with an error');
  });
});
