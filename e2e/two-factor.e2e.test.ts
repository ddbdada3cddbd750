import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createUser } from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

const administrator = {
  name: 'Inès Moreau',
  email: 'ines.moreau@example.org',
  password: 'un vélo bleu sous la pluie',
};
const treasurer = {
  name: 'Paul Lefèvre',
  email: 'paul.lefevre@example.org',
  password: 'la mer est calme ce matin',
};

/** What the authenticator app shows for this secret, `offsetSteps` steps of 30 s from now. */
function codeFor(secret: string, offsetSteps = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}

// One story in order: the administrator enrols, requires it of administrators and treasurers, a
// treasurer without it is sent to enrol, and the administrator signs in again with a code.
describe('two-factor sign-in in the browser', { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const scriptErrors: string[] = [];
  let secret = '';
  let recoveryCodes: string[] = [];

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
    context.setDefaultTimeout(5000);
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => scriptErrors.push(`${page.url()}: ${error.message}`));
    return page;
  }

  async function signIn(page: Page, email: string, password: string): Promise<void> {
    await page.goto('/signin');
    await page.getByLabel('Adresse e-mail', { exact: true }).fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
  }

  before(async () => {
    server = await startTestServer('sqlite');
    await createUser(server.runtime, { role: 'administrator', ...administrator });
    await createUser(server.runtime, { role: 'treasurer', ...treasurer });
    browser = await launchBrowser();
  });

  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
    assert.deepEqual(scriptErrors, []);
  });

  it('enrols on "Mon compte" with the QR code and a first code, and shows the recovery codes once', async () => {
    // Signed in on another device too: turning two-factor on signs that one out.
    const elsewhere = await newPage();
    await signIn(elsewhere, administrator.email, administrator.password);
    await elsewhere.getByRole('heading', { level: 1, name: `Bienvenue, ${administrator.name}` }).waitFor();
    const page = await newPage();
    await signIn(page, administrator.email, administrator.password);
    await page.getByRole('heading', { level: 1, name: `Bienvenue, ${administrator.name}` }).waitFor();
    await page.goto('/account');
    await page.getByRole('button', { name: 'Activer la double authentification' }).click();
    await page.getByRole('img', { name: /Code QR à scanner/ }).waitFor();
    assert.match(String(await page.getByAltText(/Code QR/).getAttribute('src')), /^data:image\/svg\+xml/);
    secret = (await page.getByTestId('two-factor-secret').textContent())!.trim();
    assert.match(secret, /^[A-Z2-7]+=*$/);
    await expectNoAxeViolations(page, 'two-factor enrolment');

    await page.getByLabel(/Code affiché/).fill('000000');
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await page
      .getByText(/Ce code n.est pas valable/)
      .first()
      .waitFor();

    await page.getByLabel(/Code affiché/).fill(codeFor(secret));
    await page.getByRole('button', { name: 'Confirmer' }).click();
    const codes = page.getByTestId('recovery-codes').getByRole('listitem');
    await codes.first().waitFor();
    assert.equal(await codes.count(), 8);
    recoveryCodes = (await codes.allTextContents()).map((code) => code.trim());
    await page.getByRole('button', { name: /noté mes codes/ }).click();
    await page
      .getByTestId('two-factor-on')
      .getByText(/8 codes de secours restants/)
      .waitFor();
    await elsewhere.goto('/account');
    await elsewhere.waitForURL('**/signin**');

    await page.goto('/settings/association');
    const requirement = page.getByLabel(
      'Exiger la double authentification pour les administrateurs et les trésoriers',
    );
    // The box follows the association as saved: it is ticked once the server has answered.
    await requirement.click();
    await page.waitForFunction(() => {
      const box = document.querySelector<HTMLInputElement>('input[type="checkbox"]:checked');
      return box !== null && !box.disabled;
    });
    assert.equal(await requirement.isChecked(), true);
  });

  it('sends a treasurer without a second factor to enrol before anything else', async () => {
    const page = await newPage();
    await signIn(page, treasurer.email, treasurer.password);
    await page.waitForURL('**/account');
    await page.getByTestId('two-factor-required').waitFor();
    await page.goto('/budget');
    await page.waitForURL('**/account');
  });

  it('signs the administrator in with the password, then a code from the app', async () => {
    const page = await newPage();
    await signIn(page, administrator.email, administrator.password);
    await page.getByRole('heading', { level: 1, name: 'Double authentification' }).waitFor();
    await expectNoAxeViolations(page, 'sign-in second step');
    await page.getByLabel('Code', { exact: true }).fill('123456');
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.getByText(/Ce code n.est pas valable/).waitFor();
    // The next step's code: in the accepted window, and later than the one that confirmed enrolment.
    await page.getByLabel('Code', { exact: true }).fill(codeFor(secret, 1));
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.getByRole('heading', { level: 1, name: `Bienvenue, ${administrator.name}` }).waitFor();
  });

  it('renews the recovery codes on "Mon compte" with the password, and shows the new ones once', async () => {
    const page = await newPage();
    await signIn(page, administrator.email, administrator.password);
    await page.getByLabel('Code', { exact: true }).fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.getByRole('heading', { level: 1, name: `Bienvenue, ${administrator.name}` }).waitFor();
    await page.goto('/account');
    await page
      .getByTestId('two-factor-on')
      .getByText(/7 codes de secours restants/)
      .waitFor();
    await expectNoAxeViolations(page, 'two-factor on, with the renewal form');
    await page.getByRole('button', { name: 'Renouveler les codes' }).click();
    await page.getByText(/Saisissez un code de l.application ou votre mot de passe/).waitFor();
    await page.getByLabel('Ou votre mot de passe').fill('pas le mot de passe');
    await page.getByRole('button', { name: 'Renouveler les codes' }).click();
    await page
      .getByText(/mot de passe actuel est incorrect/)
      .first()
      .waitFor();
    await page.getByLabel('Ou votre mot de passe').fill(administrator.password);
    await page.getByRole('button', { name: 'Renouveler les codes' }).click();
    await page.getByText('Nouveaux codes de secours').waitFor();
    const codes = page.getByTestId('recovery-codes').getByRole('listitem');
    await codes.first().waitFor();
    const renewed = (await codes.allTextContents()).map((code) => code.trim());
    assert.equal(renewed.length, 8);
    assert.equal(
      renewed.some((code) => recoveryCodes.includes(code)),
      false,
    );
    await page.getByRole('button', { name: /noté mes codes/ }).click();
    await page
      .getByTestId('two-factor-on')
      .getByText(/8 codes de secours restants/)
      .waitFor();
  });
});
