import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { formatLongDate } from '../../../../common/format.ts';
import { dayIn } from '../../../../common/time-zones.ts';
import { repositoryRoot } from '../../config.ts';
import { testEngines } from '../../../test/databases.ts';
import { createAssembly, createStatutes, createUser, createCategories } from '../../../test/factories.ts';
import { changeRows } from '../../../test/inspect.ts';
import { linkIn } from '../../../test/smtp-server.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

const logo = fs.readFileSync(path.join(repositoryRoot, 'fixtures', 'imports', 'logo.png'));
const year = Number(dayIn('Europe/Paris').slice(0, 4));

function dayPlus(days: number): string {
  const today = dayIn('Europe/Paris');
  return new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

for (const engine of testEngines()) {
  describe(`convocations on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    let people: { id: string; membershipId: string; email: string | null }[];

    async function convene(slug: string, heldOn: string) {
      const created = await secretary.post('/api/assemblies', {
        slug,
        kind: 'ordinary',
        title: 'Assemblée générale annuelle',
        heldOn,
        place: 'Maison des associations',
        plannedStart: '14:00',
        plannedEnd: '17:00',
        membershipYear: year,
        agenda: [{ kind: 'deliberative', title: 'Approuver les comptes 2029' }],
      });
      assert.equal(created.statusCode, 201, created.body);
    }

    async function waitUntilSent(slug: string) {
      for (let attempt = 0; attempt < 100; attempt += 1) {
        const progress = (await secretary.get(`/api/assemblies/${slug}/convocations`)).json();
        if (progress.pending === 0) return progress;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('convocations still pending');
    }

    /** An assembly in five days, convened: Alice's and Bruno's notices sent, Chloé's failed (no address). */
    async function conveneAndSend(slug: string) {
      await convene(slug, dayPlus(5));
      await secretary.post(`/api/assemblies/${slug}/convocations`, {});
      return waitUntilSent(slug);
    }

    // Each test starts from a database and a mailbox of its own.
    beforeEach(async () => {
      test = await createTestApp(engine);
      await createCategories(test.runtime);
      people = [];
      // Statutes asking for 15 days' notice, and an assembly already held.
      await createStatutes(test.runtime, { noticeDays: 15 });
      await createAssembly(test.runtime, { slug: 'ag-2017', heldOn: '2017-06-21' });
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      const names: [string, string, string | null][] = [
        ['Alice', 'Convoquée', 'alice@example.org'],
        ['Bruno', 'Mandataire', 'bruno@example.org'],
        ['Chloé', 'Sansmail', null],
      ];
      for (const [firstName, lastName, email] of names) {
        const person = (await secretary.post('/api/persons', { firstName, lastName, email })).json();
        const membership = (
          await secretary.post('/api/memberships', {
            year,
            personId: person.id,
            category: 'individual',
            status: 'validated',
            effectiveOn: `${year}-01-02`,
          })
        ).json();
        people.push({ id: person.id, membershipId: membership.id, email });
      }
    });
    afterEach(() => test.close());

    it('e-mails each voting member a notice with the agenda, a calendar invitation and a personal link', async () => {
      await convene('ag-2030', dayPlus(5));
      const sent = await secretary.post('/api/assemblies/ag-2030/convocations', {});
      assert.equal(sent.statusCode, 202);
      assert.equal(sent.json().queued, 3);
      assert.match(sent.json().warning, /tardive.*15 jours/, 'five days is later than the statutes allow');
      const progress = await waitUntilSent('ag-2030');
      assert.equal(progress.sent, 2);
      assert.equal(progress.failed, 1);
      assert.match(
        progress.recipients.find((row: { status: string }) => row.status === 'failed').error,
        /adresse/,
      );

      const mail = await test.smtp.waitForMessage((message) =>
        JSON.stringify(message.to).includes('alice@example.org'),
      );
      assert.match(mail.subject ?? '', /Convocation/);
      assert.match(mail.text ?? '', /Approuver les comptes 2029/);
      assert.match(mail.text ?? '', /Maison des associations/);
      const calendar = mail.attachments.find((attachment) =>
        attachment.contentType.startsWith('text/calendar'),
      );
      assert.ok(calendar, 'an .ics invitation is attached');
      assert.match(calendar!.content.toString(), /BEGIN:VEVENT[\s\S]*LOCATION:Maison des associations/);
    });

    it('sends again only to those that failed', async () => {
      assert.equal((await conveneAndSend('ag-2030')).failed, 1);
      const before = test.smtp.messages.length;
      await changeRows(
        test.runtime.database,
        'persons',
        { id: people[2]!.id },
        { email: 'chloe@example.org' },
      );
      const again = await secretary.post('/api/assemblies/ag-2030/convocations', { onlyFailed: true });
      assert.equal(again.json().queued, 1);
      const progress = await waitUntilSent('ag-2030');
      assert.equal(progress.sent, 3);
      await test.smtp.waitForMessage((message) => JSON.stringify(message.to).includes('chloe@example.org'));
      assert.equal(test.smtp.messages.length, before + 1, 'nobody else received it twice');
      const nothingLeft = await secretary.post('/api/assemblies/ag-2030/convocations', { onlyFailed: true });
      assert.equal(nothingLeft.statusCode, 400);
    });

    it('lets the member give a proxy through the link, and the sheet and quorum follow', async () => {
      await conveneAndSend('ag-2030');
      const mail = test.smtp.messages.find((message) =>
        JSON.stringify(message.to).includes('alice@example.org'),
      )!;
      const token = linkIn(mail, `${test.config.publicUrl}/p#`).split('#').pop()!;
      const described = (await test.client().post('/api/convocations/view', { token })).json();
      assert.equal(described.memberName, 'Alice Convoquée');
      assert.equal(described.isToday, false);
      const answered = await test.client().post('/api/convocations/answer', {
        token,
        answer: 'proxy',
        holderMembershipId: people[1]!.membershipId,
      });
      assert.equal(answered.statusCode, 200, answered.body);
      assert.equal(answered.json().answer, 'proxy');
      assert.equal(answered.json().proxyHolder.memberName, 'Bruno Mandataire');

      const sheet = (await secretary.get('/api/assemblies/ag-2030/attendance')).json();
      assert.equal(sheet.proxies.length, 1);
      assert.equal(sheet.quorum.counted, 0, 'the proxy counts once its holder is in the room');
      await secretary.post('/api/assemblies/ag-2030/attendance', {
        personId: people[1]!.id,
        membershipId: people[1]!.membershipId,
        role: 'voting_member',
        status: 'present',
      });
      const after = (await secretary.get('/api/assemblies/ag-2030/attendance')).json();
      assert.equal(after.quorum.counted, 2);
      assert.equal(
        after.votingMembers.find(
          (member: { membershipId: string }) => member.membershipId === people[0]!.membershipId,
        ).presence,
        'represented',
      );

      const toSelf = await test.client().post('/api/convocations/answer', {
        token,
        answer: 'proxy',
        holderMembershipId: people[0]!.membershipId,
      });
      assert.equal(toSelf.statusCode, 400);
      assert.equal(
        (await test.client().post('/api/convocations/sign-in', { token })).statusCode,
        409,
        'not the day yet',
      );
    });

    it('refuses a convocation for an assembly already past, or with nobody to convene', async () => {
      const past = await secretary.post('/api/assemblies/ag-2017/convocations', {});
      assert.equal(past.statusCode, 409);
      assert.match(past.json().detail, /passée/);
      const empty = await secretary.post('/api/assemblies', {
        slug: 'ag-vide',
        kind: 'ordinary',
        title: 'Vide',
        heldOn: dayPlus(40),
        place: 'Ici',
        plannedStart: '10:00',
        membershipYear: 2099,
      });
      assert.equal(empty.statusCode, 201);
      const none = await secretary.post('/api/assemblies/ag-vide/convocations', {});
      assert.equal(none.statusCode, 400);
      assert.match(none.json().detail, /Aucun destinataire/);
    });

    it('on the day, the link signs the member in on the participant page, for that assembly only', async () => {
      await convene('ag-today', dayPlus(0));
      await secretary.post('/api/assemblies/ag-today/convocations', {});
      await waitUntilSent('ag-today');
      const mails = test.smtp.messages.filter((message) =>
        JSON.stringify(message.to).includes('bruno@example.org'),
      );
      const token = linkIn(mails.at(-1)!, `${test.config.publicUrl}/p#`).split('#').pop()!;
      const phone = test.client();
      const signedIn = await phone.post('/api/convocations/sign-in', { token });
      assert.equal(signedIn.statusCode, 200, signedIn.body);
      assert.equal(signedIn.json().slug, 'ag-today');
      const cookie = signedIn.cookies.find((entry) => entry.name === 'quorum_participant')!;
      const headers = { cookie: `quorum_participant=${cookie.value}` };
      const view = await test.app.inject({ url: '/api/participant', headers });
      assert.equal(view.statusCode, 200);
      assert.equal(view.json().assembly.slug, 'ag-today');
      assert.equal(view.json().memberName, 'Bruno Mandataire');
      assert.equal(
        (await test.app.inject({ url: '/api/assemblies/ag-today/attendance', headers })).statusCode,
        401,
        'no staff access',
      );
      assert.equal((await test.app.inject({ url: '/api/participant' })).statusCode, 401);
    });

    it('refuses an expired link', async () => {
      await conveneAndSend('ag-2030');
      const mail = test.smtp.messages.find((message) =>
        JSON.stringify(message.to).includes('alice@example.org'),
      )!;
      const token = linkIn(mail, `${test.config.publicUrl}/p#`).split('#').pop()!;
      await changeRows(test.runtime.database, 'convocations', {}, { expires_at: '2000-01-01T00:00:00.000Z' });
      const expired = await test.client().post('/api/convocations/view', { token });
      assert.equal(expired.statusCode, 410);
      assert.equal(
        (
          await test.client().post('/api/convocations/answer', {
            token,
            answer: 'excused',
          })
        ).statusCode,
        410,
      );
    });
    it('previews the exact e-mail, its sender and recipients, the late notice, before anything is sent', async () => {
      await convene('ag-2030', dayPlus(5));
      const preview = await secretary.get('/api/assemblies/ag-2030/convocations/preview');
      assert.equal(preview.statusCode, 200, preview.body);
      const body = preview.json();
      assert.equal(
        body.from,
        '"Mon association" <quorum@localhost>',
        'the association’s name, MAIL_FROM’s address',
      );
      assert.equal(body.emailRecipients, 2);
      assert.deepEqual(
        body.membersWithoutEmail.map((member: { memberName: string }) => member.memberName),
        ['Chloé Sansmail'],
      );
      assert.equal(body.alreadyConvened, 0);
      assert.deepEqual([body.lateNotice.noticeDays, body.lateNotice.daysLeft], [15, 5]);
      assert.match(body.lateNotice.message, /tardive/);
      assert.equal(body.refusal, null);
      const date = formatLongDate(dayPlus(5), 'fr');
      assert.equal(body.subject, `Convocation\u202f: Assemblée générale annuelle — ${date}`);
      assert.match(body.text, new RegExp(`^Bonjour ${body.sampleMemberName},`));
      assert.match(
        body.text,
        new RegExp(`Date\u202f: ${date}, à 14h00\nLieu\u202f: Maison des associations`),
      );
      assert.match(body.text, /Ordre du jour\u202f:\n- Approuver les comptes 2029/);
      assert.match(body.text, /Donnez pouvoir à un autre membre/);
      assert.match(body.html, /<h1[^>]*>Assemblée générale annuelle<\/h1>/);
      assert.match(body.html, /<li>Approuver les comptes 2029<\/li>/);
      assert.doesNotMatch(body.text, /p#[A-Za-z0-9_-]{20,}/, 'no real link in a preview');
      assert.equal(test.smtp.messages.length, 0, 'a preview sends nothing');
    });

    it('sends from the association’s sender, in HTML with its logo and in text', async () => {
      const admin = test.client();
      await admin.signIn((await createUser(test.runtime, { role: 'administrator' })).email);
      const refused = await admin.request('PATCH', '/api/association', {
        mailSenderName: 'Le <secrétariat>',
        mailSenderAddress: 'pas-une-adresse',
      });
      assert.equal(refused.statusCode, 400);
      assert.deepEqual(
        refused
          .json()
          .errors.map((error: { path: string; message: string }) => [error.path, error.message])
          .sort(),
        [
          ['body.mailSenderAddress', 'invalid_email'],
          ['body.mailSenderName', 'invalid_sender_name'],
        ],
      );
      const saved = await admin.request('PATCH', '/api/association', {
        name: 'La 27e Région',
        mailSenderName: 'Secrétariat de La 27e Région',
        mailSenderAddress: 'Convocations@Example.org',
      });
      assert.equal(saved.statusCode, 200, saved.body);
      assert.equal(saved.json().mailSenderAddress, 'convocations@example.org');
      await admin.request('PUT', '/api/association/logo', logo, { 'content-type': 'image/png' });

      await convene('ag-2030', dayPlus(5));
      const preview = (await secretary.get('/api/assemblies/ag-2030/convocations/preview')).json();
      assert.equal(preview.from, '"Secrétariat de La 27e Région" <convocations@example.org>');
      assert.match(preview.html, /<img src="data:image\/png;base64,/);
      await secretary.post('/api/assemblies/ag-2030/convocations', {});
      const mail = await test.smtp.waitForMessage((message) =>
        JSON.stringify(message.to).includes('alice@example.org'),
      );
      assert.equal(mail.from?.value[0]?.address, 'convocations@example.org');
      assert.equal(mail.from?.value[0]?.name, 'Secrétariat de La 27e Région');
      assert.match(mail.text ?? '', /^Bonjour Alice Convoquée,\n\nLa 27e Région vous convoque/);
      assert.match(mail.text ?? '', /Pour La 27e Région,\nSecrétariat de La 27e Région$/);
      // The parser puts the inline image back into the HTML as a data: URL.
      assert.match(String(mail.html), /<img src="(cid:logo@quorum|data:image\/png;base64,)/);
      assert.match(String(mail.html), /href="http:\/\/[^"]+\/p#[A-Za-z0-9_-]{20,}"/, 'the token after #');
      const attached = mail.attachments.find((attachment) => attachment.cid === 'logo@quorum');
      assert.ok(attached, 'the logo goes inline with the mail');
    });

    it('refuses every sending on a closed assembly, and the preview says why', async () => {
      await conveneAndSend('ag-2030');
      await changeRows(
        test.runtime.database,
        'assemblies',
        { slug: 'ag-2030' },
        { actual_start_at: new Date().toISOString(), actual_end_at: new Date().toISOString() },
      );
      for (const [url, body] of [
        ['/api/assemblies/ag-2030/convocations', {}],
        ['/api/assemblies/ag-2030/convocations', { onlyFailed: true }],
        ['/api/assemblies/ag-2030/convocations/reminders', {}],
        ['/api/assemblies/ag-2030/convocations/letters', {}],
      ] as const) {
        const refused = await secretary.post(url, body);
        assert.equal(refused.statusCode, 409, url);
        assert.equal(refused.json().code, 'assembly_closed');
        assert.match(refused.json().detail, /close/);
      }
      const preview = (await secretary.get('/api/assemblies/ag-2030/convocations/preview')).json();
      assert.equal(preview.refusal, 'assembly_closed');
      assert.equal(
        (await secretary.get('/api/assemblies/ag-2017/convocations/preview')).json().refusal,
        'assembly_past',
      );
    });

    it('prints a letter with a QR code for each member without an address, who is then convened', async () => {
      await convene('ag-2030', dayPlus(40));
      const printed = await secretary.post('/api/assemblies/ag-2030/convocations/letters', {});
      assert.equal(printed.statusCode, 200, printed.body);
      assert.equal(printed.headers['content-type'], 'application/pdf');
      assert.ok(printed.rawPayload.subarray(0, 5).toString() === '%PDF-');
      let progress = (await secretary.get('/api/assemblies/ag-2030/convocations')).json();
      assert.equal(progress.letters, 1);
      assert.equal(progress.recipients[0].status, 'letter');

      await secretary.post('/api/assemblies/ag-2030/convocations', {});
      progress = await waitUntilSent('ag-2030');
      assert.deepEqual([progress.sent, progress.failed, progress.letters], [2, 0, 1]);
      assert.equal(test.smtp.messages.length, 2, 'no e-mail to the member convened by letter');
      const preview = (await secretary.get('/api/assemblies/ag-2030/convocations/preview')).json();
      assert.equal(preview.alreadyConvened, 3);
      assert.equal(preview.emailRecipients, 0);
      assert.equal(preview.lateNotice, null, 'forty days is notice enough');

      await changeRows(
        test.runtime.database,
        'persons',
        { id: people[2]!.id },
        { email: 'chloe@example.org' },
      );
      const noLetters = await secretary.post('/api/assemblies/ag-2030/convocations/letters', {});
      assert.equal(noLetters.statusCode, 400);
      assert.equal(noLetters.json().code, 'no_convocation_letters');
    });

    it('reminds those who have not answered, with a new link that replaces the first', async () => {
      await conveneAndSend('ag-2030');
      const first = (address: string) =>
        test.smtp.messages.find((message) => JSON.stringify(message.to).includes(address))!;
      const tokenOf = (message: (typeof test.smtp.messages)[number]) =>
        linkIn(message, `${test.config.publicUrl}/p#`).split('#').pop()!;
      const aliceToken = tokenOf(first('alice@example.org'));
      const brunoToken = tokenOf(first('bruno@example.org'));
      await test.client().post('/api/convocations/answer', { token: aliceToken, answer: 'attending' });
      assert.equal(
        (await secretary.get('/api/assemblies/ag-2030/convocations/preview')).json().notAnswered,
        1,
      );

      const reminded = await secretary.post('/api/assemblies/ag-2030/convocations/reminders', {});
      assert.equal(reminded.statusCode, 202, reminded.body);
      assert.equal(reminded.json().queued, 1, 'only Bruno has not answered');
      const reminder = await test.smtp.waitForMessage(
        (message) =>
          JSON.stringify(message.to).includes('bruno@example.org') && /^Rappel/.test(message.subject ?? ''),
      );
      assert.match(reminder.text ?? '', /pas encore reçu votre réponse/);
      await waitUntilSent('ag-2030');
      const newToken = tokenOf(reminder);
      assert.notEqual(newToken, brunoToken);
      assert.equal(
        (await test.client().post('/api/convocations/view', { token: brunoToken })).statusCode,
        410,
      );
      const answered = await test
        .client()
        .post('/api/convocations/answer', { token: newToken, answer: 'excused' });
      assert.equal(answered.statusCode, 200);
      const nobodyLeft = await secretary.post('/api/assemblies/ag-2030/convocations/reminders', {});
      assert.equal(nobodyLeft.statusCode, 400);
      assert.equal(nobodyLeft.json().code, 'no_convocation_to_remind');
      assert.equal(
        test.smtp.messages.filter((message) => JSON.stringify(message.to).includes('alice@example.org'))
          .length,
        1,
        'Alice, who answered, got no reminder',
      );
    });
  });
}
