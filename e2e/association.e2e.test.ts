import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { repositoryRoot } from '../server/src/config.ts';
import { createUser, testPassword } from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

describe('setting an association up from the web, in the browser', { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    server = await startTestServer('sqlite');
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

  const step = (key: string) => page.locator(`[data-setup-step="${key}"]`);

  it('walks a new administrator through the setup from the dashboard', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 2, name: 'Mettre en place votre association' }).waitFor();
    await page.getByText('0 étapes faites sur 6').waitFor();
    for (const key of ['identity', 'statutes', 'fees', 'board', 'members', 'assembly'])
      assert.equal(await step(key).getAttribute('data-done'), 'false', key);
    await expectNoAxeViolations(page, 'dashboard with the checklist');
    await step('identity').getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'L’association' }).waitFor();
  });

  it('refuses a wrong RNA or SIRET number under its field, then saves the identity', async () => {
    await page.getByLabel('Nom', { exact: true }).fill('Les Amis du Lavoir');
    await page.getByLabel('Nom court', { exact: true }).fill('Amis du Lavoir');
    // The field suggests usual forms (its list is labelled the same): the input itself is filled.
    await page.locator('input[name="legalForm"]').fill('Association loi 1901');
    await page.keyboard.press('Escape');
    await page.getByLabel('Adresse', { exact: true }).fill('2 rue du Lavoir');
    await page.getByLabel('Code postal', { exact: true }).fill('56000');
    await page.getByLabel('Ville', { exact: true }).fill('Vannes');
    await page.getByLabel('Année de fondation', { exact: true }).fill('2019');
    const rna = page.getByLabel('Numéro RNA', { exact: true });
    const siret = page.getByLabel('Numéro SIRET', { exact: true });
    await rna.fill('W12');
    await siret.fill('73282932000075');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Un numéro RNA s’écrit W suivi de 9 chiffres, par exemple W751234567.').waitFor();
    await page
      .getByText('Un numéro SIRET a 14 chiffres et une clé de contrôle : celui-ci n’est pas valide.')
      .waitFor();
    assert.equal(await rna.getAttribute('aria-invalid'), 'true');
    assert.equal(await siret.getAttribute('aria-invalid'), 'true');
    await expectNoAxeViolations(page, 'identity form with errors');

    await rna.fill('W561 234 567');
    await siret.fill('732 829 320 00074');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Identité de l’association enregistrée.').waitFor();
    const saved = await (await page.request.get('/api/association')).json();
    assert.deepEqual(
      [saved.name, saved.city, saved.rnaNumber, saved.siret, saved.foundingYear],
      ['Les Amis du Lavoir', 'Vannes', 'W561234567', '73282932000074', 2019],
    );
  });

  it('uploads a logo and shows it', async () => {
    await page.getByText('Pas encore de logo.').waitFor();
    await page
      .locator('input[type="file"]')
      .setInputFiles(path.join(repositoryRoot, 'fixtures', 'imports', 'logo.png'));
    await page.getByRole('img', { name: 'Logo de Les Amis du Lavoir' }).waitFor();
    await expectNoAxeViolations(page, 'identity page with a logo');
  });

  it('ticks the identity step on the dashboard once it is filled', async () => {
    await page.goto('/');
    await page.getByText('1 étapes faites sur 6').waitFor();
    assert.equal(await step('identity').getAttribute('data-done'), 'true');
    assert.equal(await step('statutes').getAttribute('data-done'), 'false');
    await step('statutes').getByRole('link', { name: 'Enregistrer les statuts' }).waitFor();
  });
});
