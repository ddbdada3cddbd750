import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { dayIn } from '../common/time-zones.ts';
import { loadDemo } from '../server/src/db/seed/demo.ts';
import { createUser, testPassword } from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

describe('an election by electronic poll, from the control room', { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let control: Page;
  let headers: Record<string, string>;
  const slug = 'ag-election';

  before(async () => {
    server = await startTestServer('sqlite');
    await loadDemo(server.runtime.database.db);
    const secretary = await createUser(server.runtime, { role: 'secretary' });
    browser = await launchBrowser();
    const staff = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
    const signIn = await staff.request.post('/api/session', {
      data: { email: secretary.email, password: testPassword },
    });
    headers = { 'x-csrf-token': ((await signIn.json()) as { csrfToken: string }).csrfToken };
    const created = await staff.request.post('/api/assemblies', {
      headers,
      data: {
        slug,
        kind: 'ordinary',
        title: 'Assemblée élective',
        heldOn: dayIn('Europe/Paris'),
        place: 'Salle',
        plannedStart: '14:00',
        membershipYear: 2017,
        agenda: [{ kind: 'election', title: 'Conseil d’administration' }],
      },
    });
    assert.equal(created.status(), 201);
    const assembly = (await created.json()) as { agenda: { id: string }[] };
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
    const election = await staff.request.post(`/api/assemblies/${slug}/elections`, {
      headers,
      data: {
        agendaItemId: assembly.agenda[0]!.id,
        title: 'Élection du conseil',
        seats: 1,
        isSecret: false,
        mandateStartsOn: dayIn('Europe/Paris'),
        candidates: members.map((member) => ({ personId: member.personId })),
      },
    });
    assert.equal(election.status(), 201, await election.text());
    control = await staff.newPage();
    await control.goto(`/assemblies/${slug}/control`);
    await control.getByRole('heading', { name: 'Élections' }).waitFor();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the election’s poll, and closes it after a confirmation', async () => {
    const card = control.getByRole('article', { name: 'Élection du conseil' });
    await card.getByRole('button', { name: 'Ouvrir le scrutin' }).click();
    await card.getByRole('button', { name: 'Clore le scrutin' }).click();
    const dialog = control.getByRole('dialog', { name: 'Clore le scrutin ?' });
    await dialog.waitFor();
    await expectNoAxeViolations(control, 'the confirmation to close an election’s poll');
    // The safe choice has the focus: Enter keeps the poll open.
    await control.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await card.getByRole('button', { name: 'Clore le scrutin' }).click();
    await dialog.getByRole('button', { name: 'Clore le scrutin' }).click();
    await card.getByRole('button', { name: 'Clore le scrutin' }).waitFor({ state: 'detached' });
    const polls = (await (await control.request.get(`/api/assemblies/${slug}/polls`)).json()) as {
      polls: { status: string; electionId: string | null }[];
    };
    assert.deepEqual(
      polls.polls.filter((poll) => poll.electionId).map((poll) => poll.status),
      ['closed'],
    );
  });
});
