import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiClient } from '../../../test/api-client.ts';
import { testEngines } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

const english = { 'accept-language': 'en' };

for (const engine of testEngines()) {
  describe(`the accounts' refusals in English on ${engine}`, () => {
    let test: TestApp;
    let administrator: ApiClient;
    let email: string;

    before(async () => {
      test = await createTestApp(engine);
      administrator = test.client();
      email = (await createUser(test.runtime, { role: 'administrator' })).email;
      await administrator.signIn(email);
    });
    after(() => test.close());

    it('words sign-in, password, invitation and link refusals in English', async () => {
      const anonymous = test.client();
      const signIn = await anonymous.request(
        'POST',
        '/api/session',
        { email, password: 'not the password' },
        english,
      );
      assert.equal(signIn.statusCode, 401);
      assert.equal(signIn.json().detail, 'Wrong e-mail address or password.');

      const signedOut = await anonymous.request('GET', '/api/users', undefined, english);
      assert.equal(signedOut.statusCode, 401);
      assert.equal(signedOut.json().detail, 'Sign in to continue.');

      const password = await administrator.request(
        'POST',
        '/api/account/password',
        { currentPassword: 'not the password', newPassword: 'a new long password' },
        english,
      );
      assert.equal(password.statusCode, 401);
      assert.equal(password.json().code, 'invalid_credentials');
      assert.equal(password.json().detail, 'The current password is wrong.');

      const taken = await administrator.request(
        'POST',
        '/api/users/invitations',
        { email, name: 'Again', role: 'member' },
        english,
      );
      assert.equal(taken.statusCode, 409);
      assert.equal(taken.json().code, 'email_taken');
      assert.equal(taken.json().detail, `An account already exists for ${email}.`);

      const link = await anonymous.request(
        'POST',
        '/api/invitations/view',
        { token: 'x'.repeat(40) },
        english,
      );
      assert.equal(link.statusCode, 410);
      assert.equal(link.json().code, 'token_invalid');
      assert.equal(link.json().detail, 'This link has expired or has already been used; ask for a new one.');
      const french = await anonymous.post('/api/invitations/view', { token: 'x'.repeat(40) });
      assert.equal(french.json().detail, 'Ce lien a expiré ou a déjà servi\u202f; demandez-en un nouveau.');
    });
  });
}
