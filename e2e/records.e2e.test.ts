import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  createFeeCall,
  createFeeGrid,
  createIndividualMember,
  createOrganisationMember,
  createUser,
  testPassword,
} from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

/** Amounts and dates may carry no-break spaces; the sentences are compared with plain ones. */
function plainSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

// Records read before they are edited, and a payment recorded in one action where a membership shows.
describe('records that read before they edit, in the browser', { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let page: Page;
  let treasurerPage: Page;
  let personId: string;
  let personMembershipId: string;
  let organisationId: string;
  let organisationMembershipId: string;

  async function signedInPage(email: string): Promise<Page> {
    const context = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
    context.setDefaultTimeout(10_000);
    contexts.push(context);
    const signIn = await context.request.post('/api/session', { data: { email, password: testPassword } });
    assert.equal(signIn.status(), 200);
    return context.newPage();
  }

  /** The sentence that says where a membership stands, in the row (or page) given. */
  async function explanation(on: ReturnType<Page['locator']>): Promise<string> {
    return plainSpaces((await on.locator('[data-explanation]').first().textContent()) ?? '');
  }

  async function membership(id: string): Promise<{ paidCents: number; payments: unknown[] }> {
    return (await (await page.request.get(`/api/memberships/${id}`)).json()) as {
      paidCents: number;
      payments: unknown[];
    };
  }

  before(async () => {
    server = await startTestServer('sqlite');
    await createFeeGrid(server.runtime, { year: 2017, fees: { individual: 4_000, legal_entity: 50_000 } });
    const person = await createIndividualMember(server.runtime, {
      year: 2017,
      firstName: 'Maëlle',
      lastName: 'Dupontel',
      email: 'maelle.dupontel@example.org',
      status: 'validation_pending',
      effectiveOn: '2017-01-10',
    });
    personId = person.person.id;
    personMembershipId = person.membership.id;
    await createFeeCall(server.runtime, {
      membershipId: personMembershipId,
      calledOn: '2017-02-03',
      amountCents: 3_000,
    });
    const organisation = await createOrganisationMember(server.runtime, {
      year: 2017,
      name: 'Ville de Valfleuri',
      effectiveOn: '2017-01-10',
    });
    organisationId = organisation.organisation.id;
    organisationMembershipId = organisation.membership.id;
    browser = await launchBrowser();
    page = await signedInPage((await createUser(server.runtime, { role: 'secretary' })).email);
    treasurerPage = await signedInPage((await createUser(server.runtime, { role: 'treasurer' })).email);
  });

  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it('opens a person as a page to read, the fee said in words', async () => {
    await page.goto(`/members/persons/${personId}`);
    await page.getByRole('heading', { level: 1, name: 'DUPONTEL Maëlle' }).waitFor();
    const record = page.getByRole('region', { name: 'Coordonnées', exact: true });
    await record.getByRole('link', { name: 'maelle.dupontel@example.org', exact: true }).waitFor();
    assert.equal(await record.getByRole('textbox').count(), 0, 'nothing to type in before "Modifier"');
    const row = page.getByRole('table', { name: 'Adhésions de DUPONTEL Maëlle' }).locator('tbody tr');
    assert.equal(
      await explanation(row),
      'Adhésion à valider. Cotisation 2017 : 30 € appelés le 3 février 2017, rien de payé, reste 30 €.',
    );
    await expectNoAxeViolations(page, 'a person read');
  });

  it('records a payment from the person’s page in one action, refusing more than is owed', async () => {
    await page
      .getByRole('button', { name: 'Enregistrer un paiement pour l’adhésion 2017 de Maëlle Dupontel' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Paiement de l’adhésion 2017 de Maëlle Dupontel' });
    const amount = dialog.getByLabel('Montant (€)', { exact: true });
    assert.equal(await amount.inputValue(), '30', 'what is owed is offered');
    // Checked once the dialog has faded in (half-transparent, its texts would lack contrast).
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[role="dialog"]')].every(
        (element) => getComputedStyle(element).opacity === '1',
      ),
    );
    await expectNoAxeViolations(page, 'the payment dialog');

    await amount.fill('35');
    await dialog.getByLabel('Date du paiement', { exact: true }).fill('2017-03-05');
    await dialog.getByLabel('Moyen de paiement', { exact: true }).selectOption('cheque');
    await dialog.getByRole('button', { name: 'Enregistrer un paiement', exact: true }).click();
    await dialog.getByText(/Ce montant dépasse ce qui reste dû \(30\s€\)/).waitFor();
    assert.equal(await amount.getAttribute('aria-invalid'), 'true');
    assert.equal((await membership(personMembershipId)).payments.length, 0, 'nothing recorded');

    await amount.fill('10');
    await dialog.getByRole('button', { name: 'Enregistrer un paiement', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(/^Paiement de 10\s€ enregistré, reçu R2017-\d{5}\.$/).waitFor();
    const row = page.getByRole('table', { name: 'Adhésions de DUPONTEL Maëlle' }).locator('tbody tr');
    await row.getByText(/reste 20/).waitFor();
    assert.equal(
      await explanation(row),
      'Adhésion à valider. Cotisation 2017 : 30 € appelés le 3 février 2017, 10 € payés le 5 mars 2017, reste 20 €.',
    );
    assert.equal((await membership(personMembershipId)).paidCents, 1_000);
    await expectNoAxeViolations(page, 'a person after a payment');
  });

  it('edits the person through "Modifier", then reads the record again', async () => {
    await page.getByRole('button', { name: 'Modifier', exact: true }).click();
    const record = page.getByRole('region', { name: 'Coordonnées', exact: true });
    await record.getByLabel('Téléphone', { exact: true }).fill('01 23 45 67 89');
    await expectNoAxeViolations(page, 'a person being edited');
    await record.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('Fiche enregistrée.').waitFor();
    const facts = record.getByRole('table', { name: 'Coordonnées', exact: true });
    await facts.getByRole('cell', { name: '01 23 45 67 89', exact: true }).waitFor();
    assert.equal(await record.getByRole('textbox').count(), 0);

    // From the keyboard alone: "Modifier" takes the focus to the first field, "Annuler" back to "Modifier".
    await page.getByRole('button', { name: 'Modifier', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'civility');
    await record.getByLabel('Téléphone', { exact: true }).fill('09 99 99 99 99');
    await record.getByRole('button', { name: 'Annuler', exact: true }).click();
    await facts.getByRole('cell', { name: '01 23 45 67 89', exact: true }).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Modifier');
    const saved = (await (await page.request.get(`/api/persons/${personId}`)).json()) as { phone: string };
    assert.equal(saved.phone, '01 23 45 67 89', 'cancelling saved nothing');
  });

  it('records a payment from the memberships list, and the line says it is paid', async () => {
    await page.goto('/members/memberships?year=2017');
    const row = page
      .getByRole('table', { name: 'Adhésions', exact: true })
      .getByRole('row')
      .filter({ hasText: 'Ville de Valfleuri' });
    assert.equal(
      await explanation(row),
      'Adhésion validée. Cotisation 2017 : 500 € selon la grille, pas encore appelés, rien de payé, reste 500 €.',
    );
    await expectNoAxeViolations(page, 'the memberships list');
    await row
      .getByRole('button', { name: 'Enregistrer un paiement pour l’adhésion 2017 de Ville de Valfleuri' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Paiement de l’adhésion 2017 de Ville de Valfleuri' });
    assert.equal(plainSpaces(await dialog.getByLabel('Montant (€)', { exact: true }).inputValue()), '500');
    await dialog.getByLabel('Date du paiement', { exact: true }).fill('2017-04-12');
    await dialog.getByLabel('Référence', { exact: true }).fill('Mandat 2017-0042');
    await dialog.getByRole('button', { name: 'Enregistrer un paiement', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText(/réglée/).waitFor();
    assert.equal(
      await explanation(row),
      'Adhésion validée. Cotisation 2017 : 500 € selon la grille, pas encore appelés, 500 € payés le 12 avril 2017, réglée.',
    );
    assert.equal(await row.getByRole('button').count(), 0, 'nothing left to pay');
    assert.equal((await membership(organisationMembershipId)).paidCents, 50_000);
    await expectNoAxeViolations(page, 'the memberships list after a payment');
  });

  it('records nothing when someone else recorded a payment meanwhile, and says what is owed now', async () => {
    await page.goto('/members/memberships?year=2017');
    const row = page.getByRole('row').filter({ hasText: 'Maëlle Dupontel' });
    await row.getByRole('button', { name: /^Enregistrer un paiement/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Paiement de l’adhésion 2017 de Maëlle Dupontel' });
    await dialog.getByLabel('Montant (€)', { exact: true }).fill('5');
    // Meanwhile, the treasurer records the same cheque from their own screen.
    await treasurerPage.goto(`/members/memberships/${personMembershipId}`);
    await treasurerPage.getByRole('button', { name: /^Enregistrer un paiement/ }).click();
    const other = treasurerPage.getByRole('dialog');
    await other.getByLabel('Montant (€)', { exact: true }).fill('5');
    await other.getByRole('button', { name: 'Enregistrer un paiement', exact: true }).click();
    await other.waitFor({ state: 'hidden' });

    await dialog.getByRole('button', { name: 'Enregistrer un paiement', exact: true }).click();
    await dialog
      .getByRole('alert')
      .getByText(/Rien n’a été enregistré.+Il reste 15\s€ à payer/)
      .waitFor();
    assert.equal((await membership(personMembershipId)).paidCents, 1_500, 'one payment of 5 €, not two');
    await expectNoAxeViolations(page, 'the payment dialog after a change meanwhile');
    await dialog.getByRole('button', { name: 'Annuler', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('lets the treasurer pay but not edit the record; an organisation reads first too', async () => {
    await treasurerPage.goto(`/members/persons/${personId}`);
    await treasurerPage.getByRole('heading', { level: 1, name: 'DUPONTEL Maëlle' }).waitFor();
    await treasurerPage.getByRole('button', { name: /^Enregistrer un paiement pour/ }).waitFor();
    assert.equal(await treasurerPage.getByRole('button', { name: 'Modifier', exact: true }).count(), 0);

    await page.goto(`/members/organisations/${organisationId}`);
    await page.getByRole('heading', { level: 1, name: 'Ville de Valfleuri' }).waitFor();
    const record = page.getByRole('region', { name: /^Fiche de l.organisation$/ });
    await record.getByRole('cell', { name: 'Ville de Valfleuri', exact: true }).waitFor();
    assert.equal(await record.getByRole('textbox').count(), 0);
    await record.getByRole('button', { name: 'Modifier', exact: true }).click();
    await record.getByLabel('Nom', { exact: true }).fill('Ville de Valfleuri-sur-Mer');
    await record.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByText('Organisation enregistrée.').waitFor();
    await record.getByRole('cell', { name: 'Ville de Valfleuri-sur-Mer', exact: true }).waitFor();
    assert.equal(await record.getByRole('textbox').count(), 0, 'saved, it reads again');
    await expectNoAxeViolations(page, 'an organisation read');
  });
});
