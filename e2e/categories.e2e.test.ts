import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createPerson, createUser, testPassword } from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

describe('an association’s categories and rates, in the browser', { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const year = new Date().getFullYear();

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

  const addCategory = async (code: string, labels: [string, string, string, string], isVoting = true) => {
    const form = page.getByRole('form', { name: 'Ajouter une catégorie' });
    await form.getByLabel('Code', { exact: true }).fill(code);
    await form.getByLabel('Libellé en français (singulier)').fill(labels[0]);
    await form.getByLabel('Pluriel en français').fill(labels[1]);
    await form.getByLabel('Libellé en anglais (singulier)').fill(labels[2]);
    await form.getByLabel('Pluriel en anglais').fill(labels[3]);
    if (!isVoting) await form.getByLabel('Ses membres votent').uncheck();
    await form.getByRole('button', { name: 'Ajouter la catégorie' }).click();
  };

  it('goes from the dashboard’s checklist to a page that starts with no category', async () => {
    await page.goto('/');
    await page.locator('[data-setup-step="fees"]').getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Catégories d’adhésion et tarifs' }).waitFor();
    await page.getByText('Aucune catégorie pour l’instant', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'categories page, empty');
  });

  it('adds the club’s categories, refusing a code already taken under its field', async () => {
    await addCategory('active', ['Membre actif', 'Membres actifs', 'Active member', 'Active members']);
    await page.locator('[data-category="active"]').waitFor();
    await addCategory(
      'honorary',
      ['Membre d’honneur', 'Membres d’honneur', 'Honorary member', 'Honorary members'],
      false,
    );
    await page.locator('[data-category="honorary"]').getByText('ne vote pas').waitFor();
    await addCategory('active', ['Autre', 'Autres', 'Other', 'Others']);
    await page.getByText('Le code « active » désigne déjà une catégorie.').waitFor();
    await expectNoAxeViolations(page, 'categories page with an error');
    await page.getByRole('button', { name: 'Monter Membre d’honneur' }).click();
    await page.waitForFunction(
      () => document.querySelector('[data-category]')?.getAttribute('data-category') === 'honorary',
    );
  });

  it('adds a reduced rate with who qualifies, shown with the year’s rates', async () => {
    const form = page.getByRole('form', { name: `Ajouter un tarif pour ${year}` });
    await form.getByLabel('Catégorie').selectOption('active');
    await form.getByLabel('Tarif', { exact: true }).selectOption('reduced');
    await form.getByLabel('Montant').fill('15');
    await form.getByRole('button', { name: 'Ajouter le tarif' }).click();
    await page.getByText('Dites qui a droit au tarif réduit.').waitFor();
    await form.getByLabel('Pour qui (français)').fill('étudiants');
    await form.getByRole('button', { name: 'Ajouter le tarif' }).click();
    await page.getByText('Tarif réduit 15 € (étudiants)').waitFor();
    await expectNoAxeViolations(page, 'categories page with rates');
  });

  it('picks the reduced rate for a membership on the person’s page', async () => {
    const person = await createPerson(server.runtime, { firstName: 'Lou', lastName: 'Bernard' });
    await page.goto(`/members/persons/${person.id}`);
    const form = page.getByRole('form', { name: 'Nouvelle adhésion' });
    await form.getByLabel('Catégorie').selectOption('active');
    await form.getByLabel('Tarif', { exact: true }).selectOption({ label: 'Tarif réduit 15 € (étudiants)' });
    await form.getByRole('button', { name: 'Ajouter une adhésion' }).click();
    await page.getByText(`Adhésion ${year} ajoutée`, { exact: false }).waitFor();
    const { memberships } = await (await page.request.get(`/api/memberships?personId=${person.id}`)).json();
    const detail = await (await page.request.get(`/api/memberships/${memberships[0].id}`)).json();
    assert.deepEqual([detail.rateKind, detail.amountCents], ['reduced', 1500]);
  });

  it('changes the reduced rate; the membership keeps the amount it agreed', async () => {
    await page.goto('/settings/categories');
    const rates = page.locator('section[aria-labelledby="rates-title"]');
    await rates.getByRole('button', { name: 'Modifier', exact: true }).click();
    const form = page.getByRole('form', { name: 'Modifier un tarif : Membre actif' });
    await form.getByLabel('Montant').fill('12');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Tarif réduit 12 € (étudiants)').waitFor();
    const { memberships } = await (await page.request.get(`/api/memberships?year=${year}`)).json();
    assert.equal(memberships[0].feeCents, 1500);
  });

  it('changes the code and kind of a category nothing uses, and shows them fixed for one in use', async () => {
    await page.goto('/settings/categories');
    await page.getByRole('button', { name: 'Modifier Membre d’honneur' }).click();
    const form = page.getByRole('form', { name: 'Modifier Membre d’honneur' });
    await form.getByLabel('Code', { exact: true }).fill('Membre Honneur');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await form.getByText('Le code d’une catégorie', { exact: false }).waitFor();
    await form.getByLabel('Code', { exact: true }).fill('honour');
    await form.getByLabel('Pour', { exact: true }).selectOption('organisation');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await page.locator('[data-category="honour"]').getByText('des organisations').waitFor();
    await page.getByRole('button', { name: 'Modifier Membre actif' }).click();
    const used = page.getByRole('form', { name: 'Modifier Membre actif' });
    assert.equal(await used.getByLabel('Code', { exact: true }).isDisabled(), true);
    await used.getByText('Fixé : 1 adhésion l’emploie.').waitFor();
    await expectNoAxeViolations(page, 'categories page, editing a category in use');
    await used.getByRole('button', { name: 'Annuler' }).click();
  });

  it('refuses to delete a category in use, says to archive it, and archives it', async () => {
    await page.goto('/settings/categories');
    await page.getByRole('button', { name: 'Supprimer Membre actif' }).click();
    await page.getByText('archivez-la', { exact: false }).waitFor();
    await page.locator('[data-category="active"]').getByRole('button', { name: 'Archiver' }).click();
    await page.locator('[data-category="active"]').getByText('(archivée)', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Supprimer Membre d’honneur' }).click();
    await page.locator('[data-category="honour"]').waitFor({ state: 'detached' });
  });
});
