import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dayIn } from '../common/time-zones.ts';
import { loadDemo } from '../server/src/db/seed/demo.ts';
import { createUser, testPassword } from '../server/test/factories.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

describe('check-in at the door and the projector, in the browser', { skip: chromiumSkipReason() }, () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let projector: Page;
  let tablet: Page;
  const slug = 'ag-jour';

  before(async () => {
    server = await startTestServer('sqlite');
    await loadDemo(server.runtime.database.db);
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
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const created = await context.request.post('/api/assemblies', {
      headers: { 'x-csrf-token': csrfToken },
      data: {
        slug,
        kind: 'ordinary',
        title: 'Assemblée du jour',
        heldOn: dayIn('Europe/Paris'),
        place: 'Superpublic',
        plannedStart: '14:00',
        membershipYear: 2017,
        agenda: [{ kind: 'informative', title: 'Accueil des adhérents' }],
      },
    });
    assert.equal(created.status(), 201);
    projector = await context.newPage();
    tablet = await context.newPage();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the projector with no one present yet', async () => {
    await projector.goto(`/assemblies/${slug}/projector`);
    await projector.getByRole('heading', { level: 1, name: 'Assemblée du jour' }).waitFor();
    await projector
      .getByLabel('Quorum', { exact: true })
      .getByText(/^0 membre présent ou représenté/)
      .waitFor();
    await expectNoAxeViolations(projector, 'projector');
  });

  it('checks someone in from the tablet with one tap, and the projector follows', async () => {
    await tablet.goto(`/assemblies/${slug}/check-in`);
    await tablet.getByRole('heading', { level: 1, name: 'Pointage' }).waitFor();
    await expectNoAxeViolations(tablet, 'check-in page');
    await tablet.getByLabel('Rechercher un nom', { exact: true }).fill('largeau');
    const tap = tablet.getByRole('button', { name: 'Voix de Ville de Paris : pointer LARGEAU Sophie' });
    await tap.click();
    await tablet.getByText('LARGEAU Sophie est pointé présent, avec la voix de Ville de Paris.').waitFor();
    await expectNoAxeViolations(tablet, 'check-in page after a check-in');
    await projector
      .getByLabel('Quorum', { exact: true })
      .getByText(/^1 membre présent ou représenté/)
      .waitFor();

    await tablet.getByRole('button', { name: 'Annuler le pointage de LARGEAU Sophie' }).click();
    await tablet.getByText('Pointage de LARGEAU Sophie annulé.').waitFor();
    await projector
      .getByLabel('Quorum', { exact: true })
      .getByText(/^0 membre présent ou représenté/)
      .waitFor();
  });

  it('shows the agenda item the control page chooses', async () => {
    await tablet.goto(`/assemblies/${slug}/control`);
    await tablet.getByRole('heading', { level: 1 }).waitFor();
    await expectNoAxeViolations(tablet, 'control page');
    await tablet
      .getByLabel('Point en cours', { exact: true })
      .selectOption({ label: '1. Accueil des adhérents' });
    await projector
      .getByLabel('Point en cours', { exact: true })
      .getByText('Accueil des adhérents')
      .waitFor();
    assert.equal(
      await projector
        .getByLabel('Point en cours', { exact: true })
        .getByText('Accueil des adhérents')
        .count(),
      1,
    );
  });
});
