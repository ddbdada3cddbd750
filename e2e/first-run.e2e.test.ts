import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { dayIn } from '../common/time-zones.ts';
import { repositoryRoot } from '../server/src/config.ts';
import {
  createAssembly,
  createCategories,
  createIndividualMember,
  createStatutes,
} from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

const today = dayIn('Europe/Paris');
const heldOn = new Date(Date.parse(`${today}T12:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
/** The members were recorded last year: the empty "this year" that turned everyone away. */
const membersYear = Number(today.slice(0, 4)) - 1;
const password = 'un mot de passe solide';

/** `quorum admin create`, as the sign-in page tells the newcomer to run it, in its own process. */
function createFirstAdministrator(databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(repositoryRoot, 'bin', 'quorum.mjs'),
        'admin',
        'create',
        '--email',
        'premiere@example.org',
        '--name',
        'Camille Première',
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          DATABASE_URL: databaseUrl,
          QUORUM_ADMIN_PASSWORD: password,
        },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`quorum admin create exited ${code}: ${output}`)),
    );
  });
}

describe(
  'a newcomer, from the empty first page to a first assembly convened',
  { skip: chromiumSkipReason() },
  () => {
    let server: TestServer;
    let browser: Browser;
    let page: Page;

    before(async () => {
      server = await startTestServer('sqlite');
      browser = await launchBrowser();
      const context = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
      page = await context.newPage();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('says on the sign-in page how to create the first administrator', async () => {
      await page.goto('/');
      const firstRun = page.getByRole('region', { name: 'Premier démarrage : aucun compte encore' });
      await firstRun.waitFor();
      await firstRun.getByText('npx quorum admin create --email vous@exemple.fr').waitFor();
      await expectNoAxeViolations(page, 'sign-in page without any account');

      await createFirstAdministrator(server.config.databaseUrl);
      await firstRun.getByRole('button', { name: 'J’ai créé le compte' }).click();
      await firstRun.waitFor({ state: 'detached' });
      await page.getByLabel('Adresse e-mail').fill('premiere@example.org');
      await page.getByLabel('Mot de passe', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await page.getByRole('heading', { level: 1, name: 'Bienvenue, Camille Première' }).waitFor();
    });

    it('leads through the checklist to the first assembly, on the year that has members', async () => {
      const checklist = page.locator('[data-setup="checklist"]');
      await checklist.getByText('0 étapes faites sur 6').waitFor();
      await page.getByRole('heading', { name: 'Aucune assemblée prévue' }).waitFor();
      await expectNoAxeViolations(page, 'dashboard of a new administrator');

      // Statutes, categories and members, as the other steps' pages (tested on their own) record them.
      await createStatutes(server.runtime, {
        noticeDays: 15,
        ordinaryQuorum: { numerator: 1, denominator: 2 },
      });
      await createCategories(server.runtime);
      for (const [firstName, email] of [
        ['Alice', 'alice@example.org'],
        ['Bruno', 'bruno@example.org'],
      ] as const)
        await createIndividualMember(server.runtime, {
          year: membersYear,
          firstName,
          lastName: 'Membre',
          email,
        });
      await page.reload();
      await checklist.locator('[data-setup-step="statutes"][data-done="true"]').waitFor();
      await checklist.locator('[data-setup-step="members"][data-done="true"]').waitFor();

      await checklist.getByRole('link', { name: 'Créer la première assemblée' }).click();
      await page.getByRole('button', { name: 'Nouvelle assemblée' }).click();
      const year = page.getByLabel('Année des adhésions');
      await page.waitForFunction(
        (expected) =>
          (document.querySelector('input[name="membershipYear"]') as HTMLInputElement | null)?.value ===
          expected,
        String(membersYear),
      );
      assert.equal(
        await year.inputValue(),
        String(membersYear),
        'the year that has members, not an empty one',
      );
      await page.getByLabel('Intitulé', { exact: true }).fill('Première assemblée générale');
      await page.getByLabel('Identifiant').fill('premiere-ag');
      await page.getByLabel('Date', { exact: true }).fill(heldOn);
      await page.getByLabel('Lieu').fill('Salle des fêtes');
      await page.getByLabel('Intitulé du point').fill('Approbation des comptes');
      await page.getByRole('button', { name: 'Créer l’assemblée' }).click();
      await page.waitForURL('**/assemblies/premiere-ag');
      // Two members can vote: the quorum is counted on them, and not reached with nobody present.
      await page.getByText('Quorum non atteint').first().waitFor();
    });

    it('shows the next assembly’s timeline, and its convocations go through preview, confirmation and SMTP', async () => {
      await page.goto('/');
      const assembly = page.locator('[data-dashboard="assembly"]');
      await assembly.getByRole('link', { name: 'Première assemblée générale' }).waitFor();
      const convocations = assembly.locator('[data-step="convocations"]');
      assert.equal(await convocations.getAttribute('data-state'), 'now');
      await convocations.getByText('2 pas encore convoqués', { exact: false }).waitFor();
      await assembly
        .locator('[data-step="quorum"]')
        .getByText(/0 membre attendu.*sur 2.*ne serait pas atteint/)
        .waitFor();
      await assembly.getByText('aucune convocation n’est encore partie', { exact: false }).waitFor();
      await expectNoAxeViolations(page, 'dashboard with the first assembly');

      await convocations.getByRole('link', { name: /Envoyer les convocations avant le/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Convocations' }).waitFor();
      await page.getByText('2 membres recevront la convocation par e-mail.').waitFor();
      const email = page.frameLocator(`iframe[title="Aperçu de l’e-mail de convocation"]`);
      await email.getByRole('heading', { name: 'Première assemblée générale' }).waitFor();
      assert.equal(server.smtp.messages.length, 0, 'nothing sent by looking');
      await page.getByRole('button', { name: 'Envoyer la convocation à 2 membres…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Confirmer l’envoi' });
      await dialog.getByText(/va partir par e-mail à 2 membres/).waitFor();
      assert.equal(server.smtp.messages.length, 0, 'nothing sent before confirming');
      await dialog.getByRole('button', { name: 'Confirmer l’envoi' }).click();
      for (const address of ['alice@example.org', 'bruno@example.org']) {
        const mail = await server.smtp.waitForMessage((message) =>
          JSON.stringify(message.to).includes(address),
        );
        assert.match(mail.text ?? '', /Première assemblée générale/);
      }
      await page.getByText(/envoyés\s: 2/).waitFor();

      await page.goto('/');
      await assembly.locator('[data-step="convocations"][data-state="done"]').waitFor();
      await assembly.locator('[data-step="replies"][data-state="now"]').waitFor();
      await assembly
        .getByText('0 viendront, 0 donnent pouvoir, 0 excusés, 2 sans réponse', { exact: false })
        .waitFor();
      await page
        .locator('[data-dashboard="tasks"]')
        .getByText('Rien en attente de votre part dans le registre.')
        .waitFor();
    });

    it('counts the work waiting and links to where it is done', async () => {
      await createIndividualMember(server.runtime, {
        year: membersYear,
        firstName: 'Chloé',
        lastName: 'Nouvelle',
        status: 'validation_pending',
      });
      await page.reload();
      const task = page.locator('[data-task="memberships_to_validate"]');
      await task.getByRole('link', { name: '1 adhésion à valider' }).click();
      await page.waitForURL(`**/members/memberships?year=${membersYear}&status=validation_pending`);
      await page.getByText('Chloé Nouvelle').first().waitFor();
      await expectNoAxeViolations(page, 'memberships to validate, from the dashboard');
    });

    it('says when nobody can vote, and the year is changed on the assembly’s page', async () => {
      await createAssembly(server.runtime, {
        slug: 'ag-annee-vide',
        title: 'Assemblée sur une année vide',
        heldOn,
        membershipYear: membersYear + 5,
      });
      await page.goto('/assemblies/ag-annee-vide');
      const quorum = page.getByRole('group', { name: 'Quorum' });
      await quorum.getByText('Aucun membre votant', { exact: true }).waitFor();
      await quorum.getByText(/Personne n’est membre votant pour l’année des adhésions/).waitFor();
      assert.equal(await quorum.getByText('Quorum atteint').count(), 0, 'never a green "0 sur 0"');
      await expectNoAxeViolations(page, 'assembly without voting members');
      await page.getByRole('button', { name: 'Modifier l’assemblée' }).click();
      await page.getByLabel('Année des adhésions').fill(String(membersYear));
      await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
      await quorum.getByText('Quorum non atteint', { exact: true }).waitFor();
      assert.equal(await quorum.getByText('Aucun membre votant').count(), 0);
    });
  },
);
