import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  createAssembly,
  createAssociation,
  createBudget,
  createPerson,
  createStatutes,
  createUser,
  testPassword,
} from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

const staleTitle = 'Cette fiche a été modifiée par quelqu’un d’autre pendant que vous la modifiiez';

// Two staff in two browsers open the same record; the first saves, the second is told, and chooses.
describe('two staff editing the same record, in the browser', { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let first: Page;
  let second: Page;
  let treasurerPage: Page;
  let personId: string;

  async function signedInPage(email: string): Promise<Page> {
    const context = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
    context.setDefaultTimeout(10_000);
    contexts.push(context);
    const signIn = await context.request.post('/api/session', { data: { email, password: testPassword } });
    assert.equal(signIn.status(), 200);
    return context.newPage();
  }

  /** The CSRF token a state-changing API call from the page's context needs. */
  async function csrf(page: Page): Promise<Record<string, string>> {
    const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
    return { 'x-csrf-token': session.csrfToken };
  }

  async function person(): Promise<{ phone: string | null; city: string | null; version: number }> {
    const response = await first.request.get(`/api/persons/${personId}`);
    return (await response.json()) as { phone: string | null; city: string | null; version: number };
  }

  before(async () => {
    server = await startTestServer('sqlite');
    personId = (await createPerson(server.runtime, { firstName: 'Maëlle', lastName: 'Dupontel' })).id;
    await createBudget(server.runtime, {
      year: 2031,
      lines: [
        { accountCode: '613', label: 'Locations', side: 'charges', amount: '12 000', actual: '11 500' },
        { accountCode: '706', label: 'Interventions', side: 'products', amount: '12 000', actual: '11 500' },
      ],
    });
    await createAssociation(server.runtime);
    await createStatutes(server.runtime);
    await createAssembly(server.runtime, { slug: 'ag-2030', heldOn: '2030-06-20' });
    const secretary = await createUser(server.runtime, { role: 'secretary' });
    const administrator = await createUser(server.runtime, { role: 'administrator' });
    const treasurer = await createUser(server.runtime, { role: 'treasurer' });
    browser = await launchBrowser();
    first = await signedInPage(secretary.email);
    second = await signedInPage(administrator.email);
    treasurerPage = await signedInPage(treasurer.email);
  });

  after(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  async function openPerson(page: Page): Promise<void> {
    await page.goto(`/members/persons/${personId}`);
    await page.getByRole('heading', { level: 1, name: 'DUPONTEL Maëlle' }).waitFor();
    await page.getByRole('button', { name: 'Modifier', exact: true }).click();
  }

  /** What the record reads, once saved, on the line of a field. */
  async function fact(page: Page, label: string): Promise<string> {
    const table = page.getByRole('table', { name: 'Coordonnées', exact: true });
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
    return (await row.getByRole('cell').textContent()) ?? '';
  }

  it('one changes the phone, the other the city: the second is told, re-applies, and both stay', async () => {
    await openPerson(first);
    await openPerson(second);
    await first.getByLabel('Téléphone', { exact: true }).fill('01 23 45 67 89');
    await first.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await first.getByText('Fiche enregistrée.').waitFor();

    await second.getByLabel('Ville', { exact: true }).fill('Valfleuri');
    await second.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    const dialog = second.getByRole('dialog', { name: staleTitle });
    await dialog.waitFor();
    assert.equal((await person()).city, null, 'nothing of the stale save is kept');
    assert.deepEqual(await dialog.locator('[data-stale="theirs"] li').allInnerTexts(), ['Téléphone']);
    assert.deepEqual(await dialog.locator('[data-stale="mine"] li').allInnerTexts(), ['Ville']);
    await expectNoAxeViolations(second, 'the dialog of a record changed meanwhile');

    await dialog.getByRole('button', { name: 'Réappliquer mes modifications' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await second.getByText('Fiche enregistrée.').waitFor();
    assert.equal(await fact(second, 'Téléphone'), '01 23 45 67 89');
    assert.match(await fact(second, 'Adresse'), /Valfleuri/);
    const saved = await person();
    assert.equal(saved.phone, '01 23 45 67 89');
    assert.equal(saved.city, 'Valfleuri');
    assert.equal(saved.version, 3);
  });

  it('reloading drops the stale change and shows the record as it now is', async () => {
    // The first page still holds version 2: its next save is stale.
    await first.getByRole('button', { name: 'Modifier', exact: true }).click();
    await first.getByLabel('Ville', { exact: true }).fill('Ormelune');
    await first.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    const dialog = first.getByRole('dialog', { name: staleTitle });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Recharger la fiche (abandonner mes modifications)' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await first.getByLabel('Ville', { exact: true }).inputValue(), 'Valfleuri');
    assert.equal((await person()).city, 'Valfleuri');
  });

  it('on the budget, a cell saved by another is named and the change re-applied on top of it', async () => {
    for (const page of [treasurerPage, second]) {
      await page.goto('/budget');
      await page.getByRole('heading', { level: 1, name: 'Budget' }).waitFor();
    }
    const cell = (page: Page, label: string) => page.getByLabel(`${label} – 2031`, { exact: true });
    await cell(treasurerPage, 'Locations').fill('13 000');
    await treasurerPage.getByRole('button', { name: /^Enregistrer/ }).click();
    await treasurerPage.getByText('Budget enregistré.').waitFor();

    await cell(second, 'Interventions').fill('13 000');
    await second.getByRole('button', { name: /^Enregistrer/ }).click();
    const dialog = second.getByRole('dialog', { name: staleTitle });
    await dialog.waitFor();
    assert.deepEqual(await dialog.locator('[data-stale="theirs"] li').allInnerTexts(), [
      '613 Locations — 2031',
    ]);
    assert.deepEqual(await dialog.locator('[data-stale="mine"] li').allInnerTexts(), [
      '706 Interventions — 2031',
    ]);
    await dialog.getByRole('button', { name: 'Réappliquer mes modifications' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await second.getByText('Budget enregistré.').waitFor();
    assert.equal(await cell(second, 'Locations').inputValue(), '13000');
    assert.equal(await cell(second, 'Interventions').inputValue(), '13000');
    await second.getByText('2031 : équilibré, 13 000 € de chaque côté').waitFor();
  });

  it('on the minutes, a section saved meanwhile is reloaded as it now is when asked', async () => {
    const started = await first.request.post('/api/assemblies/ag-2030/minutes', {
      headers: await csrf(first),
    });
    assert.equal(started.status(), 200, await started.text());
    for (const page of [first, second]) {
      await page.goto('/assemblies/ag-2030/minutes');
      await page.getByRole('button', { name: 'Modifier « Débats »' }).click();
    }
    await first.getByLabel('Texte (Markdown)').fill('Les membres débattent du rapport.');
    await first.getByRole('button', { name: 'Enregistrer la section' }).click();
    await first.getByText('Section enregistrée.').waitFor();

    await second.getByLabel('Texte (Markdown)').fill('Aucun débat.');
    await second.getByRole('button', { name: 'Enregistrer la section' }).click();
    const dialog = second.getByRole('dialog', { name: staleTitle });
    await dialog.waitFor();
    assert.deepEqual(await dialog.locator('[data-stale="theirs"] li').allInnerTexts(), ['Texte (Markdown)']);
    await dialog.getByRole('button', { name: 'Recharger la fiche (abandonner mes modifications)' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(
      await second.getByLabel('Texte (Markdown)').inputValue(),
      'Les membres débattent du rapport.',
    );
  });
  it('on the assembly form, a place saved by another is named and the title re-applied on top of it', async () => {
    for (const page of [first, second]) {
      await page.goto('/assemblies/ag-2030');
      await page.getByRole('button', { name: 'Modifier l’assemblée' }).click();
      await page.getByRole('heading', { name: 'Modifier l’assemblée' }).waitFor();
    }
    await first.getByLabel('Lieu', { exact: true }).fill('Salle Jean Moulin');
    await first.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await first.getByText('Assemblée modifiée.').waitFor();

    await second.getByLabel('Intitulé', { exact: true }).fill('Assemblée générale ordinaire 2030');
    await second.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    const dialog = second.getByRole('dialog', { name: staleTitle });
    await dialog.waitFor();
    const assembly = async () =>
      (await (await first.request.get('/api/assemblies/ag-2030')).json()) as {
        title: string;
        place: string;
        version: number;
      };
    assert.notEqual((await assembly()).title, 'Assemblée générale ordinaire 2030', 'nothing stale is kept');
    assert.deepEqual(await dialog.locator('[data-stale="theirs"] li').allInnerTexts(), ['Lieu']);
    assert.deepEqual(await dialog.locator('[data-stale="mine"] li').allInnerTexts(), ['Intitulé']);
    await dialog.getByRole('button', { name: 'Réappliquer mes modifications' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await second.getByText('Assemblée modifiée.').waitFor();
    const saved = await assembly();
    assert.equal(saved.place, 'Salle Jean Moulin');
    assert.equal(saved.title, 'Assemblée générale ordinaire 2030');
  });
  it('on the categories page, a wording saved by another is named and the vote weight re-applied on top of it', async () => {
    const other = await signedInPage((await createUser(server.runtime, { role: 'administrator' })).email);
    const added = await second.request.post('/api/membership-categories', {
      headers: await csrf(second),
      data: {
        code: 'active',
        kind: 'person',
        labelFr: 'Membre actif',
        pluralFr: 'Membres actifs',
        labelEn: 'Active member',
        pluralEn: 'Active members',
        isVoting: true,
        voteWeight: 1,
      },
    });
    assert.equal(added.status(), 201, await added.text());
    const form = (page: Page) => page.getByRole('form', { name: 'Modifier Membre actif' });
    for (const page of [second, other]) {
      await page.goto('/settings/categories');
      await page.getByRole('button', { name: 'Modifier Membre actif' }).click();
      await form(page).waitFor();
    }
    await form(second).getByLabel('Libellé en anglais (singulier)').fill('Full member');
    await form(second).getByRole('button', { name: 'Enregistrer' }).click();
    await form(second).waitFor({ state: 'hidden' });

    await form(other).getByLabel('Voix par membre').fill('2');
    await form(other).getByRole('button', { name: 'Enregistrer' }).click();
    const dialog = other.getByRole('dialog', { name: staleTitle });
    await dialog.waitFor();
    assert.deepEqual(await dialog.locator('[data-stale="theirs"] li').allInnerTexts(), [
      'Libellé en anglais (singulier)',
    ]);
    assert.deepEqual(await dialog.locator('[data-stale="mine"] li').allInnerTexts(), ['Voix par membre']);
    await dialog.getByRole('button', { name: 'Réappliquer mes modifications' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await form(other).waitFor({ state: 'hidden' });
    const { categories } = (await (await other.request.get('/api/membership-categories')).json()) as {
      categories: { code: string; labelEn: string; voteWeight: number; version: number }[];
    };
    const saved = categories.find((category) => category.code === 'active')!;
    assert.deepEqual([saved.labelEn, saved.voteWeight, saved.version], ['Full member', 2, 3]);
  });
});
