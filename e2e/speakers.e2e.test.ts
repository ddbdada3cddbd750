import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dayIn } from '../common/time-zones.ts';
import { loadDemo } from '../server/src/db/seed/demo.ts';
import { createUser, testPassword } from '../server/test/factories.ts';
import { createConvocationLink } from '../server/test/participants.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

describe(
  'a speaker list from two phones, on the projector and in the minutes',
  { skip: chromiumSkipReason() },
  () => {
    let server: TestServer;
    let browser: Browser;
    let staff: BrowserContext;
    let control: Page;
    let projector: Page;
    const phones: Page[] = [];
    let itemId = '';
    const slug = 'ag-parole';

    before(async () => {
      server = await startTestServer('sqlite');
      await loadDemo(server.runtime.database.db);
      const secretary = await createUser(server.runtime, { role: 'secretary' });
      browser = await launchBrowser();
      staff = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
      const signIn = await staff.request.post('/api/session', {
        data: { email: secretary.email, password: testPassword },
      });
      const { csrfToken } = (await signIn.json()) as { csrfToken: string };
      const headers = { 'x-csrf-token': csrfToken };
      const created = await staff.request.post('/api/assemblies', {
        headers,
        data: {
          slug,
          kind: 'ordinary',
          title: 'Assemblée de la parole',
          heldOn: dayIn('Europe/Paris'),
          place: 'Superpublic',
          plannedStart: '14:00',
          membershipYear: 2017,
          agenda: [
            { kind: 'informative', title: 'Rapport moral' },
            { kind: 'deliberative', title: 'Approbation des comptes' },
          ],
        },
      });
      const assembly = (await created.json()) as { id: string; agenda: { id: string }[] };
      itemId = assembly.agenda[0]!.id;
      const sheet = (await (await staff.request.get(`/api/assemblies/${slug}/attendance`)).json()) as {
        votingMembers: { membershipId: string; personId: string | null }[];
      };
      const members = sheet.votingMembers.filter((member) => member.personId).slice(0, 2);
      for (const member of members) {
        const added = await staff.request.post(`/api/assemblies/${slug}/attendance`, {
          headers,
          data: {
            personId: member.personId,
            membershipId: member.membershipId,
            role: 'voting_member',
            status: 'present',
          },
        });
        assert.equal(added.status(), 201);
      }
      assert.equal((await staff.request.post(`/api/assemblies/${slug}/open`, { headers })).status(), 200);
      const current = await staff.request.put(`/api/assemblies/${slug}/current-item`, {
        headers,
        data: { agendaItemId: assembly.agenda[0]!.id },
      });
      assert.equal(current.status(), 200);
      for (const member of members) {
        const phone = await browser.newContext({
          baseURL: server.url,
          locale: 'fr-FR',
          viewport: { width: 390, height: 844 },
        });
        const token = await createConvocationLink(server.runtime.database.db, {
          assemblyId: assembly.id,
          membershipId: member.membershipId,
          personId: member.personId,
        });
        assert.equal(
          (await phone.request.post('/api/convocations/sign-in', { data: { token } })).status(),
          200,
        );
        const page = await phone.newPage();
        await page.goto('/participant');
        await page.getByRole('heading', { level: 1, name: 'Assemblée de la parole' }).waitFor();
        phones.push(page);
      }
      projector = await staff.newPage();
      await projector.goto(`/assemblies/${slug}/projector`);
      await projector.getByRole('heading', { level: 1, name: 'Assemblée de la parole' }).waitFor();
      control = await staff.newPage();
      await control.goto(`/assemblies/${slug}/control`);
      await control.getByRole('heading', { level: 2, name: 'Orateurs' }).waitFor();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('takes both phones’ requests, in order, to the control room and the projector', async () => {
      await phones[0]!.getByRole('button', { name: 'Demander la parole' }).click();
      await phones[0]!.getByText('Demande enregistrée : votre tour vient ensuite.').waitFor();
      await phones[1]!.getByRole('button', { name: 'Demander la parole' }).click();
      await phones[1]!.getByText('Demande enregistrée : 1 personne avant vous.').waitFor();
      const list = control.getByRole('list', { name: 'Liste des orateurs' });
      await list.getByRole('listitem').nth(1).waitFor();
      const rows = await list.getByRole('listitem').allTextContents();
      assert.equal(rows.length, 2);
      await projector.getByText(/^Ensuite\s: /).waitFor({ timeout: 3000 });
      await expectNoAxeViolations(phones[1]!, 'phone waiting to speak');
      await expectNoAxeViolations(control, 'control room with speakers');
    });

    it('lets the chair reorder and give the floor, with the time left on every screen', async () => {
      // The second phone goes first.
      await control.getByRole('button', { name: /^Monter / }).click();
      await phones[1]!
        .getByText('Demande enregistrée : votre tour vient ensuite.')
        .waitFor({ timeout: 3000 });
      await phones[0]!.getByText('Demande enregistrée : 1 personne avant vous.').waitFor({ timeout: 3000 });
      await control.getByRole('button', { name: 'Donner la parole' }).first().click();
      await phones[1]!.getByText('Vous avez la parole.').waitFor({ timeout: 3000 });
      await phones[0]!
        .getByText(/^Demande enregistrée\s: votre tour vient ensuite\.$/)
        .waitFor({ timeout: 3000 });
      await projector.getByText(/ a la parole/).waitFor({ timeout: 3000 });
      await projector.getByText(/^[23]:\d\d restantes$/).waitFor();
      await phones[0]!.getByText(/^[23]:\d\d restantes$/).waitFor();
      await expectNoAxeViolations(projector, 'projector with a speaker');
      await projector.screenshot({ path: '/tmp/quorum-speakers-projector.png' });
      await phones[0]!.screenshot({ path: '/tmp/quorum-speakers-phone.png', fullPage: true });
      // Giving the floor to the next ends the first intervention.
      await control.getByRole('button', { name: 'Donner la parole' }).first().click();
      await phones[0]!.getByText('Vous avez la parole.').waitFor({ timeout: 3000 });
      await control.getByRole('button', { name: 'Terminer' }).click();
      await phones[0]!.getByRole('button', { name: 'Demander la parole' }).waitFor({ timeout: 3000 });
      await control.screenshot({ path: '/tmp/quorum-speakers-control.png', fullPage: true });
    });

    it('puts the kept list in the minutes, in the order they spoke', async () => {
      const minutes = await staff.request.get(`/api/assemblies/${slug}/minutes/document?format=md`);
      assert.equal(minutes.status(), 200);
      const text = await minutes.text();
      const list = (await (
        await staff.request.get(`/api/assemblies/${slug}/agenda/${itemId}/speakers`)
      ).json()) as {
        speakers: { name: string; status: string }[];
      };
      assert.deepEqual(
        list.speakers.map((speaker) => speaker.status),
        ['done', 'done'],
      );
      const [first, second] = list.speakers.map((speaker) => speaker.name);
      assert.ok(text.includes(`Interventions\u202f: ${first} et ${second}.`), text);
      const isKept = control.getByRole('checkbox', { name: /^Reporter la liste au procès-verbal/ });
      await isKept.click();
      await waitFor(async () => !(await isKept.isChecked()));
      await waitFor(async () => {
        const again = await (
          await staff.request.get(`/api/assemblies/${slug}/minutes/document?format=md`)
        ).text();
        return !again.includes('Interventions\u202f: ');
      });
    });
  },
);

async function waitFor(check: () => Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
