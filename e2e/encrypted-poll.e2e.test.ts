import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dayIn } from '../common/time-zones.ts';
import { createCategories, createUser, testPassword } from '../server/test/factories.ts';
import { HttpClient } from '../server/test/http-client.ts';
import { createConvocationLink } from '../server/test/participants.ts';
import { startTestServer, type TestServer } from '../server/test/test-server.ts';
import { chromiumSkipReason, expectNoAxeViolations, launchBrowser } from './browser.ts';

const today = dayIn('Europe/Paris');
const year = Number(today.slice(0, 4));
const slug = 'ag-chiffree';
const run = promisify(execFile);
const repository = path.resolve(import.meta.dirname, '..');

type Member = { personId: string; membershipId: string };

/**
 * An encrypted secret poll from end to end, every party on its own browser page: two scrutineers
 * make the key on their devices, three phones vote (one carrying a proxy, one weighing 3), the
 * scrutineers' pages decrypt at the close, the projector shows the result, and the public record
 * passes `quorum votes verify` while an altered one is refused by the /verify page.
 */
describe(
  'an encrypted secret poll, from the key ceremony to the verified record',
  { skip: chromiumSkipReason() },
  () => {
    let server: TestServer;
    let browser: Browser;
    let staff: BrowserContext;
    let control: Page;
    let projector: Page;
    const trustees: Page[] = [];
    const phones: Page[] = [];
    const members: Record<string, Member> = {};
    let pollId = '';
    let record: Record<string, unknown> & { result: { choice: string; count: number }[] };
    let shareBackup = '';

    before(async () => {
      server = await startTestServer('sqlite');
      await createCategories(server.runtime);
      const admin = new HttpClient(server.url);
      await admin.signIn((await createUser(server.runtime, { role: 'administrator' })).email, testPassword);
      const statutes = await admin.send('POST', '/api/statutes', {
        effectiveFrom: '2000-01-01',
        votingWeights: { individual: 1, legal_entity: 3 },
        requiresFeePaid: false,
        ordinaryQuorum: null,
        extraordinaryQuorum: null,
        doProxiesCount: true,
        isSecondConvocationFree: true,
        maxProxiesPerHolder: 2,
        doesRemoteCount: true,
        defaultMajority: 'simple',
        noticeDays: 15,
      });
      assert.equal(statutes.status, 201, JSON.stringify(statutes.json()));
      const secretary = await createUser(server.runtime, { role: 'secretary' });
      const api = new HttpClient(server.url);
      await api.signIn(secretary.email, testPassword);
      const person = async (firstName: string, lastName: string) =>
        ((await api.send('POST', '/api/persons', { firstName, lastName })).json() as { id: string }).id;
      // A holds C's proxy; B votes alone; D, a legal entity, weighs 3 and votes through its agent.
      for (const key of ['A', 'B', 'C', 'D']) {
        const personId = await person(`Membre${key}`, `Votant${key}`);
        let body: Record<string, unknown> = { personId, category: 'individual' };
        if (key === 'D') {
          const organisation = (
            await api.send('POST', '/api/organisations', { name: 'Ville Chiffrée', kind: 'municipality' })
          ).json() as { id: string };
          body = { organisationId: organisation.id, category: 'legal_entity' };
        }
        const membership = (
          await api.send('POST', '/api/memberships', {
            year,
            status: 'validated',
            effectiveOn: `${year}-01-01`,
            ...body,
          })
        ).json() as { id: string };
        members[key] = { personId, membershipId: membership.id };
      }
      const scrutineers = [await person('Sylvie', 'Scrutatrice'), await person('Samuel', 'Scrutateur')];
      const created = await api.send('POST', '/api/assemblies', {
        slug,
        kind: 'ordinary',
        title: 'Assemblée chiffrée',
        heldOn: today,
        place: 'Salle',
        plannedStart: '09:00',
        membershipYear: year,
        scrutineerPersonIds: scrutineers,
        agenda: [{ kind: 'deliberative', title: 'Comptes' }],
      });
      assert.equal(created.status, 201, JSON.stringify(created.json()));
      const assembly = created.json() as { id: string; agenda: { id: string }[] };
      for (const key of ['A', 'B', 'D']) {
        const response = await api.send('POST', `/api/assemblies/${slug}/attendance`, {
          personId: members[key]!.personId,
          membershipId: members[key]!.membershipId,
          role: 'voting_member',
          status: 'present',
        });
        assert.equal(response.status, 201, JSON.stringify(response.json()));
      }
      const proxy = await api.send('POST', `/api/assemblies/${slug}/proxies`, {
        giverMembershipId: members.C!.membershipId,
        holderMembershipId: members.A!.membershipId,
      });
      assert.equal(proxy.status, 201, JSON.stringify(proxy.json()));
      assert.equal((await api.send('POST', `/api/assemblies/${slug}/open`)).status, 200);
      const resolution = await api.send('POST', `/api/assemblies/${slug}/resolutions`, {
        agendaItemId: assembly.agenda[0]!.id,
        title: 'Comptes chiffrés',
        text: 'approuve les comptes',
        method: 'secret',
      });
      assert.equal(resolution.status, 201, JSON.stringify(resolution.json()));

      browser = await launchBrowser();
      staff = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
      const signIn = await staff.request.post('/api/session', {
        data: { email: secretary.email, password: testPassword },
      });
      assert.equal(signIn.status(), 200);
      for (const key of ['A', 'B', 'D']) {
        const phone = await browser.newContext({
          baseURL: server.url,
          locale: 'fr-FR',
          viewport: { width: 390, height: 844 },
        });
        const token = await createConvocationLink(server.runtime.database.db, {
          assemblyId: assembly.id,
          membershipId: members[key]!.membershipId,
          personId: members[key]!.personId,
        });
        assert.equal(
          (await phone.request.post('/api/convocations/sign-in', { data: { token } })).status(),
          200,
        );
        const page = await phone.newPage();
        await page.goto('/participant');
        await page.getByRole('heading', { level: 1, name: 'Assemblée chiffrée' }).waitFor();
        phones.push(page);
      }
      projector = await staff.newPage();
      await projector.goto(`/assemblies/${slug}/projector`);
      await projector.getByRole('heading', { level: 1, name: 'Assemblée chiffrée' }).waitFor();
      control = await staff.newPage();
      await control.goto(`/assemblies/${slug}/control`);
      await control.getByRole('heading', { level: 2, name: 'Clé du scrutin chiffré' }).waitFor();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('warns that secret polls are not encrypted, then makes the key with the two scrutineers', async () => {
      await control.getByText('Les votes secrets ne seront pas chiffrés').waitFor();
      await expectNoAxeViolations(control, 'control page without a key');
      await control.getByRole('button', { name: 'Créer la clé' }).click();
      await control.getByRole('heading', { name: 'Liens des assesseurs' }).waitFor();
      for (const index of [1, 2]) {
        const link = (await control.getByTestId(`trustee-link-${index}`).textContent()) ?? '';
        assert.match(link, /\/trustee#[\w-]{20,}$/);
        const context = await browser.newContext({ baseURL: server.url, locale: 'fr-FR' });
        const page = await context.newPage();
        await page.goto(link);
        await page.getByRole('heading', { level: 1, name: 'Assesseur du scrutin chiffré' }).waitFor();
        assert.equal(new URL(page.url()).hash, '', 'the token leaves the address bar');
        trustees.push(page);
      }
      for (const page of trustees) {
        await page.getByText('La clé est prête. Laissez la page ouverte pendant l’assemblée.').waitFor({
          timeout: 20_000,
        });
        await page.getByTestId('backup-share').waitFor();
      }
      shareBackup = (await trustees[1]!.getByTestId('backup-share').textContent()) ?? '';
      assert.match(shareBackup, /^quorum-trustee:[\w-]+:2:share:[0-9a-f]{64}$/);
      const fingerprints = await Promise.all(
        trustees.map((page) =>
          page.getByRole('region', { name: 'Empreinte de la clé' }).locator('code').textContent(),
        ),
      );
      assert.equal(fingerprints[0], fingerprints[1], 'both scrutineers read the same fingerprint');
      await control
        .getByText('La clé est prête : les votes secrets seront chiffrés.')
        .waitFor({ timeout: 10_000 });
      await control.getByText(fingerprints[0]!).waitFor();
      await expectNoAxeViolations(trustees[0]!, 'trustee page with the key ready');
      await expectNoAxeViolations(control, 'control page with the key ready');
    });

    it('encrypts each ballot on the phones and gives each a tracker', async () => {
      await control.getByRole('button', { name: 'Ouvrir le scrutin' }).click();
      for (const page of phones)
        await page.getByRole('heading', { name: 'Vote : Comptes chiffrés' }).waitFor();
      const poll = (await (await phones[0]!.request.get('/api/participant/poll')).json()) as {
        poll: { id: string; encryption: unknown };
      };
      pollId = poll.poll.id;
      assert.ok(poll.poll.encryption, 'the poll is encrypted');
      const [a, b, d] = phones as [Page, Page, Page];
      // A votes for, and against for C who gave A a proxy; B abstains; D (3 votes) votes for.
      await a
        .getByRole('radiogroup', { name: /^Votre vote/ })
        .getByRole('radio', { name: 'Pour' })
        .check();
      await a
        .getByRole('radiogroup', { name: /^Pour MembreC/ })
        .getByRole('radio', { name: 'Contre' })
        .check();
      await b.getByRole('radio', { name: 'Abstention' }).check();
      await d.getByRole('radio', { name: 'Pour' }).check();
      await expectNoAxeViolations(a, 'phone with an encrypted poll');
      for (const page of phones) {
        await page.getByRole('button', { name: 'Voter' }).click();
        await page.getByRole('heading', { name: 'Votre reçu' }).waitFor({ timeout: 10_000 });
      }
      // Four members' votes: A's own and C's by proxy, B's, and D's (weighing 3).
      await projector.getByText('4 sur 4 ont voté').waitFor({ timeout: 5000 });
      const box = (await (await staff.request.get(`/api/polls/${pollId}/ballot-box`)).json()) as {
        trackers: string[];
      };
      assert.equal(box.trackers.length, 4, 'four ballots: A, C by proxy, B and D');
      const receiptCodes = await a
        .getByRole('region', { name: 'Votre reçu' })
        .locator('code')
        .allTextContents();
      assert.equal(receiptCodes.length, 2, 'A carries two ballots');
      for (const code of receiptCodes) {
        assert.equal(code.length, 8);
        assert.ok(
          box.trackers.some((tracker) => tracker.startsWith(code)),
          `tracker ${code} in the box`,
        );
      }
      await expectNoAxeViolations(a, 'phone with its receipt');
    });

    it('waits for the scrutineers at the close, then shows the result once their pages decrypt', async () => {
      // The scrutineers step away: the count waits for one of them.
      for (const page of trustees) await page.goto('about:blank');
      await control.getByRole('button', { name: 'Clore le scrutin' }).click();
      await control
        .getByRole('dialog', { name: 'Clore le scrutin ?' })
        .getByRole('button', { name: 'Clore le scrutin' })
        .click();
      await projector
        .getByText(/^Dépouillement en cours\s: 1 sur 2 assesseurs$/)
        .waitFor({ timeout: 10_000 });
      await expectNoAxeViolations(projector, 'projector while decrypting');
      // Back on the same tab, the page finds its token again; its secret was lost, the printed backup
      // restores it, and the page decrypts.
      const trustee = trustees[1]!;
      await trustee.goto('/trustee');
      await trustee.evaluate(() => window.localStorage.clear());
      await trustee.reload();
      await trustee.getByText('Ce navigateur n’a pas votre secret d’assesseur').waitFor({ timeout: 10_000 });
      await expectNoAxeViolations(trustee, 'trustee page without its secret');
      await trustee.getByLabel('Sauvegarde', { exact: true }).fill(shareBackup);
      await trustee.getByRole('button', { name: 'Restaurer' }).click();
      await trustee.getByText('Part du dépouillement envoyée pour « Comptes chiffrés ».').waitFor({
        timeout: 20_000,
      });
      await projector.getByText('Pour 4 · Contre 1 · Abstention 1 · Blanc 0').waitFor({ timeout: 10_000 });
      await projector.getByText(/^Adoptée — /).waitFor();
      await phones[1]!.getByText(/^Adoptée — /).waitFor({ timeout: 10_000 });
      await projector.screenshot({ path: '/tmp/quorum-encrypted-projector.png' });
    });

    it('publishes a record that quorum votes verify accepts', async () => {
      const response = await staff.request.get(`/api/polls/${pollId}/record.json`);
      assert.equal(response.status(), 200);
      record = (await response.json()) as typeof record;
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-record-'));
      const verify = (name: string, content: unknown) => {
        const file = path.join(folder, name);
        fs.writeFileSync(file, JSON.stringify(content));
        return run(process.execPath, ['bin/quorum.mjs', 'votes', 'verify', file], { cwd: repository });
      };
      await verify('record.json', record);
      await assert.rejects(verify('altered.json', alter(record)), 'an altered record is refused');
    });

    it('checks the record on /verify, finds a tracker in the ballot box, and refuses an altered record', async () => {
      const page = phones[0]!;
      // The proofs are checked on a Web Worker, off the page's thread.
      const worker = page.waitForEvent('worker', { timeout: 10_000 });
      await page.goto(`/verify#poll=${pollId}`);
      await worker;
      const outcome = page.getByTestId('verify-outcome');
      await outcome.getByText('Registre valide').waitFor({ timeout: 30_000 });
      await page.getByText('Vos bulletins, gardés sur cet appareil :').waitFor();
      assert.equal(await page.getByText('présent dans l’urne').count(), 2);
      await expectNoAxeViolations(page, 'verify page with a valid record');
      await page.locator('input[type=file]').setInputFiles({
        name: 'altered.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(alter(record))),
      });
      await outcome.getByText('Registre refusé').waitFor({ timeout: 30_000 });
      await outcome.getByText('Le résultat annoncé n’est pas celui du dépouillement.').waitFor();
      await expectNoAxeViolations(page, 'verify page with a refused record');
    });
  },
);

/** The record with one more vote for than the count gives. */
function alter(record: { result: { choice: string; count: number }[] }) {
  return {
    ...record,
    result: record.result.map((item) => (item.choice === 'for' ? { ...item, count: item.count + 1 } : item)),
  };
}
