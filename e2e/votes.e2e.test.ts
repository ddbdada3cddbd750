import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dayIn } from '../common/time-zones.ts';
import { loadDemo } from '../server/src/db/seed/demo.ts';
import { createUser, testPassword } from '../server/test/factories.ts';
import { createConvocationLink } from '../server/test/participants.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

describe('a live secret vote from two phones, with the projector', { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let staff: BrowserContext;
  let control: Page;
  let projector: Page;
  const voters: Page[] = [];
  const slug = 'ag-vote';

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
        title: 'Assemblée du vote',
        heldOn: dayIn('Europe/Paris'),
        place: 'Superpublic',
        plannedStart: '14:00',
        membershipYear: 2017,
        agenda: [{ kind: 'deliberative', title: 'Approbation des comptes' }],
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
    const resolution = await staff.request.post(`/api/assemblies/${slug}/resolutions`, {
      headers,
      data: {
        agendaItemId: assembly.agenda[0]!.id,
        title: 'Comptes 2029',
        text: 'approuve les comptes 2029',
        method: 'secret',
      },
    });
    assert.equal(resolution.status(), 201);
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
      await page.getByRole('heading', { level: 1, name: 'Assemblée du vote' }).waitFor();
      voters.push(page);
    }
    projector = await staff.newPage();
    await projector.goto(`/assemblies/${slug}/projector`);
    await projector.getByRole('heading', { level: 1, name: 'Assemblée du vote' }).waitFor();
    control = await staff.newPage();
    await control.goto(`/assemblies/${slug}/control`);
    await control.getByRole('heading', { level: 2, name: 'Résolutions et votes' }).waitFor();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the opened poll on both phones within a second', async () => {
    await expectNoAxeViolations(control, 'control page with the resolutions');
    await control.getByRole('button', { name: 'Ouvrir le scrutin' }).click();
    for (const page of voters) {
      await page.getByRole('heading', { name: 'Vote : Comptes 2029' }).waitFor({ timeout: 1000 });
    }
    await projector.getByText('0 sur 2 ont voté').waitFor();
    await expectNoAxeViolations(voters[0]!, 'phone with an open poll');
  });

  it('takes each phone’s vote and the projector counts them live', async () => {
    await voters[0]!.getByRole('radio', { name: 'Pour' }).check();
    await voters[0]!.getByRole('button', { name: 'Voter' }).click();
    await voters[0]!.getByText('Votre vote est enregistré.').waitFor();
    await projector.getByText('1 sur 2 ont voté').waitFor({ timeout: 3000 });
    await voters[1]!.getByRole('radio', { name: 'Contre' }).check();
    await voters[1]!.getByRole('button', { name: 'Voter' }).click();
    await voters[1]!.getByText('Votre vote est enregistré.').waitFor();
    await projector.getByText('2 sur 2 ont voté').waitFor({ timeout: 3000 });
  });

  it('shows the result on the projector and the phones when the secretary closes', async () => {
    await control.getByRole('button', { name: 'Clore le scrutin' }).click();
    await control
      .getByRole('dialog', { name: 'Clore le scrutin ?' })
      .getByRole('button', { name: 'Clore le scrutin' })
      .click();
    await projector.getByText('Pour 1 · Contre 1 · Abstention 0 · Blanc 0').waitFor();
    await projector.getByText(/^Rejetée — Résolution rejetée par 1 voix pour et 1 contre\.$/).waitFor();
    await voters[0]!.getByText(/^Rejetée — /).waitFor();
    await control.getByRole('link', { name: 'Résultat (PDF)' }).waitFor();
    await expectNoAxeViolations(projector, 'projector with the result');
    await projector.screenshot({ path: '/tmp/quorum-votes-projector.png' });
    await voters[1]!.screenshot({ path: '/tmp/quorum-votes-phone.png', fullPage: true });
    await control.screenshot({ path: '/tmp/quorum-votes-control.png', fullPage: true });
  });
});
