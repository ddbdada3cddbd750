import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createPerson, createStatutes, createUser, testPassword } from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

describe('an assembly edited from its page, in the browser', { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let csrfToken: string;
  const slug = 'ag-jardins';

  before(async () => {
    server = await startTestServer('sqlite');
    await createStatutes(server.runtime);
    await createPerson(server.runtime, { firstName: 'Rose', lastName: 'Nadal' });
    await createPerson(server.runtime, { firstName: 'Hugo', lastName: 'Bastide' });
    await createPerson(server.runtime, { firstName: 'Inès', lastName: 'Ferrand' });
    const secretary = await createUser(server.runtime, {
      role: 'secretary',
      email: 'secretariat@example.org',
    });
    browser = await launchBrowser();
    context = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
    const signIn = await context.request.post('/api/session', {
      data: { email: secretary.email, password: testPassword },
    });
    assert.equal(signIn.status(), 200);
    ({ csrfToken } = (await signIn.json()) as { csrfToken: string });
    for (const [name, title] of [
      [slug, 'Assemblée des Jardins partagés'],
      ['ag-brouillon', 'Assemblée en double'],
    ] as const) {
      const created = await context.request.post('/api/assemblies', {
        headers: { 'x-csrf-token': csrfToken },
        data: {
          slug: name,
          kind: 'ordinary',
          title,
          heldOn: '2031-03-14',
          place: 'Salle des fêtes',
          plannedStart: '14:00',
          membershipYear: 2031,
          agenda: [
            { kind: 'informative', title: 'Accueil' },
            { kind: 'deliberative', title: 'Comptes' },
          ],
        },
      });
      assert.equal(created.status(), 201);
    }
    page = await context.newPage();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const pick = async (label: string, search: string, name: string) => {
    await page.getByLabel(`Rechercher (${label})`, { exact: true }).fill(search);
    const select = page.getByLabel(label, { exact: true });
    await select.locator('option', { hasText: name }).waitFor({ state: 'attached' });
    await select.selectOption({ label: name });
  };

  it('changes the place, video link, chair, secretary, a scrutineer and the agenda', async () => {
    await page.goto(`/assemblies/${slug}`);
    await page.getByRole('heading', { level: 1, name: 'Assemblée des Jardins partagés' }).waitFor();
    await page.getByRole('button', { name: 'Modifier l’assemblée' }).click();
    await page.getByRole('heading', { level: 2, name: 'Modifier l’assemblée' }).waitFor();
    await expectNoAxeViolations(page, 'assembly edit form');
    await page.getByLabel('Lieu', { exact: true }).fill('Salle des fêtes et en visioconférence');
    await page
      .getByLabel('Lien de visioconférence', { exact: true })
      .fill('https://visio.example.org/jardins');
    await pick('Président·e de séance', 'nadal', 'Rose Nadal');
    await pick('Secrétaire de séance', 'bastide', 'Hugo Bastide');
    await pick('Scrutateur ou scrutatrice', 'ferrand', 'Inès Ferrand');
    await page.getByRole('button', { name: 'Ajouter aux scrutateurs' }).click();
    await page.getByRole('button', { name: 'Monter le point 2' }).click();
    await page.getByRole('button', { name: 'Ajouter un point' }).click();
    await page.locator('[data-agenda-title="2"]').fill('Questions diverses');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByText('Assemblée modifiée.').waitFor();
    await page.getByText('Salle des fêtes et en visioconférence').waitFor();
    await page.getByRole('link', { name: 'https://visio.example.org/jardins' }).waitFor();
    await page.getByText('Rose Nadal').waitFor();
    await page.getByText('Hugo Bastide').waitFor();
    await page.getByText('Inès Ferrand').waitFor();
    const items = await page
      .getByRole('list', { name: 'Ordre du jour' })
      .getByRole('listitem')
      .allTextContents();
    assert.match(items[0]!, /Comptes/);
    assert.match(items[1]!, /Accueil/);
    assert.match(items[2]!, /Questions diverses/);
    await expectNoAxeViolations(page, 'assembly page after an edit');
  });

  it('moves the times already recorded with the date, and says so before saving', async () => {
    const opened = await context.request.post(`/api/assemblies/${slug}/open`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { time: '14:10' },
    });
    assert.equal(opened.status(), 200);
    await page.goto(`/assemblies/${slug}`);
    await page.getByRole('button', { name: 'Modifier l’assemblée' }).click();
    const notice = page.getByText('Les heures déjà saisies', { exact: false });
    assert.equal(await notice.count(), 0, 'nothing said while the date stays');
    await page.getByLabel('Date', { exact: true }).fill('2031-03-21');
    await page
      .getByText(
        'Les heures déjà saisies (ouverture, clôture, arrivées, départs, pouvoirs, votes) seront reportées au vendredi 21 mars 2031, à la même heure.',
      )
      .waitFor();
    await expectNoAxeViolations(page, 'assembly edit form moving the times');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByText('Assemblée modifiée.').waitFor();
    const assembly = (await (await context.request.get(`/api/assemblies/${slug}`)).json()) as {
      heldOn: string;
      actualStartAt: string;
      actualStart: string;
    };
    assert.deepEqual(
      [assembly.heldOn, assembly.actualStartAt, assembly.actualStart],
      ['2031-03-21', '2031-03-21T13:10:00.000Z', '14:10'],
    );
  });

  it('deletes an assembly with nothing recorded', async () => {
    page.once('dialog', (dialog) => void dialog.accept());
    await page.goto('/assemblies/ag-brouillon');
    await page.getByRole('button', { name: 'Supprimer l’assemblée' }).click();
    await page.getByText('Assemblée supprimée.').waitFor();
    const gone = await context.request.get('/api/assemblies/ag-brouillon');
    assert.equal(gone.status(), 404);
  });
});
