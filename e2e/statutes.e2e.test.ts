import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { loadDemo } from '../server/src/db/seed/demo.ts';
import { createAssembly, createUser, testPassword } from '../server/test/factories.ts';
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

  const rulesOf = (kind: string) =>
    page
      .getByRole('region', { name: 'Règles en vigueur aujourd’hui' })
      .getByRole('region', { name: kind, exact: true });

  it('shows the rules in force as sentences, for each kind of meeting', async () => {
    await page.goto('/settings/statutes');
    await page.getByRole('heading', { level: 1, name: 'Statuts et règles des assemblées' }).waitFor();
    const ordinary = rulesOf('Assemblée générale ordinaire');
    await ordinary
      .getByText('Quorum : un quart des membres ayant droit de vote, présents ou représentés')
      .waitFor();
    await ordinary.getByText('2 pouvoirs au plus par mandataire').waitFor();
    await rulesOf('Assemblée générale extraordinaire')
      .getByText('Quorum : la moitié des membres ayant droit de vote, présents ou représentés')
      .waitFor();
    await rulesOf('Conseil d’administration')
      .getByText('Votent : les membres du conseil d’administration')
      .waitFor();
    await rulesOf('Conseil d’administration').getByText('Aucun quorum requis').waitFor();
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
    await rulesOf('Assemblée générale ordinaire').getByText('2 pouvoirs au plus par mandataire').waitFor();
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
    await notice.fill('15');
  });

  it('opens the tab of a kind whose rules hold an error', async () => {
    await page.getByRole('tab', { name: 'Bureau', exact: true }).click();
    await page.getByLabel('Délai de convocation (jours)', { exact: true }).fill('-1');
    await page.getByRole('tab', { name: 'Assemblée générale ordinaire', exact: true }).click();
    await page.getByRole('button', { name: 'Enregistrer la nouvelle version' }).click();
    await page.getByRole('tab', { name: 'Bureau (à corriger)', selected: true }).waitFor();
    const notice = page.getByLabel('Délai de convocation (jours)', { exact: true });
    assert.equal(await notice.getAttribute('aria-invalid'), 'true');
    await notice.fill('8');
  });

  it('records an extraordinary assembly with no proxies and a quorum of two thirds of those present', async () => {
    await page.getByLabel('En vigueur à partir du', { exact: true }).fill('2020-01-01');
    await page.getByRole('tab', { name: 'Assemblée générale ordinaire', exact: true }).click();
    await page.getByLabel('Pouvoirs au plus par mandataire', { exact: true }).fill('2');
    await page.getByRole('tab', { name: 'Assemblée générale extraordinaire', exact: true }).click();
    await page.getByLabel('Quorum', { exact: true }).selectOption({ label: 'deux tiers' });
    await page
      .getByLabel('Le quorum compte', { exact: true })
      .selectOption({ label: 'les membres présents seulement' });
    await page.getByLabel('Les pouvoirs sont acceptés', { exact: true }).uncheck();
    await page.getByLabel('La participation à distance est possible', { exact: true }).uncheck();
    await page
      .getByLabel('Le vote par correspondance (papier ou en ligne, avant la réunion) est possible', {
        exact: true,
      })
      .check();
    await page
      .getByLabel('Majorité par défaut', { exact: true })
      .selectOption({ label: 'Majorité des deux tiers' });
    await expectNoAxeViolations(page, 'statutes form, extraordinary assembly tab');
    await page.getByRole('button', { name: 'Enregistrer la nouvelle version' }).click();
    await page.getByText(/^Nouvelle version des statuts enregistrée/).waitFor();
    const extraordinary = rulesOf('Assemblée générale extraordinaire');
    await extraordinary
      .getByText(
        'Quorum : deux tiers des membres ayant droit de vote, présents (les pouvoirs ne comptent pas)',
      )
      .waitFor();
    await extraordinary.getByText('Aucun pouvoir n’est accepté').waitFor();
    await extraordinary.getByText('Pas de participation à distance').waitFor();
    await extraordinary.getByText('Vote par correspondance possible').waitFor();
    await extraordinary.getByText(/^Majorité par défaut\s: majorité des deux tiers/).waitFor();
    await rulesOf('Bureau').getByText('Convocation envoyée au moins 8 jours avant la réunion').waitFor();
    // The ordinary assembly's rules are those in force before.
    await rulesOf('Assemblée générale ordinaire').getByText('2 pouvoirs au plus par mandataire').waitFor();
  });

  it('the attendance sheet of an extraordinary assembly says proxies are not allowed, with no form to record one', async () => {
    await createAssembly(server.runtime, { slug: 'age-e2e', kind: 'extraordinary', heldOn: '2025-06-01' });
    await page.goto('/assemblies/age-e2e/attendance');
    const proxies = page.getByRole('region', { name: 'Pouvoirs' });
    await proxies
      .getByText(
        'Les statuts n’autorisent pas les pouvoirs à ce type de réunion (Assemblée générale extraordinaire) : aucun pouvoir ne peut être enregistré ni compté.',
      )
      .waitFor();
    assert.equal(await proxies.getByRole('button', { name: 'Enregistrer le pouvoir' }).count(), 0);
    await expectNoAxeViolations(page, 'attendance sheet where proxies are not allowed');
  });

  it('the control page of a meeting with no quorum says none is required', async () => {
    await createAssembly(server.runtime, { slug: 'ca-e2e', kind: 'board', heldOn: '2031-03-01' });
    await page.goto('/assemblies/ca-e2e/control');
    const quorum = page.getByRole('group', { name: 'Quorum' });
    await quorum.getByText('Aucun quorum requis', { exact: true }).waitFor();
    assert.equal(await quorum.getByText('Quorum atteint').count(), 0);
    assert.equal(await quorum.getByText('Quorum non atteint').count(), 0);
    await expectNoAxeViolations(page, 'control page with no quorum');
  });
});
