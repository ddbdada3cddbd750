import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildApp } from '../../app.ts';
import { testEngines } from '../../../test/databases.ts';
import { createUser, testPassword } from '../../../test/factories.ts';
import { changeRows, countRows, rowsOf } from '../../../test/inspect.ts';
import { linkIn } from '../../../test/smtp-server.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

for (const engine of testEngines()) {
  describe(`accounts on ${engine}`, () => {
    let test: TestApp;
    before(async () => {
      test = await createTestApp(engine);
    });
    after(() => test.close());

    it('signs in with the right password only, and tells nothing about which part was wrong', async () => {
      const user = await createUser(test.runtime, { role: 'treasurer' });
      const wrongPassword = await test.client().signIn(user.email, 'not the password');
      const unknownEmail = await test.client().signIn('nobody@example.org', testPassword);
      assert.equal(wrongPassword.statusCode, 401);
      assert.equal(unknownEmail.statusCode, 401);
      assert.equal(wrongPassword.json().detail, unknownEmail.json().detail);

      const client = test.client();
      const response = await client.signIn(user.email.toUpperCase());
      assert.equal(response.statusCode, 200);
      const cookie = response.cookies.find((entry) => entry.name === 'quorum_session');
      assert.ok(cookie?.httpOnly, 'the session cookie is HttpOnly');
      assert.equal(cookie?.sameSite, 'Lax');
      const session = (await client.get('/api/session')).json();
      assert.equal(session.user.email, user.email);
      assert.equal(session.user.role, 'treasurer');
      assert.equal(session.user.passwordHash, undefined);
      assert.equal(session.csrfToken, client.csrfToken);
    });

    it('keeps sessions in the database, hashed, so a second server on the same database accepts them', async () => {
      const user = await createUser(test.runtime);
      const signedIn = await test.client().signIn(user.email);
      const token = signedIn.cookies.find((cookie) => cookie.name === 'quorum_session')!.value;
      const rows = await rowsOf(test.runtime.database, 'sessions', { user_id: user.id });
      assert.equal(rows.length, 1);
      assert.notEqual(rows[0]!.id, token, 'only a hash of the cookie is stored');

      const secondServer = await buildApp(test.runtime);
      try {
        const response = await secondServer.inject({
          url: '/api/session',
          headers: { cookie: `quorum_session=${token}` },
        });
        assert.equal(response.json().user.email, user.email);
      } finally {
        await secondServer.close();
      }
    });

    it('ends a session 30 days after its sign-in however active it stays, and slides no further', async () => {
      const user = await createUser(test.runtime);
      const client = test.client();
      assert.equal((await client.signIn(user.email)).statusCode, 200);
      const [session] = await rowsOf(test.runtime.database, 'sessions', { user_id: user.id });
      const day = 24 * 3600 * 1000;
      // Signed in 29 days ago, used ten minutes ago: still open, its expiry slid to the 30th day only.
      await changeRows(
        test.runtime.database,
        'sessions',
        { id: session!.id },
        {
          created_at: new Date(Date.now() - 29 * day).toISOString(),
          last_seen_at: new Date(Date.now() - 10 * 60 * 1000).toISOString(),
        },
      );
      assert.equal((await client.get('/api/session')).json().user?.email, user.email);
      const [slid] = await rowsOf(test.runtime.database, 'sessions', { id: session!.id });
      assert.ok(Date.parse(slid!.expires_at) <= Date.now() + day + 1000, `expires ${slid!.expires_at}`);
      // Signed in 31 days ago, used a minute ago: over.
      await changeRows(
        test.runtime.database,
        'sessions',
        { id: session!.id },
        {
          created_at: new Date(Date.now() - 31 * day).toISOString(),
          last_seen_at: new Date(Date.now() - 60 * 1000).toISOString(),
          expires_at: new Date(Date.now() + 13 * day).toISOString(),
        },
      );
      assert.equal((await client.get('/api/session')).json().user, null);
      assert.equal(await countRows(test.runtime.database, 'sessions', { id: session!.id }), 0);
    });

    it('limits sign-in attempts', async () => {
      const user = await createUser(test.runtime);
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 12; attempt += 1) {
        statuses.push((await test.client().signIn(user.email, 'wrong password')).statusCode);
      }
      assert.ok(statuses.includes(429), `expected a 429 among ${statuses.join(',')}`);
    });

    it('changes a password, signing out the other devices', async () => {
      const user = await createUser(test.runtime);
      const laptop = test.client();
      const phone = test.client();
      await laptop.signIn(user.email);
      await phone.signIn(user.email);
      const refused = await laptop.post('/api/account/password', {
        currentPassword: 'wrong',
        newPassword: 'a new long password',
      });
      assert.equal(refused.statusCode, 401);
      assert.equal(refused.json().errors[0].path, 'body.currentPassword');
      const tooShort = await laptop.post('/api/account/password', {
        currentPassword: testPassword,
        newPassword: 'short',
      });
      assert.equal(tooShort.statusCode, 400);
      assert.equal(tooShort.json().errors[0].path, 'body.newPassword');

      const changed = await laptop.post('/api/account/password', {
        currentPassword: testPassword,
        newPassword: 'a new long password',
      });
      assert.equal(changed.statusCode, 204);
      assert.equal(
        (await laptop.get('/api/session')).json().user.email,
        user.email,
        'this device stays signed in',
      );
      assert.equal((await phone.get('/api/session')).json().user, null, 'the other device is signed out');
      assert.equal((await phone.get('/api/account/two-factor')).statusCode, 401, 'its cookie is refused');
      assert.equal((await test.client().signIn(user.email)).statusCode, 401);
      assert.equal((await test.client().signIn(user.email, 'a new long password')).statusCode, 200);
    });

    it('invites a user by e-mail; the link sets a password once and signs them in', async () => {
      const admin = await createUser(test.runtime, { role: 'administrator' });
      const client = test.client();
      await client.signIn(admin.email);
      const invited = await client.post('/api/users/invitations', {
        email: 'Nadege.Guiraud@Example.org',
        name: 'Nadège Guiraud',
        role: 'secretary',
      });
      assert.equal(invited.statusCode, 201);
      assert.equal(invited.json().user.hasPassword, false);
      assert.equal(invited.json().user.email, 'nadege.guiraud@example.org');

      const mail = await test.smtp.waitForMessage(
        (message) => message.subject?.includes('invitation') ?? false,
      );
      assert.equal(mail.to && 'text' in mail.to ? mail.to.text : '', 'nadege.guiraud@example.org');
      const link = linkIn(mail, `${test.config.publicUrl}/invitation#`);
      const token = link.split('#').pop()!;

      const described = await test.client().post('/api/invitations/view', { token });
      assert.deepEqual(described.json(), { email: 'nadege.guiraud@example.org', name: 'Nadège Guiraud' });

      const invitee = test.client();
      const accepted = await invitee.post('/api/invitations/accept', {
        token,
        password: 'her own passphrase',
      });
      assert.equal(accepted.statusCode, 200);
      assert.equal((await invitee.get('/api/session')).json().user.role, 'secretary');

      const again = await test
        .client()
        .post('/api/invitations/accept', { token, password: 'someone else now' });
      assert.equal(again.statusCode, 410);
      assert.equal(again.json().code, 'token_invalid');
      assert.equal(
        (await test.client().signIn('nadege.guiraud@example.org', 'her own passphrase')).statusCode,
        200,
      );

      const audit = await rowsOf(test.runtime.database, 'audit_events');
      assert.ok(audit.some((event) => event.action === 'user.invited'));
      assert.ok(audit.some((event) => event.action === 'user.invitation_accepted'));
    });

    it('refuses a second account for the same e-mail, naming the field', async () => {
      const admin = await createUser(test.runtime, { role: 'administrator' });
      const client = test.client();
      await client.signIn(admin.email);
      const response = await client.post('/api/users/invitations', {
        email: admin.email,
        name: 'Twice',
        role: 'member',
      });
      assert.equal(response.statusCode, 409);
      assert.equal(response.json().errors[0].path, 'body.email');
    });

    it('creates nothing when the invitation e-mail cannot be sent', async () => {
      const admin = await createUser(test.runtime, { role: 'administrator' });
      const client = test.client();
      await client.signIn(admin.email);
      test.smtp.refuseMessages(true);
      try {
        const response = await client.post('/api/users/invitations', {
          email: 'lost@example.org',
          name: 'Lost',
          role: 'member',
        });
        assert.equal(response.statusCode, 503);
      } finally {
        test.smtp.refuseMessages(false);
      }
      assert.equal(await countRows(test.runtime.database, 'users', { email: 'lost@example.org' }), 0);
    });

    it('resets a forgotten password with a single-use, expiring link', async () => {
      const user = await createUser(test.runtime, { email: 'anne.tavernier@example.org' });
      const unknown = await test.client().post('/api/password-resets', { email: 'nobody-here@example.org' });
      assert.equal(unknown.statusCode, 202, 'an unknown address is answered the same way');
      assert.equal((await test.client().post('/api/password-resets', { email: user.email })).statusCode, 202);

      const mail = await test.smtp.waitForMessage(
        (message) =>
          message.text?.includes('/password/reset#') === true &&
          message.to !== undefined &&
          JSON.stringify(message.to).includes(user.email),
      );
      const token = linkIn(mail, `${test.config.publicUrl}/password/reset#`).split('#').pop()!;
      assert.equal(
        (
          await test
            .client()
            .post('/api/password-resets/confirm', { token, password: 'brand new passphrase' })
        ).statusCode,
        204,
      );
      assert.equal(
        (await test.client().post('/api/password-resets/confirm', { token, password: 'another passphrase' }))
          .statusCode,
        410,
        'the link works once',
      );
      assert.equal((await test.client().signIn(user.email, 'brand new passphrase')).statusCode, 200);

      const earlier = new Set(test.smtp.messages);
      await test.client().post('/api/password-resets', { email: user.email });
      const second = await test.smtp.waitForMessage(
        (message) => !earlier.has(message) && JSON.stringify(message.to).includes(user.email),
      );
      await changeRows(
        test.runtime.database,
        'user_tokens',
        { user_id: user.id, used_at: null },
        { expires_at: '2000-01-01T00:00:00.000Z' },
      );
      const expiredToken = linkIn(second, `${test.config.publicUrl}/password/reset#`).split('#').pop()!;
      const expired = await test
        .client()
        .post('/api/password-resets/confirm', { token: expiredToken, password: 'too late passphrase' });
      assert.equal(expired.statusCode, 410);
    });

    it('answers a reset request the same way for a known address, even when mail fails', async () => {
      const user = await createUser(test.runtime);
      test.smtp.refuseMessages(true);
      try {
        const known = await test.client().post('/api/password-resets', { email: user.email });
        const unknown = await test
          .client()
          .post('/api/password-resets', { email: 'unknown-person@example.org' });
        assert.equal(known.statusCode, 202);
        assert.equal(unknown.statusCode, 202);
        assert.equal(known.body, unknown.body);
      } finally {
        await new Promise((resolve) => setTimeout(resolve, 300));
        test.smtp.refuseMessages(false);
      }
    });

    it('lets only administrators list accounts', async () => {
      const treasurer = await createUser(test.runtime, { role: 'treasurer' });
      const client = test.client();
      await client.signIn(treasurer.email);
      assert.equal((await client.get('/api/users')).statusCode, 403);
    });
  });
}
