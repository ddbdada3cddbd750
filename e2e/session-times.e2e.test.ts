import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  createAssembly,
  createAttendance,
  createIndividualMember,
  createStatutes,
  createUser,
  testPassword,
} from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

describe(
  'a session recorded after it happened, from the sheet, in the browser',
  { skip: chromiumSkipReason() },
  () => {
    let server: TestServer;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    const slug = 'ag-apres';

    before(async () => {
      server = await startTestServer('sqlite');
      const runtime = server.runtime;
      await createStatutes(runtime, { effectiveFrom: '2031-01-01' });
      await createAssembly(runtime, { slug, heldOn: '2031-03-14', title: 'Assemblée des Jardins 2031' });
      for (const [firstName, lastName] of [
        ['Alice', 'Martin'],
        ['Rémi', 'Vidal'],
        ['Bruno', 'Petit'],
      ]) {
        const { person, membership } = await createIndividualMember(runtime, {
          year: 2031,
          firstName,
          lastName,
        });
        await createAttendance(runtime, {
          slug,
          personId: person.id,
          membershipId: membership.id,
          status: 'absent',
        });
      }
      // Chloé is not on the sheet yet: she joins by video, checked in at the door's tablet.
      await createIndividualMember(runtime, { year: 2031, firstName: 'Chloé', lastName: 'Roux' });
      const secretary = await createUser(runtime, { role: 'secretary', email: 'secretariat@example.org' });
      browser = await launchBrowser();
      context = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
      const signIn = await context.request.post('/api/session', {
        data: { email: secretary.email, password: testPassword },
      });
      assert.equal(signIn.status(), 200);
      page = await context.newPage();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('checks in at a typed time, remotely in one tap, and corrects a time', async () => {
      await page.goto(`/assemblies/${slug}/attendance`);
      await page.getByRole('heading', { level: 1, name: 'Feuille d’émargement' }).waitFor();
      await page.getByLabel('Heure', { exact: true }).fill('14:20');
      await page.getByRole('button', { name: 'Présent : pointer MARTIN Alice' }).click();
      await page.getByText('Présent (arrivé·e à 14h20)').waitFor();
      await page.getByLabel('Heure', { exact: true }).fill('14:05');
      await page.getByRole('button', { name: 'Pointer VIDAL Rémi présent à distance' }).click();
      await page.getByText('À distance (arrivé·e à 14h05)').waitFor();
      await expectNoAxeViolations(page, 'attendance sheet with typed times');

      await page.getByRole('button', { name: 'Corriger les heures de MARTIN Alice' }).click();
      await page.getByRole('heading', { name: 'Heures de MARTIN Alice' }).waitFor();
      await page.getByLabel('Arrivée', { exact: true }).fill('14:25');
      await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await page.getByText('Présent (arrivé·e à 14h25)').waitFor();

      // A proxy given at 16h00, then corrected to 16h05.
      await page.getByLabel('Heure', { exact: true }).fill('16:00');
      await page.getByLabel('Membre qui donne pouvoir').selectOption({ label: 'Bruno Petit' });
      await page.getByLabel('Mandataire').selectOption({ label: 'Alice Martin' });
      await page.getByRole('button', { name: 'Enregistrer le pouvoir' }).click();
      const proxies = page.getByRole('table', { name: /pouvoir/ });
      await proxies.getByText('16h00').waitFor();
      await page.getByRole('button', { name: 'Corriger l’heure du pouvoir de Bruno Petit' }).click();
      await page.getByLabel('Heure du pouvoir de Bruno Petit').fill('16:05');
      await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await proxies.getByText('16h05').waitFor();

      const timeline = page.getByRole('region', { name: 'Votants au fil de la séance' });
      await timeline.getByRole('rowheader', { name: '14h05' }).waitFor();
      await timeline.getByRole('rowheader', { name: '14h25' }).waitFor();
      await timeline.getByRole('rowheader', { name: '16h05' }).waitFor();
      await expectNoAxeViolations(page, 'attendance sheet with a proxy and the timeline');
    });

    it('checks in a member attending remotely in one tap at the door', async () => {
      await page.goto(`/assemblies/${slug}/check-in`);
      await page.getByRole('heading', { level: 1, name: 'Pointage' }).waitFor();
      await page.getByLabel('Rechercher un nom', { exact: true }).fill('roux');
      const remote = page.getByRole('button', {
        name: 'Pointer ROUX Chloé à distance (voix de Chloé Roux)',
        exact: true,
      });
      await remote.waitFor();
      await expectNoAxeViolations(page, 'check-in page with the remote tap');
      await remote.click();
      await page.getByText('ROUX Chloé est pointé à distance, avec la voix de Chloé Roux.').waitFor();
      const sheet = (await (await context.request.get(`/api/assemblies/${slug}/attendance`)).json()) as {
        attendees: { administrativeName: string; status: string }[];
      };
      assert.equal(sheet.attendees.find((row) => row.administrativeName === 'ROUX Chloé')?.status, 'remote');
      await page.getByLabel('Rechercher un nom', { exact: true }).fill('roux');
      await page.getByText('À distance', { exact: true }).waitFor();
    });

    it('opens the session at a typed time on the control page', async () => {
      await page.goto(`/assemblies/${slug}/control`);
      await page.getByLabel('Heure', { exact: true }).fill('14:10');
      await page.getByRole('button', { name: 'Ouvrir la séance' }).click();
      const confirmation = page.getByRole('dialog', { name: 'Ouvrir la séance ?' });
      // At a typed time, the quorum is the one of that time, not the live one.
      await confirmation.getByText(/tel qu’il était à cette heure/).waitFor();
      await confirmation.getByRole('button', { name: 'Ouvrir la séance' }).click();
      await page.getByText('Séance ouverte à 14h10').waitFor();
      // The statutes ask for no quorum: the page says so, never that it was not reached or not recorded.
      await page.getByText('Aucun quorum requis').first().waitFor();
      assert.equal(await page.getByText(/constaté|Quorum non atteint/).count(), 0);
      // The confirmation fades out: axe looks at the page once it is gone.
      await confirmation.waitFor({ state: 'detached' });
      await expectNoAxeViolations(page, 'control page after a typed opening');
    });
  },
);
