import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dayIn } from '../common/time-zones.ts';
import { loadDemo } from '../server/src/db/seed/demo.ts';
import { createUser, testPassword } from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

/** The accessible name of the focused element, as a screen reader would announce it. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    const labelledBy = element.getAttribute('aria-labelledby');
    const label = labelledBy
      ? labelledBy
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
      : null;
    const fieldLabel = (element as HTMLInputElement).labels?.[0]?.textContent ?? null;
    return (element.getAttribute('aria-label') ?? label ?? fieldLabel ?? element.textContent ?? '').trim();
  });
}

/** Waits for the page's transitions (a dialog fading in) to end, so axe sees the colours as they stay. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
}

/** Tabs (forwards) to the control named so, as a keyboard user would; fails when it is not reachable. */
async function tabTo(page: Page, name: string | RegExp, maxPresses = 150): Promise<void> {
  // Accessible names as Playwright reads them: any space (the narrow no-break one before « : ») is one space.
  const matches = (text: string) => {
    const read = text.replace(/\s+/g, ' ');
    return typeof name === 'string' ? read === name : name.test(read);
  };
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press('Tab');
    if (matches(await focusedName(page))) return;
  }
  assert.fail(`"${String(name)}" is not reachable with Tab`);
}

describe(
  'a control room and a door that forgive, with the keyboard alone',
  { skip: chromiumSkipReason() },
  () => {
    let server: TestServer;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    const slug = 'ag-pilotage';
    const person = 'LARGEAU Sophie';

    before(async () => {
      server = await startTestServer('sqlite');
      await loadDemo(server.runtime.database.db);
      const secretary = await createUser(server.runtime, {
        role: 'secretary',
        email: 'pilotage@example.org',
      });
      browser = await launchBrowser();
      context = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
      const signIn = await context.request.post('/api/session', {
        data: { email: secretary.email, password: testPassword },
      });
      assert.equal(signIn.status(), 200);
      const { csrfToken } = (await signIn.json()) as { csrfToken: string };
      const headers = { 'x-csrf-token': csrfToken };
      const created = await context.request.post('/api/assemblies', {
        headers,
        data: {
          slug,
          kind: 'ordinary',
          title: 'Assemblée pilotée',
          heldOn: dayIn('Europe/Paris'),
          place: 'Salle du conseil',
          plannedStart: '14:00',
          membershipYear: 2017,
          agenda: [
            { kind: 'informative', title: 'Accueil' },
            { kind: 'deliberative', title: 'Comptes' },
          ],
        },
      });
      assert.equal(created.status(), 201);
      const { agenda } = (await created.json()) as { agenda: { id: string }[] };
      for (const [title, method] of [
        ['Approbation des comptes', 'show_of_hands'],
        ['Affectation du résultat', 'named'],
      ] as const) {
        const resolution = await context.request.post(`/api/assemblies/${slug}/resolutions`, {
          headers,
          data: { agendaItemId: agenda[1]!.id, title, text: `approuve : ${title}`, method },
        });
        assert.equal(resolution.status(), 201, await resolution.text());
      }
      page = await context.newPage();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('checks in and undoes it right after, with Tab, Enter and Space only', async () => {
      await page.goto(`/assemblies/${slug}/check-in`);
      await page.getByRole('heading', { level: 1, name: 'Pointage' }).waitFor();
      // The page puts the cursor in the search field: the tablet is ready to type.
      await page.waitForFunction(
        () => (document.activeElement as HTMLInputElement | null)?.type === 'search',
      );
      await page.keyboard.type('largeau');
      await tabTo(page, `Voix de Ville de Paris : pointer ${person}`);
      await page.keyboard.press('Enter');
      await page.getByText(`${person} est pointé présent, avec la voix de Ville de Paris.`).waitFor();
      await page.getByRole('heading', { level: 2, name: '1 présent' }).waitFor();
      await expectNoAxeViolations(page, 'check-in page with its undo');
      // Back in the search field; the next Tab reaches the announcement's "Annuler".
      await tabTo(page, `Annuler ce pointage (${person})`, 3);
      await page.keyboard.press('Space');
      await page.getByText(`Pointage de ${person} annulé.`).waitFor();
      await page.getByRole('heading', { level: 2, name: '0 présent' }).waitFor();
      await page.focus('input[type="search"]');
      await tabTo(page, `Voix de Ville de Paris : pointer ${person}`);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 2, name: '1 présent' }).waitFor();
    });

    it('undoes a departure from the attendance sheet', async () => {
      await page.goto(`/assemblies/${slug}/attendance`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByRole('button', { name: `Départ de ${person}` }).click();
      await page.getByRole('button', { name: `Annuler le départ de ${person}` }).click();
      await page.getByText(`Départ de ${person} annulé.`).waitFor();
      await page.getByRole('button', { name: `Départ de ${person}` }).waitFor();
      await expectNoAxeViolations(page, 'attendance sheet');
    });

    it('opens the session only once confirmed, saying what the quorum freezes; the live state stays on top', async () => {
      await page.goto(`/assemblies/${slug}/control`);
      await page.getByRole('heading', { level: 1, name: 'Pilotage de la séance' }).waitFor();
      const live = page.getByTestId('live-state');
      await live.getByText('1 présent · 0 représenté').waitFor();
      await expectNoAxeViolations(page, 'control page before the opening');
      assert.equal(
        await page.getByRole('button', { name: 'Ouvrir le scrutin' }).count(),
        0,
        'no poll before',
      );

      await tabTo(page, 'Ouvrir la séance');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Ouvrir la séance ?' });
      await dialog.getByText(/^Le quorum sera figé\s: 1 membre présent ou représenté sur/).waitFor();
      assert.equal(await focusedName(page), 'Annuler', 'the safe choice has the focus');
      await settled(page);
      await expectNoAxeViolations(page, 'opening confirmation');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await live.getByText('Prévue', { exact: true }).waitFor();
      assert.equal(await live.getByText('En séance', { exact: true }).count(), 0, 'still planned');

      await page.getByRole('button', { name: 'Ouvrir la séance' }).focus();
      await page.keyboard.press('Enter');
      await dialog.waitFor();
      await page.keyboard.press('Tab');
      assert.equal(await focusedName(page), 'Ouvrir la séance');
      await page.keyboard.press('Enter');
      await page.getByText('La séance est ouverte.').waitFor();
      await live.getByText('En séance', { exact: true }).waitFor();

      // Scrolled to the bottom, the live state is still in view at the top.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      const box = await live.boundingBox();
      assert.ok(box && box.y >= 0 && box.y < 120, `live state at the top, found at ${box?.y}`);
    });

    it('refuses to undo an arrival the frozen quorum counted, saying why', async () => {
      await page.goto(`/assemblies/${slug}/check-in`);
      await page.waitForFunction(
        () => (document.activeElement as HTMLInputElement | null)?.type === 'search',
      );
      await page.keyboard.type('largeau');
      await tabTo(page, `Annuler le pointage de ${person}`);
      await page.keyboard.press('Enter');
      await page
        .getByRole('alert')
        .getByText(/comptée dans le quorum figé/)
        .waitFor();
      await page.getByRole('heading', { level: 2, name: '1 présent' }).waitFor();
    });

    it('records a show of hands by its count, corrects it and undoes it', async () => {
      const recorded = async () => {
        const answer = await context.request.get(`/api/assemblies/${slug}/resolutions`);
        const { resolutions } = (await answer.json()) as {
          resolutions: {
            title: string;
            recordedAs: string | null;
            counts: unknown;
            outcome: string | null;
            votedAt: string | null;
          }[];
        };
        return resolutions.find((resolution) => resolution.title === 'Approbation des comptes')!;
      };
      await page.goto(`/assemblies/${slug}/control`);
      const card = page.getByRole('article', { name: 'Approbation des comptes' });
      await card.waitFor();
      const record = card.getByRole('button', { name: 'Enregistrer le vote' });
      const background = await record.evaluate((element) => getComputedStyle(element).backgroundColor);
      assert.ok(
        !['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)'].includes(background),
        `the count is the primary action, filled (found ${background})`,
      );
      assert.equal(await card.getByRole('button', { name: 'À l’unanimité' }).count(), 0);

      await tabTo(page, 'Pour');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('1');
      await tabTo(page, 'Enregistrer le vote');
      await page.keyboard.press('Enter');
      const correct = card.getByRole('button', { name: 'Corriger le décompte : Approbation des comptes' });
      await correct.waitFor();
      assert.deepEqual((await recorded()).counts, { for: 1, against: 0, abstain: 0, blank: 0 });
      const { votedAt } = await recorded();

      await tabTo(page, 'Corriger le décompte : Approbation des comptes');
      await page.keyboard.press('Enter');
      await tabTo(page, 'Pour');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('0');
      await tabTo(page, 'Contre');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('1');
      await tabTo(page, 'Enregistrer la correction');
      await page.keyboard.press('Enter');
      await correct.waitFor();
      assert.deepEqual((await recorded()).counts, { for: 0, against: 1, abstain: 0, blank: 0 });
      assert.equal((await recorded()).outcome, 'rejected');
      assert.equal(
        (await recorded()).votedAt?.slice(0, 16),
        votedAt?.slice(0, 16),
        'the correction keeps the vote’s time',
      );

      await tabTo(page, 'Annuler le vote à main levée : Approbation des comptes');
      await page.keyboard.press('Space');
      await card.getByText('Pas encore votée.').waitFor();
      assert.equal((await recorded()).recordedAs, null);
      await card.getByRole('button', { name: 'Enregistrer le vote' }).waitFor();
      await expectNoAxeViolations(page, 'control page after an undone show of hands');
    });

    it('closes a poll only once confirmed, saying how many voted', async () => {
      const card = page.getByRole('article', { name: 'Affectation du résultat' });
      await tabTo(page, 'Ouvrir le scrutin');
      await page.keyboard.press('Enter');
      await card.getByRole('button', { name: 'Clore le scrutin' }).waitFor();
      await page
        .getByTestId('live-state')
        .getByText(/Affectation du résultat — 0 sur 1 ont voté/)
        .waitFor();

      await card.getByRole('button', { name: 'Clore le scrutin' }).focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Clore le scrutin ?' });
      await dialog.getByText('« Affectation du résultat » : 0 sur 1 ont voté.').waitFor();
      assert.equal(await focusedName(page), 'Laisser ouvert');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await card.getByRole('button', { name: 'Clore le scrutin' }).focus();
      await page.keyboard.press('Enter');
      await dialog.waitFor();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await card.getByRole('link', { name: /CSV/ }).waitFor();
      assert.equal(await card.getByRole('button', { name: 'Clore le scrutin' }).count(), 0);
    });

    it('closes the session once confirmed; what no longer applies is gone', async () => {
      await tabTo(page, 'Clore la séance');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Clore la séance ?' });
      await dialog.getByText(/Aucun scrutin ne pourra plus être ouvert/).waitFor();
      assert.equal(await focusedName(page), 'Annuler');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.getByText('La séance est close.').waitFor();
      await dialog.waitFor({ state: 'detached' });
      await page.getByTestId('live-state').getByText('Close', { exact: true }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Clore la séance' }).count(), 0);
      const session = page.getByRole('region', { name: 'Séance' });
      assert.equal(await session.locator('input[type="time"]').count(), 0, 'no time to type any more');
      assert.equal(await session.getByRole('button').count(), 0);
      assert.equal(await page.getByRole('button', { name: 'Ouvrir le scrutin' }).count(), 0);
      await expectNoAxeViolations(page, 'control page once closed');
    });

    it('runs the door as a kiosk: the check-in alone, left only on purpose', async () => {
      await page.goto(`/assemblies/${slug}/check-in`);
      await page.getByRole('link', { name: /mode borne/ }).click();
      await page.waitForURL(`**/assemblies/${slug}/kiosk`);
      await page.getByRole('heading', { level: 1, name: 'Pointage' }).waitFor();
      assert.equal(await page.getByRole('navigation').count(), 0, 'no navigation');
      assert.equal(await page.getByRole('banner').count(), 0, 'no header');
      await expectNoAxeViolations(page, 'kiosk');
      await page.getByRole('button', { name: 'Quitter la borne' }).focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Quitter le mode borne ?' });
      await dialog.waitFor();
      assert.equal(await focusedName(page), 'Rester sur la borne');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      assert.match(page.url(), /\/kiosk$/);
      await page.getByRole('button', { name: 'Quitter la borne' }).focus();
      await page.keyboard.press('Enter');
      await dialog.waitFor();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForURL(`**/assemblies/${slug}/check-in`);
      await page.getByRole('navigation').first().waitFor();
    });
  },
);
