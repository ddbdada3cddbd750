import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createOrganisation, createPerson, createUser, testPassword } from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

describe('the register’s own fields, in the browser', { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let personId: string;
  let organisationId: string;

  before(async () => {
    server = await startTestServer('sqlite');
    const administrator = await createUser(server.runtime, {
      role: 'administrator',
      email: 'admin@example.org',
    });
    personId = (await createPerson(server.runtime, { firstName: 'Camille', lastName: 'Berger' })).id;
    organisationId = (await createOrganisation(server.runtime, { name: 'Club alpin de Vizille' })).id;
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

  it('defines a date field and a choice field from the settings', async () => {
    await page.goto('/settings/register-fields');
    await page.getByRole('heading', { level: 1, name: 'Champs du registre' }).waitFor();
    const form = page.getByRole('form', { name: 'Ajouter un champ' });
    await form.getByLabel('Code', { exact: true }).fill('certificate');
    await form.getByLabel('Libellé en français').fill('Certificat médical');
    await form.getByLabel('Libellé en anglais').fill('Medical certificate');
    await form.getByLabel('Type').selectOption('date');
    await form.getByRole('button', { name: 'Ajouter le champ' }).click();
    await page.locator('[data-register-field="certificate"]').waitFor();
    await form.getByLabel('Code', { exact: true }).fill('level');
    await form.getByLabel('Libellé en français').fill('Niveau');
    await form.getByLabel('Libellé en anglais').fill('Level');
    await form.getByLabel('Type').selectOption('choice');
    await form.getByRole('button', { name: 'Ajouter le champ' }).click();
    await page.getByText('Un champ à choix donne au moins une option.').waitFor();
    await form.getByLabel('Options').fill('Débutant ; Confirmé');
    await form.getByRole('button', { name: 'Ajouter le champ' }).click();
    await page
      .locator('[data-register-field="level"]')
      .getByText('Débutant, Confirmé', { exact: false })
      .waitFor();
    await expectNoAxeViolations(page, 'register fields page');
  });

  it('fills the usual name and the fields on the person’s form, and shows them', async () => {
    await page.goto(`/members/persons/${personId}`);
    await page.getByRole('button', { name: 'Modifier', exact: true }).click();
    await page.getByLabel('Nom d’usage ou pseudonyme').fill('Cam');
    await page.getByLabel('Certificat médical').fill('2026-09-01');
    await page.getByLabel('Niveau').selectOption('Confirmé');
    await page.getByRole('button', { name: 'Enregistrer' }).first().click();
    await page.getByText('Nom d’usage : Cam').waitFor();
    const record = await (await page.request.get(`/api/persons/${personId}`)).json();
    assert.deepEqual(record.customFields, { certificate: '2026-09-01', level: 'Confirmé' });
    // Saved, the record reads again, the association's fields with it.
    const facts = page.getByRole('table', { name: 'Coordonnées', exact: true });
    await facts
      .getByRole('row', { name: /Niveau/ })
      .getByText('Confirmé', { exact: true })
      .waitFor();
    await facts
      .getByRole('row', { name: /Certificat médical/ })
      .getByText('1er septembre 2026')
      .waitFor();
    await expectNoAxeViolations(page, 'person with the association’s fields');
    await page.goto('/members?q=berger');
    await page.getByText('(Cam)', { exact: false }).waitFor();
  });

  it('finds a person by a value of the association’s fields in the register’s search', async () => {
    await page.goto('/members?q=confirme');
    await page
      .getByRole('link', { name: /BERGER Camille|Camille Berger/ })
      .first()
      .waitFor();
  });

  it('defines a field for organisations, fills it on the organisation’s record and finds it', async () => {
    await page.goto('/settings/register-fields');
    const form = page.getByRole('form', { name: 'Ajouter un champ' });
    await form.getByLabel('Code', { exact: true }).fill('affiliation_number');
    await form.getByLabel('Libellé en français').fill('Numéro d’affiliation');
    await form.getByLabel('Libellé en anglais').fill('Affiliation number');
    await form.getByLabel('Pour', { exact: true }).selectOption('organisation');
    await form.getByRole('button', { name: 'Ajouter le champ' }).click();
    await page
      .locator('[data-register-field="affiliation_number"]')
      .getByText('les organisations', { exact: true })
      .waitFor();
    await expectNoAxeViolations(page, 'register fields page with a field for organisations');

    await page.goto(`/members/persons/${personId}`);
    await page.getByRole('button', { name: 'Modifier', exact: true }).click();
    await page.getByLabel('Niveau').waitFor();
    assert.equal(await page.getByLabel('Numéro d’affiliation').count(), 0, 'not a person’s field');

    await page.goto(`/members/organisations/${organisationId}`);
    await page.getByRole('button', { name: 'Modifier', exact: true }).click();
    await page.getByLabel('Numéro d’affiliation').fill('FF-0381');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('Organisation enregistrée.').waitFor();
    const record = await (await page.request.get(`/api/organisations/${organisationId}`)).json();
    assert.deepEqual(record.customFields, { affiliation_number: 'FF-0381' });
    await expectNoAxeViolations(page, 'organisation with the association’s fields');
    await page.goto('/members/organisations?q=ff-0381');
    await page.getByRole('link', { name: 'Club alpin de Vizille' }).waitFor();
  });
});
