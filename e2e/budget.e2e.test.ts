import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { loadDemo } from '../server/src/db/seed/demo.ts';
import { createUser, testPassword } from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

describe('the budget page, in the browser', { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    server = await startTestServer('sqlite');
    await loadDemo(server.runtime.database.db);
    const treasurer = await createUser(server.runtime, { role: 'treasurer', email: 'tresorier@example.org' });
    browser = await launchBrowser();
    const context = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
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

  const cellText = (selector: string) => page.locator(selector).first().innerText();

  it('shows the 2017 budget beside the 2016 actual, the balance and the differences of the reference', async () => {
    await page.goto('/budget');
    await page.getByRole('heading', { level: 1, name: 'Budget' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Budget prévisionnel 2017 - La 27e Région' }).waitFor();
    await page.getByText('2016 réalisé : équilibré, 724 027 € de chaque côté').waitFor();
    await page.getByText('2017 : déséquilibré de 1 € (charges 1 124 849 €, produits 1 124 848 €)').waitFor();
    await page
      .getByRole('heading', { name: '5 écarts entre un chiffre déclaré et la somme de ses lignes' })
      .waitFor();
    await page.getByRole('row', { name: /Résultat 2016 \(perte\)/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Comptes 2016' }).waitFor();
    assert.equal(await cellText('[data-accounts="result"]'), '\u221214\u202f071\u202f€');
    assert.equal(await cellText('[data-accounts="computed-result"]'), '\u221214\u202f071\u202f€');
    assert.equal(
      await cellText('[data-share="Subventions et mécénat"]'),
      '61,8\u202f% (438\u202f574\u202f€)',
    );
    await expectNoAxeViolations(page, 'budget page');
  });

  it('corrects the 2016 accounts: a bad amount is refused beside its field, a good one is saved and shown', async () => {
    await page.getByRole('button', { name: 'Corriger les comptes 2016' }).click();
    const form = page.getByRole('form', { name: 'Comptes 2016 : résultat, fonds propres, bilan' });
    const equity = form.getByLabel('Fonds propres');
    assert.equal(await equity.inputValue(), '178138');
    assert.equal(await form.getByLabel('Résultat (négatif pour une perte)').inputValue(), '-14071');
    await form.getByLabel('Total du bilan').fill('-1 742 740');
    await form.getByRole('button', { name: 'Enregistrer les comptes' }).click();
    await form.getByText('Le montant ne peut pas être négatif.').waitFor();
    assert.equal(await form.getByLabel('Total du bilan').getAttribute('aria-invalid'), 'true');
    // An account list the server refuses comes back beside the share it names, and nothing is saved.
    await form.getByLabel('Comptes de la part 1').fill('subventions');
    await form.getByLabel('Total du bilan').fill('1 742 740');
    await form.getByLabel('Fonds propres').fill('180 000,50');
    await form.getByRole('button', { name: 'Enregistrer les comptes' }).click();
    await form.getByText('Donnez des numéros de compte, par exemple 74 ou 706, 708.').waitFor();
    await expectNoAxeViolations(page, 'annual accounts form with a refusal');
    await form.getByLabel('Comptes de la part 1').fill('74');
    await form.getByRole('button', { name: 'Enregistrer les comptes' }).click();
    await page.getByText('Comptes enregistrés.').waitFor();
    const equityRow = page.getByRole('row', { name: /^Fonds propres/ });
    assert.match(await equityRow.innerText(), /180\u202f000,50\u202f€/);
    if (process.env.SCREENSHOTS)
      await page.screenshot({ path: `${process.env.SCREENSHOTS}/budget-accounts.png`, fullPage: true });
    await page.getByRole('button', { name: 'Corriger les comptes 2016' }).click();
    await form.getByLabel('Fonds propres').fill('178 138');
    await form.getByRole('button', { name: 'Enregistrer les comptes' }).click();
    await page.getByText('Comptes enregistrés.').waitFor();
    assert.match(await equityRow.innerText(), /178\u202f138\u202f€/);
    assert.equal(
      await cellText('[data-share="Subventions et mécénat"]'),
      '61,8\u202f% (438\u202f574\u202f€)',
    );
  });

  it('edits one line and sees its subtotal, its side total, the balance and the differences change', async () => {
    const locations = page.getByLabel('Locations – 2017', { exact: true });
    assert.equal(await locations.inputValue(), '133600');
    const familyCell = '[data-cell$="|budget_2017"]';
    const family = page.getByRole('row', { name: /^61 61- Services extérieurs/ }).locator(familyCell);
    assert.match(await family.innerText(), /^135\u202f600\u202f€$/);
    await locations.fill('133 599');
    await page.getByText('2017 : équilibré, 1 124 848 € de chaque côté').waitFor();
    assert.match(
      await family.innerText(),
      /^135\u202f599\u202f€\s+déclaré 135\u202f600\u202f€, écart 1\u202f€$/,
    );
    assert.match(
      await cellText('[data-total="charges|budget_2017"]'),
      /^1\u202f124\u202f848\u202f€\s+déclaré 1\u202f124\u202f849\u202f€, écart 1\u202f€$/,
    );
    await page
      .getByRole('heading', { name: '7 écarts entre un chiffre déclaré et la somme de ses lignes' })
      .waitFor();

    await locations.fill('133 599,123');
    await page.getByText('Deux décimales au plus.').waitFor();
    assert.equal(await page.getByRole('button', { name: /^Enregistrer/ }).isDisabled(), true);
    await locations.fill('133 599');
    await page.getByRole('button', { name: 'Enregistrer la modification' }).click();
    await page.getByText('Budget enregistré.').waitFor();
    await page.reload();
    await page.getByText('2017 : équilibré, 1 124 848 € de chaque côté').waitFor();
    assert.equal(await page.getByLabel('Locations – 2017', { exact: true }).inputValue(), '133599');
    await expectNoAxeViolations(page, 'budget page after an edit');
  });

  it('adds a line under a subtotal and sees the subtotal change; a family with lines is not removed', async () => {
    await page.getByRole('switch', { name: /Modifier les lignes/ }).check();
    const form = page.getByRole('form', { name: 'Ajouter une ligne de produits' });
    const grants = await page.locator('tr[data-family="74"] [data-cell$="|budget_2017"] span').innerText();
    await form.getByLabel('Sous la ligne').selectOption({ label: '74 74- Subventions et mécénat' });
    await form.getByLabel('Compte').fill('7491');
    await form.getByLabel('Libellé').fill('Fondation Carasso');
    await form.getByRole('button', { name: 'Ajouter la ligne' }).click();
    const amount = page.getByLabel('Fondation Carasso – 2017', { exact: true });
    await amount.waitFor();
    await amount.fill('10 000');
    const euros = (text: string) => Number(text.replace(/[^\d]/g, ''));
    await page.waitForFunction(
      (before) =>
        Number(
          (
            document.querySelector('tr[data-family="74"] [data-cell$="|budget_2017"] span')?.textContent ?? ''
          ).replace(/[^\d]/g, ''),
        ) ===
        before + 10000,
      euros(grants),
    );
    await page.getByRole('button', { name: 'Enregistrer la modification' }).click();
    await page.getByText('Budget enregistré.').waitFor();

    await form.getByLabel('Compte').fill('625');
    await form.getByLabel('Libellé').fill('Déplacements');
    await form.getByRole('button', { name: 'Ajouter la ligne' }).click();
    await form.getByText(/le compte 625 .* est un compte de charges/).waitFor();

    await page.getByRole('button', { name: 'Supprimer la ligne 61 61- Services extérieurs' }).click();
    await page.getByText(/lignes en dessous\s: supprimez-les d’abord/).waitFor();
    await expectNoAxeViolations(page, 'budget page, editing lines');
  });

  it('creates next year’s budget from this one', async () => {
    await page.getByRole('button', { name: 'Nouveau budget' }).click();
    const form = page.getByRole('form', { name: 'Créer le budget d’un exercice' });
    assert.equal(await form.getByLabel('Exercice').inputValue(), '2018');
    await form.getByLabel('Reprendre les lignes du budget 2017 et leur structure').check();
    await form.getByRole('button', { name: 'Créer le budget' }).click();
    await page.getByRole('heading', { level: 2, name: 'Budget prévisionnel 2018' }).waitFor();
    await page.getByRole('columnheader', { name: '2017 réalisé' }).first().waitFor();
    await page.getByRole('row', { name: /Fondation Carasso/ }).waitFor();
    assert.equal(await page.getByRole('row', { name: /Résultat 2016/ }).count(), 0);
    assert.equal(await page.getByLabel('Exercice').inputValue(), '2018');
    await expectNoAxeViolations(page, 'a new budget');
  });

  it('adds the 2018 actual to date in a column of its own, refusing a day of another year', async () => {
    const form = page.getByRole('form', { name: 'Réalisé à date' });
    const day = form.getByLabel('Arrêté au');
    await day.fill('2017-12-31');
    await form.getByRole('button', { name: 'Ajouter la colonne' }).click();
    await form.getByText('Le réalisé à date du budget 2018 doit être arrêté à un jour de 2018.').waitFor();
    assert.equal(await day.getAttribute('aria-invalid'), 'true');
    await day.fill('2018-05-31');
    await form.getByRole('button', { name: 'Ajouter la colonne' }).click();
    await page.getByRole('columnheader', { name: '2018 réalisé au 31/05/2018' }).first().waitFor();
    await form.getByRole('button', { name: 'Changer la date' }).waitFor();
    await expectNoAxeViolations(page, 'a budget with its actual to date');
  });
});
