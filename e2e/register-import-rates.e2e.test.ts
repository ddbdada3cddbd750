import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { repositoryRoot } from '../server/src/config.ts';
import { createCategories, createUser, testPassword } from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

describe(
  'HelloAsso’s "Tarif" read as the rate of the year, in the browser',
  { skip: chromiumSkipReason() },
  () => {
    let server: TestServer;
    let browser: Browser;
    let page: Page;

    before(async () => {
      server = await startTestServer('sqlite');
      await createCategories(server.runtime, [
        { code: 'active', kind: 'person', fr: ['Membre actif', 'Membres actifs'], en: ['Member', 'Members'] },
        {
          code: 'honorary',
          kind: 'person',
          fr: ['Membre honoraire', 'Membres honoraires'],
          en: ['Honorary member', 'Honorary members'],
        },
      ]);
      const secretary = await createUser(server.runtime, { role: 'secretary' });
      browser = await launchBrowser();
      const context = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
      const signIn = await context.request.post('/api/session', {
        data: { email: secretary.email, password: testPassword },
      });
      const { csrfToken } = (await signIn.json()) as { csrfToken: string };
      const headers = { 'x-csrf-token': csrfToken };
      const grid = await context.request.put('/api/fee-grids/2025', {
        headers,
        data: { entries: [{ category: 'active', amountCents: 3_000 }] },
      });
      assert.equal(grid.status(), 200);
      for (const rate of [
        { category: 'active', kind: 'reduced', amountCents: 1_500, conditionsFr: 'étudiants' },
        { category: 'honorary', kind: 'free', amountCents: 0, conditionsFr: null },
      ]) {
        const added = await context.request.post('/api/membership-rates/2025', { headers, data: rate });
        assert.equal(added.status(), 201);
      }
      page = await context.newPage();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('says in the dry run which rate each "Tarif" is, and which value is read as a category', async () => {
      await page.goto('/members/import');
      await page.getByRole('heading', { level: 1, name: 'Importer et exporter le registre' }).waitFor();
      await page
        .getByLabel('Fichier à importer', { exact: true })
        .setInputFiles(path.join(repositoryRoot, 'fixtures', 'imports', 'helloasso-tarifs.csv'));
      await page.getByRole('button', { name: 'Envoyer le fichier', exact: true }).click();
      await page.getByText('helloasso-tarifs.csv : 4 lignes de données', { exact: false }).waitFor();
      assert.equal(await page.getByLabel('Tarif appliqué', { exact: true }).inputValue(), 'Tarif');
      await page.getByRole('button', { name: 'Vérifier (essai à blanc)', exact: true }).click();
      const readings = page.getByRole('list', { name: 'Tarifs lus dans le fichier' });
      await readings.waitFor();
      const lines = (await readings.getByRole('listitem').allTextContents()).map((line) =>
        line.replace(/\s/g, ' '),
      );
      assert.deepEqual(lines, [
        '« Adhésion plein tarif » (2025) : Membre actif, tarif plein 30 € — 1 ligne.',
        '« Tarif réduit étudiant » (2025) : Membre actif, tarif réduit 15 € (étudiants) — 1 ligne.',
        "« Membre d'honneur » (2025) : Membre honoraire, gratuit — 1 ligne.",
        '« Membre actif » (2025) n’est aucun tarif de l’année mais le nom d’une catégorie : lu comme Membre actif au tarif plein — 1 ligne.',
      ]);
      await page.getByText('Aucune ligne refusée', { exact: false }).waitFor();
      await expectNoAxeViolations(page, 'import page with the rates read');
    });
  },
);
