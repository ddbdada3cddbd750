import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { MinutesView } from '../common/minutes.schemas.ts';
import { checkIn } from '../server/src/domains/assemblies/check-in.service.ts';
import { recordShowOfHands } from '../server/src/domains/votes/resolutions.service.ts';
import {
  createActor,
  createAssembly,
  createAssociation,
  createIndividualMember,
  createResolution,
  createStatutes,
  createUser,
  testPassword,
} from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

const slug = 'ag-live';

/**
 * The secretary takes notes beside the control room: her notes and each fact the room records
 * (the opening, an arrival, a vote) show in the draft at once, without reloading. Then, in the
 * minutes editor, every section reads without a click, the page as printed sits beside them, and
 * sections move by drag and drop and by keyboard.
 */
describe('minutes written as the meeting goes, in the browser', { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let notes: Page;
  let control: Page;
  let accountsItemId: string;
  let late: { personId: string; membershipId: string };
  const sectionOrder = async (): Promise<string[]> =>
    notes.evaluate(async (path) => {
      const view = (await (await fetch(path)).json()) as MinutesView;
      return view.sections.map((section) => section.label);
    }, `/api/assemblies/${slug}/minutes`);

  before(async () => {
    server = await startTestServer('sqlite');
    await createAssociation(server.runtime, { name: 'Amicale des Coteaux' });
    await createStatutes(server.runtime);
    const assembly = await createAssembly(server.runtime, { slug, heldOn: '2030-06-15' });
    accountsItemId = assembly.agenda[1]!.id;
    const { person, membership } = await createIndividualMember(server.runtime, {
      year: 2030,
      firstName: 'Odile',
      lastName: 'Marchand',
    });
    late = { personId: person.id, membershipId: membership.id };
    const secretary = await createUser(server.runtime, { role: 'secretary', name: 'Léa Garnier' });
    browser = await launchBrowser();
    const context = await browser.newContext({
      baseURL: server.url,
      locale: 'fr-FR',
      viewport: { width: 1400, height: 1000 },
    });
    const signIn = await context.request.post('/api/session', {
      data: { email: secretary.email, password: testPassword },
    });
    assert.equal(signIn.status(), 200);
    notes = await context.newPage();
    control = await context.newPage();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reaches the notes from the control room and types a note under an item, saved as typed', async () => {
    await control.goto(`/assemblies/${slug}/control`);
    const link = control.getByRole('link', { name: 'Notes de séance du procès-verbal (nouvel onglet)' });
    assert.equal(await link.getAttribute('href'), `/assemblies/${slug}/minutes/live`);
    assert.equal(await link.getAttribute('target'), '_blank');

    await notes.goto(`/assemblies/${slug}/minutes/live`);
    await notes.getByRole('heading', { level: 1, name: 'Notes de séance' }).waitFor();
    await notes.getByRole('button', { name: 'Rédiger le procès-verbal' }).click();
    const note = notes.getByRole('textbox', { name: 'Notes sous le point 2 : Approbation des comptes' });
    await note.click();
    await note.pressSequentially('La trésorière présente les comptes.', { delay: 5 });
    const draft = notes.getByRole('region', { name: 'Le procès-verbal tel qu’il s’écrit' });
    await draft.getByText('La trésorière présente les comptes.').waitFor();
    await notes.getByText('Enregistré.').waitFor();
    // A marker that a reload would wipe: the page must never reload from here on.
    await notes.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));
    await expectNoAxeViolations(notes, 'the meeting notes');
  });

  it('shows the opening, a late arrival and a vote in the draft as they are recorded, without reloading', async () => {
    const draft = notes.getByRole('region', { name: 'Le procès-verbal tel qu’il s’écrit' });
    await control.getByLabel('Heure').fill('14:00');
    await control.getByRole('button', { name: 'Ouvrir la séance' }).click();
    await control
      .getByRole('dialog', { name: 'Ouvrir la séance ?' })
      .getByRole('button', { name: 'Ouvrir la séance' })
      .click();
    await control.getByText('La séance est ouverte.').first().waitFor();
    await draft.getByText(/La séance est ouverte à 14\s?h\s?00\./).waitFor();

    await checkIn(server.runtime, { actor: null, slug, ...late, time: '14:20' });
    await draft.getByText(/MARCHAND Odile.*\(arrivé à 14\s?h\s?20\)/).waitFor();

    const resolution = await createResolution(server.runtime, {
      slug,
      agendaItemId: accountsItemId,
      title: 'Approbation des comptes 2029',
      text: 'approuve les comptes de l’exercice 2029',
    });
    await recordShowOfHands(server.runtime, {
      actor: await createActor(server.runtime, { role: 'secretary' }),
      slug,
      resolutionId: resolution.id,
      input: { record: 'unanimous', votedAt: '14:45' },
    });
    await draft.getByText(/approuve les comptes de l.exercice 2029 à l.unanimité/).waitFor();
    // The note stays under its item, before the vote on it, and the page was never reloaded.
    const text = (await draft.textContent()) ?? '';
    const item = text.search(/Point 2\s: Approbation des comptes/);
    assert.ok(item >= 0, text);
    assert.ok(text.indexOf('La trésorière présente les comptes.') > item);
    assert.ok(text.indexOf('Approbation des comptes 2029') > text.indexOf('La trésorière présente'));
    assert.equal(await notes.evaluate(() => (window as unknown as { marker?: string }).marker), 'same page');
    assert.equal(
      await notes
        .getByRole('textbox', { name: 'Notes sous le point 2 : Approbation des comptes' })
        .inputValue(),
      'La trésorière présente les comptes.',
    );
  });

  it('shows every section’s text in the editor without a click, and the page as printed beside them', async () => {
    await notes.getByRole('link', { name: 'Éditer le procès-verbal' }).click();
    await notes.getByRole('heading', { level: 1, name: 'Procès-verbal' }).waitFor();
    const cards = notes.locator('li[data-section]');
    const opening = cards.filter({ hasText: 'Ouverture de la séance' });
    await opening.getByText(/La séance est ouverte à 14\s?h\s?00\./).waitFor();
    const resolutions = cards.filter({ hasText: 'Déroulé de la séance' });
    await resolutions.getByText('La trésorière présente les comptes.').waitFor();
    await cards
      .filter({ hasText: 'Débats' })
      .getByText('Rien d’écrit pour l’instant : cette section ne s’imprime pas.')
      .waitFor();
    const printed = notes.frameLocator('iframe[title="Aperçu du procès-verbal"]');
    await printed.getByText('La trésorière présente les comptes.').waitFor();
    await printed.getByText(/La séance est ouverte à 14\s?h\s?00\./).waitFor();
    await expectNoAxeViolations(notes, 'the minutes editor with its printed preview');
  });

  it('moves a section by drag and drop, then by keyboard; both orders are kept', async () => {
    const before = await sectionOrder();
    const opening = before.indexOf('Ouverture de la séance');
    const quorum = before.indexOf('Quorum');
    assert.ok(opening > quorum, before.join(', '));

    await notes
      .getByRole('img', { name: 'Glisser « Ouverture de la séance » pour la déplacer' })
      .dragTo(notes.locator('li[data-section]').nth(quorum));
    await notes.getByText(/«\sOuverture de la séance\s» est maintenant en position/).waitFor();
    const dragged = await sectionOrder();
    assert.equal(dragged.indexOf('Ouverture de la séance'), quorum, dragged.join(', '));
    assert.equal(dragged.indexOf('Quorum'), quorum + 1);

    // By keyboard: the arrow button, focused, pressed with Enter; the focus stays on it to press again.
    const down = notes.getByRole('button', { name: 'Descendre « Ouverture de la séance »' });
    await down.focus();
    await notes.keyboard.press('Enter');
    await notes.getByText(`« Ouverture de la séance » est maintenant en position ${quorum + 2}.`).waitFor();
    await notes.waitForFunction(
      () =>
        document.activeElement?.getAttribute('aria-label')?.replace(/\s+/g, ' ') ===
        'Descendre « Ouverture de la séance »',
    );
    await notes.keyboard.press('Enter');
    await notes.getByText(`« Ouverture de la séance » est maintenant en position ${quorum + 3}.`).waitFor();
    assert.deepEqual(await sectionOrder(), before);

    // Kept: read again after a reload, the editor lists them in that order.
    await notes.reload();
    await notes.locator('li[data-section]').first().waitFor();
    const shown = await notes.locator('li[data-section]').allTextContents();
    assert.ok(shown[opening]!.includes('Ouverture de la séance'), shown[opening]);
    // The printed preview follows the order too.
    const printed =
      (await notes.frameLocator('iframe[title="Aperçu du procès-verbal"]').locator('body').textContent()) ??
      '';
    assert.ok(printed.includes('La séance est ouverte'));
  });
});
