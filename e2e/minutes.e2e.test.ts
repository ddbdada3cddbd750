import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { loadDemo } from '../server/src/db/seed/demo.ts';
import { readPdfPages } from '../server/test/pdf-text.ts';
import { createUser, testPassword } from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

describe('the minutes page, in the browser', { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    server = await startTestServer('sqlite');
    await loadDemo(server.runtime.database.db);
    const secretary = await createUser(server.runtime, { role: 'secretary', name: 'Anne Tavernier' });
    browser = await launchBrowser();
    const context = await browser.newContext({ baseURL: server.url, locale: 'fr-FR', acceptDownloads: true });
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

  it('lists the sections of the demo minutes, generated and written', async () => {
    await page.goto('/assemblies/ag-2017/minutes');
    await page.getByRole('heading', { level: 1, name: 'Procès-verbal' }).waitFor();
    await page.getByText('Brouillon').first().waitFor();
    await page.getByText('Présents, représentés, équipe, excusés').waitFor();
    await page.getByText(/Réalisations 2016 et projet d’activité 2017/).waitFor();
    await expectNoAxeViolations(page, 'minutes page');
  });

  it('edits a written section with a preview, approves and signs, then downloads the signed PDF', async () => {
    await page.getByRole('button', { name: 'Modifier « Débats et ateliers »' }).click();
    const text = page.getByLabel('Texte (Markdown)');
    await text.fill('L’assemblée a débattu des projets en cours.\n\n- **Ajout** écrit dans le navigateur');
    await page.getByText('Aperçu', { exact: true }).click();
    await page.getByRole('region', { name: 'Aperçu' }).getByText('écrit dans le navigateur').waitFor();
    await page.getByRole('button', { name: 'Enregistrer la section' }).click();
    await page.getByText('Section enregistrée.').waitFor();
    await page.getByRole('button', { name: 'Approuver' }).click();
    await page.getByText(/^Approuvé par Anne Tavernier le/).waitFor();
    await page.getByRole('button', { name: 'Signer' }).click();
    await page.getByText(/^Signé par Anne Tavernier le/).waitFor();
    const sha = (await page.locator('code').textContent())!.trim();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'PDF' }).first().click(),
    ]);
    const bytes = fs.readFileSync((await download.path())!);
    assert.equal(crypto.createHash('sha256').update(bytes).digest('hex'), sha);
    assert.match((await readPdfPages(bytes)).join(' '), /Ajout écrit dans le navigateur/);
    await expectNoAxeViolations(page, 'signed minutes');
  });

  it('refuses editing once signed, with a clear message', async () => {
    await page.getByText('Ce procès-verbal est signé : son PDF est figé').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Modifier « Débats et ateliers »' }).count(), 0);
    const refused = await page.evaluate(async () => {
      const session = await (await fetch('/api/session')).json();
      const minutes = await (await fetch('/api/assemblies/ag-2017/minutes')).json();
      const section = minutes.sections.find((entry: { kind: string }) => entry.kind === 'written');
      const response = await fetch(`/api/assemblies/ag-2017/minutes/sections/${section.id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ markdown: 'après signature' }),
      });
      return { status: response.status, detail: (await response.json()).detail };
    });
    assert.equal(refused.status, 409);
    assert.match(refused.detail, /est signé\u202f: il ne peut plus être modifié/);
    await page.goto('/minutes');
    await page.getByRole('heading', { level: 1, name: 'Registre des procès-verbaux' }).waitFor();
    await page.getByRole('link', { name: 'PDF signé, version 1' }).waitFor();
    await expectNoAxeViolations(page, 'register of minutes');
  });
});
