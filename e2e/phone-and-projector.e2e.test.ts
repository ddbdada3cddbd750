import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dayIn } from '../common/time-zones.ts';
import { loadDemo } from '../server/src/db/seed/demo.ts';
import { createUser, testPassword } from '../server/test/factories.ts';
import { rowsOf } from '../server/test/inspect.ts';
import { createConvocationLink } from '../server/test/participants.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

const text =
  'approuve le rapport moral de l’année écoulée, présenté par le bureau, et donne quitus au conseil pour sa gestion';

/** Whether each element lies wholly inside the page's viewport, the page not scrolled. */
async function isWithinViewport(page: Page, names: string[]): Promise<string[]> {
  const viewport = page.viewportSize()!;
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page has not scrolled');
  const outside: string[] = [];
  for (const name of names) {
    const control =
      name === 'Voter' ? page.getByRole('button', { name }) : page.locator('label').filter({ hasText: name });
    const box = await control.boundingBox();
    assert.ok(box, `${name} is shown`);
    const isInside =
      box.y >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width;
    if (!isInside) outside.push(`${name} (${Math.round(box.y + box.height)} > ${viewport.height})`);
    assert.ok(box.height >= 44, `${name} is at least 44 px high (${box.height})`);
  }
  return outside;
}

describe(
  'a vote on the phone at 390×844 and 360 px wide, and the projector',
  { skip: chromiumSkipReason() },
  () => {
    let server: TestServer;
    let browser: Browser;
    let staff: BrowserContext;
    let headers: Record<string, string>;
    let projector: Page;
    let pollId: string;
    const phones: { page: Page; membershipId: string }[] = [];
    const slug = 'ag-telephone';

    before(async () => {
      server = await startTestServer('sqlite');
      await loadDemo(server.runtime.database.db);
      const secretary = await createUser(server.runtime, { role: 'secretary' });
      browser = await launchBrowser();
      staff = await browser.newContext({
        baseURL: server.url,
        locale: 'fr-FR',
        viewport: { width: 1280, height: 720 },
      });
      const signIn = await staff.request.post('/api/session', {
        data: { email: secretary.email, password: testPassword },
      });
      headers = { 'x-csrf-token': ((await signIn.json()) as { csrfToken: string }).csrfToken };
      const created = await staff.request.post('/api/assemblies', {
        headers,
        data: {
          slug,
          kind: 'ordinary',
          title: 'Assemblée générale ordinaire',
          heldOn: dayIn('Europe/Paris'),
          place: 'Salle des fêtes',
          plannedStart: '14:00',
          membershipYear: 2017,
          agenda: [{ kind: 'deliberative', title: 'Rapport moral' }],
        },
      });
      const assembly = (await created.json()) as { id: string; agenda: { id: string }[] };
      const sheet = (await (await staff.request.get(`/api/assemblies/${slug}/attendance`)).json()) as {
        votingMembers: { membershipId: string; personId: string | null }[];
      };
      const members = sheet.votingMembers.filter((member) => member.personId).slice(0, 2);
      for (const member of members) {
        const added = await staff.request.post(`/api/assemblies/${slug}/attendance`, {
          headers,
          data: { ...member, role: 'voting_member', status: 'present' },
        });
        assert.equal(added.status(), 201);
      }
      assert.equal((await staff.request.post(`/api/assemblies/${slug}/open`, { headers })).status(), 200);
      await staff.request.put(`/api/assemblies/${slug}/current-item`, {
        headers,
        data: { agendaItemId: assembly.agenda[0]!.id },
      });
      // Reckoned on the votes cast, blanks count: the phone offers "Blanc".
      const resolution = await staff.request.post(`/api/assemblies/${slug}/resolutions`, {
        headers,
        data: {
          agendaItemId: assembly.agenda[0]!.id,
          title: 'Rapport moral',
          text,
          method: 'secret',
          majority: 'absolute',
          base: 'cast',
        },
      });
      assert.equal(resolution.status(), 201, await resolution.text());
      const opened = await staff.request.post(`/api/assemblies/${slug}/polls`, {
        headers,
        data: { resolutionId: ((await resolution.json()) as { id: string }).id },
      });
      assert.equal(opened.status(), 201, await opened.text());
      pollId = ((await opened.json()) as { id: string }).id;

      const viewports = [
        { width: 390, height: 844 },
        { width: 360, height: 740 },
      ];
      for (const [index, member] of members.entries()) {
        const phone = await browser.newContext({
          baseURL: server.url,
          locale: 'fr-FR',
          viewport: viewports[index]!,
          isMobile: true,
          hasTouch: true,
        });
        const token = await createConvocationLink(server.runtime.database.db, {
          assemblyId: assembly.id,
          membershipId: member.membershipId,
          personId: member.personId,
        });
        const page = await phone.newPage();
        // The member's own link, as the e-mail gives it, then "Rejoindre la séance".
        await page.goto(`/p#${token}`);
        await page.getByRole('button', { name: 'Rejoindre la séance' }).click();
        await page.getByRole('heading', { level: 1, name: 'Assemblée générale ordinaire' }).waitFor();
        phones.push({ page, membershipId: member.membershipId });
      }
      projector = await staff.newPage();
      await projector.goto(`/assemblies/${slug}/projector`);
      await projector.getByRole('heading', { level: 1, name: 'Assemblée générale ordinaire' }).waitFor();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('puts the question, its whole text and every choice on the first screen, without scrolling', async () => {
      for (const { page } of phones) {
        await page.getByRole('heading', { level: 2, name: 'Vote : Rapport moral' }).waitFor();
        await page.getByText(`L’Assemblée Générale ${text}.`).waitFor();
        await page.getByRole('radio', { name: 'Blanc' }).waitFor();
        const outside = await isWithinViewport(page, ['Pour', 'Contre', 'Abstention', 'Blanc', 'Voter']);
        assert.deepEqual(outside, [], `on ${page.viewportSize()!.width} px: all within the first screen`);
      }
      await expectNoAxeViolations(phones[0]!.page, 'phone with an open poll');
      await phones[1]!.page.screenshot({ path: '/tmp/quorum-phone-ballot-360.png' });
    });

    it('votes by touch and confirms with the time and a receipt code the server kept', async () => {
      const { page, membershipId } = phones[0]!;
      await page.getByText('Blanc', { exact: true }).tap();
      await page.getByRole('button', { name: 'Voter' }).tap();
      const confirmation = page.getByRole('status').filter({ hasText: 'Votre vote est enregistré.' });
      await confirmation.waitFor();
      await confirmation.getByText(/^Enregistré à \d{2}h\d{2}\.$/).waitFor();
      const code = (await confirmation.locator('code').textContent())!;
      assert.match(code, /^[0-9A-F]{4}-[0-9A-F]{4}$/);
      const [voter] = await rowsOf(server.runtime.database.db, 'poll_voters', {
        poll_id: pollId,
        membership_id: membershipId,
      });
      const key = voter!.cast_key!.replace(/-/g, '').toUpperCase();
      assert.equal(
        code,
        `${key.slice(0, 4)}-${key.slice(4, 8)}`,
        'the code is that of the key kept with the vote',
      );
      await confirmation.getByText(/ne permet pas de vérifier le décompte/).waitFor();
      await expectNoAxeViolations(page, 'phone after voting');
      await page.screenshot({ path: '/tmp/quorum-phone-receipt.png' });
      await page.reload();
      await page.getByText(/^Enregistré à \d{2}h\d{2}\.$/).waitFor();
      assert.equal(
        await page.locator('code').textContent(),
        code,
        'the receipt is still there after a reload',
      );
    });

    it('votes with the keyboard alone', async () => {
      const { page } = phones[1]!;
      const focusedName = () =>
        page.evaluate(() => {
          const element = document.activeElement as HTMLInputElement | null;
          return element?.type === 'radio' ? element.value : (element?.textContent ?? '');
        });
      let reached = '';
      for (let step = 0; step < 15 && reached !== 'for'; step += 1) {
        await page.keyboard.press('Tab');
        reached = await focusedName();
      }
      assert.equal(reached, 'for', 'Tab reaches the first choice');
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.getByRole('radio', { name: 'Contre' }).isChecked(), true);
      await page.keyboard.press('Tab');
      assert.equal(await focusedName(), 'Voter');
      await page.keyboard.press('Enter');
      await page.getByText('Votre vote est enregistré.').waitFor();
    });

    it('shows the way to join, the text voted, the live count, then the result as a chart', async () => {
      const qr = projector.getByRole('img', { name: /^Code QR du lien / });
      await qr.waitFor();
      assert.ok(await qr.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0));
      const shortLink = `${server.url.replace(/^https?:\/\//, '')}/p`;
      await projector.getByText(shortLink, { exact: true }).waitFor();
      const box = (await qr.boundingBox())!;
      assert.ok(box.width >= 160, `the code is large enough to scan from afar (${box.width} px)`);
      const item = projector.getByRole('region', { name: 'Point en cours' });
      assert.match((await item.textContent())!, /^Point en cours : Rapport moral$/);
      await projector.getByText(`L’Assemblée Générale ${text}.`).waitFor();
      await projector.getByText('2 sur 2 ont voté').waitFor();
      await expectNoAxeViolations(projector, 'projector with an open poll');

      const closed = await staff.request.post(`/api/assemblies/${slug}/polls/${pollId}/close`, { headers });
      assert.equal(closed.status(), 200, await closed.text());
      const chart = projector.getByRole('list', { name: 'Résultat en voix' });
      await chart.waitFor();
      const bars = await chart.getByRole('listitem').allTextContents();
      assert.deepEqual(bars, [
        'Pour0 voix · 0 %',
        'Contre1 voix · 50 %',
        'Abstention0 voix · 0 %',
        'Blanc1 voix · 50 %',
      ]);
      await projector
        .getByText(/^Rejetée — Résolution rejetée par 0 voix pour, 1 contre et 1 vote blanc\.$/)
        .waitFor();
      await expectNoAxeViolations(projector, 'projector with the result');
      await projector.screenshot({ path: '/tmp/quorum-projector-result.png' });
      await phones[0]!.page.getByText(/^Rejetée — /).waitFor();
    });

    it('leads the QR code to where a member opens their own link, and a phone signed in to its session', async () => {
      const stranger = await browser.newContext({
        baseURL: server.url,
        locale: 'fr-FR',
        viewport: { width: 390, height: 844 },
      });
      const page = await stranger.newPage();
      await page.goto('/p');
      await page.getByRole('heading', { level: 1, name: 'Rejoindre la séance' }).waitFor();
      await page.getByRole('textbox', { name: 'Votre lien personnel' }).fill('https://example.org/autre');
      await page.getByRole('button', { name: 'Ouvrir mon lien' }).click();
      await page.getByText('Ce n’est pas un lien de convocation').waitFor();
      await expectNoAxeViolations(page, 'the page the QR code opens');
      await stranger.close();

      const member = phones[0]!.page;
      await member.goto('/p');
      await member.waitForURL(/\/participant$/);
      await member.getByRole('heading', { level: 1, name: 'Assemblée générale ordinaire' }).waitFor();
    });
  },
);
