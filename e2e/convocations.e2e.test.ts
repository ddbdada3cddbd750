import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { dayIn } from '../common/time-zones.ts';
import {
  createAssembly,
  createCategories,
  createIndividualMember,
  createStatutes,
  createUser,
  testPassword,
} from '../server/test/factories.ts';
import { changeRows } from '../server/test/inspect.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

function dayPlus(days: number): string {
  const today = dayIn('Europe/Paris');
  return new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe(
  'convocations, previewed, confirmed and sent, in the browser',
  { skip: chromiumSkipReason() },
  () => {
    let server: TestServer;
    let browser: Browser;
    let page: Page;
    const heldOn = dayPlus(5);
    const year = Number(heldOn.slice(0, 4));

    before(async () => {
      server = await startTestServer('sqlite');
      await createCategories(server.runtime);
      // Fifteen days' notice asked; the assembly is in five: a late convocation.
      await createStatutes(server.runtime, { noticeDays: 15, effectiveFrom: `${year - 1}-01-01` });
      for (const [firstName, lastName, email] of [
        ['Alice', 'Convoquée', 'alice@example.org'],
        ['Bruno', 'Mandataire', 'bruno@example.org'],
        ['Chloé', 'Sansmail', undefined],
      ] as const)
        await createIndividualMember(server.runtime, {
          year,
          firstName,
          lastName,
          ...(email ? { email } : {}),
        });
      await createAssembly(server.runtime, {
        slug: 'ag-prochaine',
        title: 'Assemblée générale annuelle',
        heldOn,
      });
      await createAssembly(server.runtime, { slug: 'ag-close', title: 'Assemblée close', heldOn });
      await changeRows(
        server.runtime.database,
        'assemblies',
        { slug: 'ag-close' },
        { actual_start_at: new Date().toISOString(), actual_end_at: new Date().toISOString() },
      );
      const secretary = await createUser(server.runtime, {
        role: 'secretary',
        email: 'secretariat@example.org',
      });
      browser = await launchBrowser();
      const context = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
      const signIn = await context.request.post('/api/session', {
        data: { email: secretary.email, password: testPassword },
      });
      assert.equal(signIn.status(), 200);
      page = await context.newPage();
    });

    it('lets the administrator set the sender, refusing a wrong address under its field', async () => {
      const administrator = await createUser(server.runtime, {
        role: 'administrator',
        email: 'admin@example.org',
      });
      const context = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
      await context.request.post('/api/session', {
        data: { email: administrator.email, password: testPassword },
      });
      const settings = await context.newPage();
      await settings.goto('/settings/association');
      const address = settings.getByLabel('Adresse de l’expéditeur', { exact: true });
      await settings.getByLabel('Nom de l’expéditeur', { exact: true }).fill('Secrétariat');
      await address.fill('pas-une-adresse');
      await settings.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await settings.getByText('Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.').waitFor();
      assert.equal(await address.getAttribute('aria-invalid'), 'true');
      await expectNoAxeViolations(settings, 'association page with a wrong sender address');
      await address.fill('convocations@example.org');
      await settings.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await settings.getByText('Identité de l’association enregistrée.').waitFor();
      await context.close();
      await page.goto('/assemblies/ag-prochaine/convocations');
      await page.getByText('"Secrétariat" <convocations@example.org>').first().waitFor();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('shows the e-mail, its recipients and the late notice before anything is sent', async () => {
      await page.goto('/assemblies/ag-prochaine/convocations');
      await page.getByRole('heading', { level: 1, name: 'Convocations' }).waitFor();
      await page.getByText('2 membres recevront la convocation par e-mail.').waitFor();
      await page.getByText('1 membre n’a pas d’adresse e-mail : une lettre à imprimer.').waitFor();
      await page.getByText('Chloé Sansmail').first().waitFor();
      await page
        .getByText(/Convocation tardive\s: les statuts demandent 15 jours, il en reste 5\./)
        .waitFor();
      await page
        .getByText(/"Secrétariat" <convocations@example\.org>/)
        .first()
        .waitFor();
      const email = page.frameLocator(`iframe[title='Aperçu de l’e-mail de convocation']`);
      await email.getByRole('heading', { name: 'Assemblée générale annuelle' }).waitFor();
      await email.getByText('Approbation des comptes').waitFor();
      await page.getByText('Texte seul').click();
      const text = (await page.getByTestId('convocation-text').textContent()) ?? '';
      assert.match(text, /Ordre du jour\s:\n- Accueil des membres\n- Approbation des comptes/);
      assert.match(text, /à 14h00\nLieu\s: Maison des associations/);
      assert.equal(server.smtp.messages.length, 0, 'nothing sent by looking');
      await expectNoAxeViolations(page, 'convocations page before sending');
    });

    it('asks for a confirmation that repeats the warning, then sends through SMTP', async () => {
      await page.getByRole('button', { name: 'Envoyer la convocation à 2 membres…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Confirmer l’envoi' });
      await dialog.getByText(/va partir par e-mail à 2 membres/).waitFor();
      await dialog.getByText(/Convocation tardive/).waitFor();
      // Checked once the dialog has faded in: half-way, its text has half its contrast.
      await page.waitForFunction(() => {
        const content = document.querySelector('.mantine-Modal-content');
        return content !== null && getComputedStyle(content).opacity === '1';
      });
      await expectNoAxeViolations(page, 'sending confirmation');
      assert.equal(server.smtp.messages.length, 0, 'nothing sent before confirming');
      await dialog.getByRole('button', { name: 'Confirmer l’envoi' }).click();
      await page.getByText(/Envoi lancé pour 3 destinataires/).waitFor();
      const mail = await server.smtp.waitForMessage((message) =>
        JSON.stringify(message.to).includes('alice@example.org'),
      );
      assert.match(mail.text ?? '', /^Bonjour Alice Convoquée,/);
      assert.equal(mail.from?.value[0]?.address, 'convocations@example.org', 'the association’s sender');
      assert.match(String(mail.html), /Assemblée générale annuelle/);
      await server.smtp.waitForMessage((message) => JSON.stringify(message.to).includes('bruno@example.org'));
      await page.getByText(/envoyés\s: 2/).waitFor();
      // Everyone with an address has it: the section shows what was sent, and no sending is offered again.
      await page.getByRole('heading', { level: 2, name: 'La convocation envoyée' }).waitFor();
      assert.equal(await page.getByRole('button', { name: /Envoyer la convocation/ }).count(), 0);
      await expectNoAxeViolations(page, 'convocations page after sending');
    });

    it('prints the letter of the member without an address, and reminds those who have not answered', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Imprimer la lettre (PDF)' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), 'convocations-ag-prochaine.pdf');
      const pdf = await (await download.createReadStream()).toArray();
      assert.equal(Buffer.concat(pdf).subarray(0, 5).toString(), '%PDF-');
      await page.getByText(/par courrier\s: 1/).waitFor();

      await page.getByRole('button', { name: 'Relancer les 2 membres sans réponse…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Confirmer l’envoi' });
      await dialog.getByText(/Un rappel va partir vers les 2 membres qui n’ont pas répondu/).waitFor();
      await dialog.getByText(/nouveau lien personnel/).waitFor();
      await dialog.getByRole('button', { name: 'Envoyer les rappels' }).click();
      await page.getByText('Rappels lancés pour 2 membres.').waitFor();
      await server.smtp.waitForMessage(
        (message) =>
          JSON.stringify(message.to).includes('bruno@example.org') && /^Rappel/.test(message.subject ?? ''),
      );
    });

    it('offers no sending on a closed assembly, and says why', async () => {
      await page.goto('/assemblies/ag-close/convocations');
      await page.getByText(/La séance est close\s: plus de convocation ni de rappel/).waitFor();
      assert.equal(await page.getByRole('button', { name: /Envoyer la convocation/ }).count(), 0);
      assert.equal(await page.getByRole('button', { name: /Relancer/ }).count(), 0);
      await expectNoAxeViolations(page, 'convocations page of a closed assembly');
    });
  },
);
