import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { loadDemo } from '../server/src/db/seed/demo.ts';
import { createUser, testPassword } from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

describe('the staff and programmes pages, in the browser', { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    server = await startTestServer('sqlite');
    await loadDemo(server.runtime.database.db);
    const secretary = await createUser(server.runtime, {
      role: 'secretary',
      email: 'secretaire@example.org',
    });
    browser = await launchBrowser();
    const context = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
    const signIn = await context.request.post('/api/session', {
      data: { email: secretary.email, password: testPassword },
    });
    assert.equal(signIn.status(), 200);
    page = await context.newPage();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the team of April 2017 by function, its recorded figure and the history chart', async () => {
    await page.goto('/staff');
    await page.getByRole('heading', { level: 1, name: 'Équipe salariée' }).waitFor();
    await page.getByLabel('Jour').fill('2017-04-30');
    await page
      .getByRole('heading', { name: 'L’équipe au 30/04/2017' })
      .or(page.getByRole('heading', { name: "L'équipe au 30/04/2017" }))
      .waitFor();
    assert.equal(
      await page.locator('[data-staff="count"]').innerText(),
      '10 salariés, 8,64 ETP, stagiaires : 1',
    );
    assert.match(
      await page.locator('[data-staff="recorded"]').innerText(),
      /avril 2017 \) : 8,64 ETP|avril 2017\) : 8,64 ETP/,
    );
    await page.getByText('Design : Julien, Laura, Lilas').waitFor();
    await page
      .getByRole('img', { name: 'Évolution de l’équipe en équivalents temps plein' })
      .or(page.getByRole('img', { name: "Évolution de l'équipe en équivalents temps plein" }))
      .waitFor();
    await page.getByText(/2012 : 3,3 ETP ; septembre 2014 : 7,22 ETP/).waitFor();
    await expectNoAxeViolations(page, 'staff page');
    if (process.env.SCREENSHOTS)
      await page.screenshot({ path: `${process.env.SCREENSHOTS}/staff.png`, fullPage: true });
  });

  it('shows the 2017 programmes with their partners and the Bloomberg agreement', async () => {
    await page.goto('/programmes');
    await page.getByRole('heading', { level: 1, name: 'Programmes et partenaires' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'La Transfo' }).waitFor();
    await page
      .getByText(/Transfo Dunkerque — Dunkerque \(partenaires : Communauté urbaine de Dunkerque\)/)
      .waitFor();
    await page.getByText(/Bloomberg Philanthropies, 1 300 000 € de 2017 à 2020/).waitFor();
    await expectNoAxeViolations(page, 'programmes page');
    if (process.env.SCREENSHOTS)
      await page.screenshot({ path: `${process.env.SCREENSHOTS}/programmes.png`, fullPage: true });
  });
});
