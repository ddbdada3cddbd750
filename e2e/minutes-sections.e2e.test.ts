import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  createAssembly,
  createAssociation,
  createStatutes,
  createUser,
  testPassword,
} from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

/**
 * The secretary of a small association adds a written section to the minutes, then removes it, and
 * attaches a question to an item of the agenda.
 */
describe(
  'written sections of the minutes, added and removed in the browser',
  { skip: chromiumSkipReason() },
  () => {
    let server: TestServer;
    let browser: Browser;
    let page: Page;
    const markdown = () =>
      page.evaluate(async () => (await fetch('/api/assemblies/age-2025/minutes/document?format=md')).text());

    before(async () => {
      server = await startTestServer('sqlite');
      await createAssociation(server.runtime, { name: 'Jardins partagés du Faubourg' });
      await createStatutes(server.runtime);
      await createAssembly(server.runtime, {
        slug: 'age-2025',
        kind: 'extraordinary',
        title: 'Assemblée générale extraordinaire',
        heldOn: '2025-11-04',
      });
      const secretary = await createUser(server.runtime, { role: 'secretary', name: 'Léa Garnier' });
      browser = await launchBrowser();
      const context = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
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

    it('starts the minutes of an extraordinary assembly with no written section, adds one and writes it', async () => {
      await page.goto('/assemblies/age-2025/minutes');
      await page.getByRole('button', { name: 'Rédiger le procès-verbal' }).click();
      await page.getByText('Brouillon').first().waitFor();
      assert.equal(
        await page.getByText('Rédigée', { exact: true }).count(),
        0,
        'no written section by default',
      );
      await page.getByLabel('Titre de la nouvelle section').fill('Modification des statuts');
      await page.getByRole('button', { name: 'Ajouter la section' }).click();
      await page.getByText('Section ajoutée avant la clôture de la séance : écrivez son texte.').waitFor();
      await page.getByRole('button', { name: 'Modifier « Modification des statuts »' }).click();
      await page.getByLabel('Texte (Markdown)').fill('L’article 5 est réécrit.');
      await page.getByRole('button', { name: 'Enregistrer la section' }).click();
      await page.getByText('Section enregistrée.').waitFor();
      assert.match(await markdown(), /## Modification des statuts\n\nL’article 5 est réécrit\./);
      await expectNoAxeViolations(page, 'minutes with an added section');
    });

    it('removes the written section from the page', async () => {
      await page.getByRole('button', { name: 'Retirer « Modification des statuts »' }).click();
      await page.getByText('Section retirée.').waitFor();
      assert.equal(
        await page.getByRole('button', { name: 'Modifier « Modification des statuts »' }).count(),
        0,
      );
      assert.doesNotMatch(await markdown(), /Modification des statuts/);
    });

    it('attaches a question to an agenda item from the questions page: the minutes print it under that item', async () => {
      await page.goto('/assemblies/age-2025/questions');
      await page.getByRole('button', { name: 'Ajouter une question' }).click();
      await page.getByRole('textbox', { name: 'Question 1', exact: true }).fill('Le vote est-il définitif ?');
      await page.getByLabel('Réponse à la question 1').fill('Oui, dès la clôture.');
      await page
        .getByLabel('Point de l’ordre du jour (question 1)')
        .selectOption({ label: '2. Approbation des comptes' });
      await page.getByRole('button', { name: 'Enregistrer les questions' }).click();
      await page.getByText('Questions enregistrées.').waitFor();
      assert.match(
        await markdown(),
        /### Point 2\s: Approbation des comptes\n\n\*\*Le vote est-il définitif \?\*\*\n\nOui, dès la clôture\./,
      );
      await expectNoAxeViolations(page, 'questions with their agenda item');
    });
  },
);
