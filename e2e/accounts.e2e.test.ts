import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ParsedMail } from 'mailparser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createUser } from '../server/test/factories.ts';
import { linkIn } from '../server/test/smtp-server.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

const administrator = {
  name: 'Camille Durand',
  email: 'camille.durand@example.org',
  password: 'le chat dort sur le piano',
};
const secretary = {
  name: 'Noé Martin',
  email: 'noe.martin@example.org',
  password: 'une tasse de thé au jardin',
  newPassword: 'trois pommes sur la table',
};

/** Whether a received e-mail is addressed to this address (mailparser gives one or several lists). */
function isSentTo(mail: ParsedMail, address: string): boolean {
  const lists = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return lists.some((list) => list.value.some((entry) => entry.address === address));
}

const navigationLabels = [
  'Tableau de bord',
  'Membres',
  'Assemblées',
  'Budget',
  'Procès-verbaux',
  'Mon compte',
];

// One story told in order: each test starts where the previous one left off (the administrator's
// page, the invitation e-mailed, the secretary's password), so they share the server and browser.
describe(
  'accounts in the browser: sign-in, invitation, roles, password reset, language',
  { skip: chromiumSkipReason() },
  () => {
    let server: TestServer;
    let browser: Browser;
    const contexts: BrowserContext[] = [];
    let administratorPage: Page;
    let secretaryPage: Page;
    let invitationLink: string;
    const scriptErrors: string[] = [];

    /** A fresh context is a fresh browser profile: no cookie, no stored language. */
    async function newPage(): Promise<Page> {
      const context = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
      context.setDefaultTimeout(5000);
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => scriptErrors.push(`${page.url()}: ${error.message}`));
      return page;
    }

    function heading(page: Page, name: string) {
      return page.getByRole('heading', { level: 1, name, exact: true });
    }

    function navigation(page: Page) {
      return page.getByRole('navigation', { name: 'Navigation principale' });
    }

    async function signIn(page: Page, email: string, password: string): Promise<void> {
      await page.getByLabel('Adresse e-mail', { exact: true }).fill(email);
      await page.getByLabel('Mot de passe', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Se connecter' }).click();
    }

    function pathOf(page: Page): string {
      return new URL(page.url()).pathname;
    }

    before(async () => {
      server = await startTestServer('sqlite');
      await createUser(server.runtime, { role: 'administrator', ...administrator });
      browser = await launchBrowser();
    });

    after(async () => {
      for (const context of contexts) await context.close();
      await browser?.close();
      await server?.close();
    });

    it('signs the administrator in through the form and shows the shell', async () => {
      administratorPage = await newPage();
      const page = administratorPage;
      await page.goto('/');
      await page.waitForURL('**/signin');
      await heading(page, 'Connexion').waitFor();
      assert.equal(await page.title(), 'Connexion – Quorum');
      await expectNoAxeViolations(page, 'sign-in page');

      await signIn(page, administrator.email, administrator.password);
      await heading(page, `Bienvenue, ${administrator.name}`).waitFor();
      assert.equal(pathOf(page), '/');
      assert.equal(await page.title(), 'Tableau de bord – Quorum');
      await page.getByRole('banner').getByText(administrator.name, { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
      for (const label of [...navigationLabels, 'Paramètres']) {
        await navigation(page).getByRole('link', { name: label, exact: true }).waitFor();
      }
      const current = navigation(page).locator('[aria-current="page"]');
      assert.equal(await current.textContent(), 'Tableau de bord');
      await expectNoAxeViolations(page, 'dashboard');
    });

    it('refuses a wrong password with a message and stays on the sign-in page', async () => {
      const page = await newPage();
      await page.goto('/signin');
      await signIn(page, administrator.email, 'pas le bon mot de passe');
      await page.getByRole('alert').getByText('Adresse e-mail ou mot de passe incorrect.').waitFor();
      assert.equal(pathOf(page), '/signin');
      await heading(page, 'Connexion').waitFor();
      await expectNoAxeViolations(page, 'sign-in page with an error');
    });

    it('opens each area from the menu, marks it current and moves the focus to it', async () => {
      const page = administratorPage;
      const areas = [
        { label: 'Budget', path: '/budget', title: 'Budget' },
        { label: 'Procès-verbaux', path: '/minutes', title: 'Registre des procès-verbaux' },
      ];
      for (const area of areas) {
        await navigation(page).getByRole('link', { name: area.label, exact: true }).click();
        await heading(page, area.title).waitFor();
        assert.equal(pathOf(page), area.path);
        const current = navigation(page).locator('[aria-current="page"]');
        assert.equal(await current.textContent(), area.label);
        const focused = await page.evaluate(() => document.activeElement?.id);
        assert.equal(focused, 'main-content', 'focus moves to the new page, as a page load would');
        await expectNoAxeViolations(page, `${area.label} page`);
      }
    });

    it("shows the signed-in user's profile on the account page", async () => {
      const page = administratorPage;
      await navigation(page).getByRole('link', { name: 'Mon compte', exact: true }).click();
      await heading(page, 'Mon compte').waitFor();
      const profile = page.getByRole('region', { name: 'Profil' });
      for (const [label, value] of [
        ['Nom', administrator.name],
        ['Adresse e-mail', administrator.email],
        ['Rôle', 'Administrateur'],
      ] as const) {
        const row = profile.getByRole('row', { name: label });
        assert.equal(await row.getByRole('cell').textContent(), value);
      }
      await page.getByRole('button', { name: 'Changer le mot de passe' }).waitFor();
      await expectNoAxeViolations(page, 'account page');
    });

    it('shows the not-found page for an unknown address, inside the shell when signed in', async () => {
      const page = administratorPage;
      await page.goto('/no-such-page');
      await heading(page, 'Page introuvable').waitFor();
      await navigation(page).waitFor();
      assert.equal(await page.title(), 'Page introuvable – Quorum');
      await expectNoAxeViolations(page, '404 page (signed in)');
      await page.getByRole('link', { name: 'Retour à l’accueil' }).click();
      await heading(page, `Bienvenue, ${administrator.name}`).waitFor();

      const visitor = await newPage();
      await visitor.goto('/no-such-page');
      await heading(visitor, 'Page introuvable').waitFor();
      assert.equal(await navigation(visitor).count(), 0, 'a visitor sees no navigation');
      await expectNoAxeViolations(visitor, '404 page (signed out)');
    });

    it('invites a secretary from the users settings page', async () => {
      const page = administratorPage;
      await navigation(page).getByRole('link', { name: 'Paramètres', exact: true }).click();
      await heading(page, 'Utilisateurs').waitFor();
      assert.equal(pathOf(page), '/settings/users');
      const table = page.getByRole('table', { name: 'Comptes ayant accès à Quorum' });
      await table.getByRole('row', { name: administrator.name }).getByText('Actif').waitFor();
      await expectNoAxeViolations(page, 'users settings page');

      const form = page.getByRole('form', { name: 'Inviter une personne' });
      await form.getByLabel('Nom', { exact: true }).fill(secretary.name);
      await form.getByLabel('Adresse e-mail', { exact: true }).fill(secretary.email);
      await form.getByLabel('Rôle', { exact: true }).selectOption('secretary');
      await form.getByRole('button', { name: 'Envoyer l’invitation' }).click();

      await page.getByText(`Invitation envoyée à ${secretary.email}`, { exact: true }).waitFor();
      const row = table.getByRole('row', { name: secretary.name });
      await row.waitFor();
      const cells = await row.getByRole('cell').allTextContents();
      assert.deepEqual(cells.slice(0, 3), [secretary.email, 'Secrétaire', 'Invitation envoyée']);
      assert.equal(await form.getByLabel('Nom', { exact: true }).inputValue(), '', 'the form is emptied');
      await expectNoAxeViolations(page, 'users settings page after an invitation');
    });

    it('refuses to invite an address that already has an account, under the e-mail field', async () => {
      const page = administratorPage;
      const form = page.getByRole('form', { name: 'Inviter une personne' });
      await form.getByLabel('Nom', { exact: true }).fill('Homonyme');
      await form.getByLabel('Adresse e-mail', { exact: true }).fill(administrator.email);
      await form.getByRole('button', { name: 'Envoyer l’invitation' }).click();

      const email = form.getByLabel('Adresse e-mail', { exact: true });
      await form.getByText('Un compte utilise déjà cette adresse e-mail.').waitFor();
      assert.equal(await email.getAttribute('aria-invalid'), 'true');
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
      assert.equal(await email.evaluate((input) => input === document.activeElement), true);
      assert.equal(await page.getByRole('row', { name: 'Homonyme' }).count(), 0);
      await expectNoAxeViolations(page, 'users settings page with a field error');
    });

    it('accepts the e-mailed invitation in a fresh browser and lands signed in', async () => {
      const message = await server.smtp.waitForMessage(
        (mail) => isSentTo(mail, secretary.email) && (mail.text ?? '').includes('/invitation#'),
      );
      assert.match(message.subject ?? '', /^Votre invitation à Quorum/);
      invitationLink = linkIn(message, `${server.url}/invitation#`);

      const page = await newPage();
      secretaryPage = page;
      await page.goto(invitationLink);
      await heading(page, 'Bienvenue sur Quorum').waitFor();
      await page
        .getByText(`Bonjour ${secretary.name}, choisissez le mot de passe du compte ${secretary.email}.`)
        .waitFor();
      await expectNoAxeViolations(page, 'invitation page');

      await page.getByLabel('Mot de passe', { exact: true }).fill(secretary.password);
      await page.getByLabel('Confirmer le mot de passe', { exact: true }).fill(secretary.password);
      await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();

      await heading(page, `Bienvenue, ${secretary.name}`).waitFor();
      assert.equal(pathOf(page), '/');
      await page.getByText(`Votre compte est prêt. Bienvenue, ${secretary.name} !`).waitFor();
      await page.getByRole('banner').getByText(secretary.name, { exact: true }).waitFor();
      await expectNoAxeViolations(page, 'dashboard after accepting an invitation');

      await administratorPage.reload();
      const row = administratorPage.getByRole('row', { name: secretary.name });
      assert.equal(await row.getByRole('cell').nth(2).textContent(), 'Actif');
    });

    it('shows the used invitation link as no longer valid', async () => {
      const page = await newPage();
      await page.goto(invitationLink);
      await heading(page, 'Invitation non valable').waitFor();
      await page.getByText('Cette invitation a expiré ou a déjà été utilisée.', { exact: false }).waitFor();
      assert.equal(await page.getByLabel('Mot de passe', { exact: true }).count(), 0);
      await expectNoAxeViolations(page, 'used invitation page');
    });

    it('hides the administrator settings from the secretary and refuses the page', async () => {
      const page = secretaryPage;
      for (const label of navigationLabels) {
        await navigation(page).getByRole('link', { name: label, exact: true }).waitFor();
      }
      assert.equal(await navigation(page).getByRole('link', { name: 'Paramètres' }).count(), 0);

      await page.goto('/settings/users');
      await heading(page, 'Accès refusé').waitFor();
      await page.getByText('Cette page est réservée aux administrateurs de l’association.').waitFor();
      assert.equal(await page.getByRole('form', { name: 'Inviter une personne' }).count(), 0);
      await expectNoAxeViolations(page, 'access-refused page');
    });

    it('signs out to the sign-in page, after which protected pages ask to sign in', async () => {
      const page = secretaryPage;
      await page.goto('/account');
      await heading(page, 'Mon compte').waitFor();
      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await heading(page, 'Connexion').waitFor();
      assert.equal(pathOf(page), '/signin');

      await page.goto('/account');
      await page.waitForURL('**/signin');
      await heading(page, 'Connexion').waitFor();
      await page.reload();
      await heading(page, 'Connexion').waitFor();
      assert.equal(pathOf(page), '/signin');
      const session = await page.request.get('/api/session');
      assert.deepEqual(await session.json(), { user: null, csrfToken: null, mustEnrolTwoFactor: false });
    });

    it('resets a forgotten password through the e-mailed link, ending the other sessions', async () => {
      const elsewhere = await newPage();
      await elsewhere.goto('/signin');
      await signIn(elsewhere, secretary.email, secretary.password);
      await heading(elsewhere, `Bienvenue, ${secretary.name}`).waitFor();

      const page = await newPage();
      await page.goto('/signin');
      await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
      await heading(page, 'Mot de passe oublié').waitFor();
      assert.equal(pathOf(page), '/password/forgot');
      await expectNoAxeViolations(page, 'forgot-password page');

      await page.getByLabel('Adresse e-mail', { exact: true }).fill(secretary.email);
      await page.getByRole('button', { name: 'Envoyer le lien' }).click();
      await page.getByText(`Si un compte existe, un e-mail a été envoyé à ${secretary.email}.`).waitFor();
      await expectNoAxeViolations(page, 'forgot-password page after sending');

      const message = await server.smtp.waitForMessage(
        (mail) => isSentTo(mail, secretary.email) && (mail.text ?? '').includes('/password/reset#'),
      );
      const resetLink = linkIn(message, `${server.url}/password/reset#`);
      await page.goto(resetLink);
      await heading(page, 'Choisir un nouveau mot de passe').waitFor();
      await expectNoAxeViolations(page, 'reset-password page');

      await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(secretary.newPassword);
      await page.getByLabel('Confirmer le mot de passe', { exact: true }).fill(secretary.newPassword);
      await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
      await page.waitForURL('**/signin');
      await page.getByText('Votre mot de passe a été modifié. Vous pouvez vous connecter.').waitFor();
      await expectNoAxeViolations(page, 'sign-in page after a reset');

      await elsewhere.reload();
      await heading(elsewhere, 'Connexion').waitFor();
      assert.equal(pathOf(elsewhere), '/signin', 'the session opened before the reset has ended');

      const again = await newPage();
      await again.goto(resetLink);
      await again.getByLabel('Nouveau mot de passe', { exact: true }).fill('encore un autre secret');
      await again.getByLabel('Confirmer le mot de passe', { exact: true }).fill('encore un autre secret');
      await again.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
      await again.getByText('Ce lien de réinitialisation a expiré ou a déjà été utilisé.').waitFor();
      await expectNoAxeViolations(again, 'used reset link');
    });

    it('refuses the old password, then signs in with the new one and returns to the page asked for', async () => {
      const page = await newPage();
      await page.goto('/account');
      await page.waitForURL('**/signin');
      await signIn(page, secretary.email, secretary.password);
      await page.getByText('Adresse e-mail ou mot de passe incorrect.').waitFor();
      assert.equal(pathOf(page), '/signin');

      await signIn(page, secretary.email, secretary.newPassword);
      await heading(page, 'Mon compte').waitFor();
      assert.equal(pathOf(page), '/account');
      const role = page.getByRole('region', { name: 'Profil' }).getByRole('row', { name: 'Rôle' });
      assert.equal(await role.getByRole('cell').textContent(), 'Secrétaire');
    });

    it('switches the sign-in page to English and remembers the choice', async () => {
      const page = await newPage();
      await page.goto('/signin');
      assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
      const switchGroup = page.getByRole('group', { name: 'Langue' });
      await switchGroup.getByRole('button', { name: 'EN – English' }).click();

      await heading(page, 'Sign in').waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      assert.equal(await page.title(), 'Sign in – Quorum');
      await page.getByLabel('E-mail address', { exact: true }).waitFor();
      await page.getByLabel('Password', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
      const english = page
        .getByRole('group', { name: 'Language' })
        .getByRole('button', { name: 'EN – English' });
      assert.equal(await english.getAttribute('aria-pressed'), 'true');
      await expectNoAxeViolations(page, 'sign-in page in English');

      await page.reload();
      await heading(page, 'Sign in').waitFor();
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    });

    it('raised no uncaught script error on any page visited', () => {
      assert.deepEqual(scriptErrors, []);
    });
  },
);
