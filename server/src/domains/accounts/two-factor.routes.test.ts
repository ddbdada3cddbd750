import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import { testEngines } from '../../../test/databases.ts';
import { createUser, testPassword } from '../../../test/factories.ts';
import { rowsOf } from '../../../test/inspect.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';
import type { Role } from '../../../../common/roles.ts';
import { resetTwoFactor } from './two-factor.service.ts';

/** The code an authenticator app shows for this secret, `offsetSteps` steps of 30 s from now. */
function codeFor(secret: string, offsetSteps = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}

/** Waits out the last two seconds of a step, so that "now" does not change step in the middle of a test. */
async function awayFromStepEdge(): Promise<void> {
  const intoStep = Date.now() % 30_000;
  if (intoStep > 27_000) await sleep(30_000 - intoStep + 200);
}

/** The steps of the tests below, on the test app they are given. */
function twoFactorSteps(test: () => TestApp) {
  async function signedIn(role: Role = 'member') {
    const user = await createUser(test().runtime, { role });
    const client = test().client();
    assert.equal((await client.signIn(user.email)).statusCode, 200);
    return { user, client };
  }

  /** Enrols the signed-in account; its secret, the recovery codes, and the step its first code used. */
  async function enrol(client: ApiClient, offsetSteps = 0) {
    const setup = await client.post('/api/account/two-factor/setup');
    assert.equal(setup.statusCode, 200, setup.body);
    const { secret, uri, qrCode } = setup.json() as { secret: string; uri: string; qrCode: string };
    const confirmed = await client.post('/api/account/two-factor/confirm', {
      code: codeFor(secret, offsetSteps),
    });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    return {
      secret,
      uri,
      qrCode,
      recoveryCodes: (confirmed.json() as { recoveryCodes: string[] }).recoveryCodes,
    };
  }

  async function secondStep(client: ApiClient, email: string, challenge: string, code: string) {
    const response = await client.post('/api/session/two-factor', { email, challenge, code });
    if (response.statusCode === 200) client.csrfToken = (response.json() as { csrfToken: string }).csrfToken;
    return response;
  }

  async function passwordStep(email: string) {
    const client = test().client();
    const response = await client.signIn(email);
    assert.equal(response.statusCode, 202, response.body);
    assert.ok(!response.cookies.some((cookie) => cookie.name === 'quorum_session' && cookie.value));
    assert.equal((await client.get('/api/session')).json().user, null, 'no session before the code');
    return { client, challenge: (response.json() as { twoFactorChallenge: string }).twoFactorChallenge };
  }

  return { signedIn, enrol, secondStep, passwordStep };
}

for (const engine of testEngines()) {
  describe(`two-factor sign-in on ${engine}`, () => {
    let test: TestApp;
    before(async () => {
      test = await createTestApp(engine);
    });
    after(() => test.close());

    const { signedIn, enrol, secondStep, passwordStep } = twoFactorSteps(() => test);

    it('enrols with a QR code and a first code, then signs in with a code in a second step', async () => {
      await awayFromStepEdge();
      const { user, client } = await signedIn();
      const refused = await client.post('/api/account/two-factor/confirm', { code: '123456' });
      assert.equal(refused.statusCode, 409, 'no confirmation before a secret');
      const { secret, uri, qrCode, recoveryCodes } = await enrol(client, -1);
      assert.match(uri, /^otpauth:\/\/totp\//);
      assert.ok(uri.includes(`secret=${secret}`));
      assert.match(qrCode, /^data:image\/svg\+xml;base64,/);
      assert.equal(recoveryCodes.length, 8);
      assert.equal(new Set(recoveryCodes).size, 8);

      const status = (await client.get('/api/account/two-factor')).json();
      assert.deepEqual(
        { ...status, enabledAt: null },
        { isEnabled: true, enabledAt: null, recoveryCodesLeft: 8 },
      );
      assert.equal(JSON.stringify(status).includes(secret), false, 'the secret is never sent again');
      const again = await client.post('/api/account/two-factor/setup');
      assert.equal(again.statusCode, 409);
      const [row] = await rowsOf(test.runtime.database, 'recovery_codes', { user_id: user.id });
      assert.ok(!recoveryCodes.includes(String(row!.code_hash)), 'recovery codes are stored hashed');
      const session = (await client.get('/api/session')).json();
      assert.equal(session.user.hasTwoFactor, true);

      // The next step's code: within the window and later than the confirming one.
      const { client: other, challenge } = await passwordStep(user.email);
      const wrong = await secondStep(other, user.email, challenge, codeFor(secret, 5));
      assert.equal(wrong.statusCode, 401);
      assert.equal(wrong.json().code, 'invalid_two_factor_code');
      const right = await secondStep(other, user.email, challenge, codeFor(secret, 1));
      assert.equal(right.statusCode, 200, right.body);
      assert.equal((await other.get('/api/session')).json().user.email, user.email);

      const audit = await rowsOf(test.runtime.database, 'audit_events', { subject_id: user.id });
      assert.ok(audit.some((event) => event.action === 'user.two_factor_enabled'));
    });

    it('refuses a code already used (replay), a code of an earlier step, and a challenge used up', async () => {
      await awayFromStepEdge();
      const { user, client } = await signedIn('treasurer');
      const { secret } = await enrol(client, -1);
      const code = codeFor(secret, 0);
      const first = await passwordStep(user.email);
      assert.equal((await secondStep(first.client, user.email, first.challenge, code)).statusCode, 200);

      const second = await passwordStep(user.email);
      const replayed = await secondStep(second.client, user.email, second.challenge, code);
      assert.equal(replayed.statusCode, 401, 'the same code does not serve twice');
      const earlier = await secondStep(second.client, user.email, second.challenge, codeFor(secret, -1));
      assert.equal(earlier.statusCode, 401, 'nor one of an earlier step');
      assert.equal((await second.client.get('/api/session')).json().user, null);

      const usedChallenge = await secondStep(test.client(), user.email, first.challenge, codeFor(secret, 1));
      assert.equal(usedChallenge.statusCode, 410);
      const otherAccount = await createUser(test.runtime);
      const mismatched = await secondStep(
        test.client(),
        otherAccount.email,
        second.challenge,
        codeFor(secret, 1),
      );
      assert.equal(mismatched.statusCode, 410, 'a challenge serves only the account it was given to');
      const badBody = await test
        .client()
        .post('/api/session/two-factor', { email: user.email, challenge: 'x', code: '1' });
      assert.equal(badBody.statusCode, 400);
    });

    it('accepts each recovery code once, and audits its use', async () => {
      const { user, client } = await signedIn();
      const { recoveryCodes } = await enrol(client);
      const first = await passwordStep(user.email);
      const used = await secondStep(
        first.client,
        user.email,
        first.challenge,
        recoveryCodes[3]!.toUpperCase(),
      );
      assert.equal(used.statusCode, 200, used.body);
      const status = (await first.client.get('/api/account/two-factor')).json();
      assert.equal(status.recoveryCodesLeft, 7);

      const second = await passwordStep(user.email);
      const reused = await secondStep(second.client, user.email, second.challenge, recoveryCodes[3]!);
      assert.equal(reused.statusCode, 401);
      const audit = await rowsOf(test.runtime.database, 'audit_events', { subject_id: user.id });
      assert.equal(audit.filter((event) => event.action === 'user.recovery_code_used').length, 1);
    });

    it('limits the codes tried for one account (429), as sign-in does', async () => {
      const { user, client } = await signedIn();
      const { secret } = await enrol(client);
      const { client: other, challenge } = await passwordStep(user.email);
      const answers: number[] = [];
      for (let attempt = 0; attempt < 11; attempt += 1) {
        answers.push((await secondStep(other, user.email, challenge, codeFor(secret, 5))).statusCode);
      }
      assert.deepEqual(answers, [...Array(10).fill(401), 429]);
      const right = await secondStep(other, user.email, challenge, codeFor(secret, 1));
      assert.equal(right.statusCode, 429, 'even the right code waits');
    });

    it('turns off with the password and a current code only', async () => {
      await awayFromStepEdge();
      const { user, client } = await signedIn();
      const { secret } = await enrol(client, -1);
      const wrongPassword = await client.post('/api/account/two-factor/disable', {
        password: 'not the password',
        code: codeFor(secret, 0),
      });
      assert.equal(wrongPassword.statusCode, 400);
      assert.equal(wrongPassword.json().errors[0].path, 'body.password');
      const wrongCode = await client.post('/api/account/two-factor/disable', {
        password: testPassword,
        code: codeFor(secret, 4),
      });
      assert.equal(wrongCode.statusCode, 400);
      assert.equal(wrongCode.json().errors[0].path, 'body.code');
      assert.equal((await client.get('/api/account/two-factor')).json().isEnabled, true, 'nothing changed');
      const disabled = await client.post('/api/account/two-factor/disable', {
        password: testPassword,
        code: codeFor(secret, 0),
      });
      assert.equal(disabled.statusCode, 204, disabled.body);
      assert.equal((await test.client().signIn(user.email)).statusCode, 200, 'the password alone again');
      assert.equal((await rowsOf(test.runtime.database, 'recovery_codes', { user_id: user.id })).length, 0);
      const audit = await rowsOf(test.runtime.database, 'audit_events', { subject_id: user.id });
      assert.ok(audit.some((event) => event.action === 'user.two_factor_disabled'));
    });

    it('requires it of administrators and treasurers when the association turns it on; never locks the administrator out', async () => {
      const { client: admin } = await signedIn('administrator');
      const lockOut = await admin.request('PUT', '/api/association/two-factor', { required: true });
      assert.equal(lockOut.statusCode, 400, 'not without a second factor of their own');
      assert.equal(lockOut.json().errors[0].path, 'body.required');
      assert.equal((await admin.get('/api/association')).json().twoFactorRequired, false);
      const member = await signedIn('member');
      const onByMember = await member.client.request('PUT', '/api/association/two-factor', {
        required: true,
      });
      assert.equal(onByMember.statusCode, 403);

      await enrol(admin);
      const on = await admin.request('PUT', '/api/association/two-factor', { required: true });
      assert.equal(on.statusCode, 200, on.body);
      assert.equal(on.json().twoFactorRequired, true);
      try {
        assert.equal((await admin.get('/api/users')).statusCode, 200, 'the enrolled administrator works on');

        const treasurer = await signedIn('treasurer');
        const session = (await treasurer.client.get('/api/session')).json();
        assert.equal(session.mustEnrolTwoFactor, true);
        const blocked = await treasurer.client.get('/api/persons');
        assert.equal(blocked.statusCode, 403);
        assert.equal(blocked.json().code, 'two_factor_required');
        await enrol(treasurer.client);
        assert.equal((await treasurer.client.get('/api/session')).json().mustEnrolTwoFactor, false);
        assert.equal((await treasurer.client.get('/api/persons')).statusCode, 200);

        const secretary = await signedIn('secretary');
        assert.equal(
          (await secretary.client.get('/api/persons')).statusCode,
          200,
          'not asked of a secretary',
        );
        assert.equal((await member.client.get('/api/session')).json().mustEnrolTwoFactor, false);
      } finally {
        const off = await admin.request('PUT', '/api/association/two-factor', { required: false });
        assert.equal(off.statusCode, 200);
      }
    });
  });

  // An app of its own: each enrolment counts against the confirmations one address may make a minute.
  describe(`two-factor sessions and recovery codes on ${engine}`, () => {
    let test: TestApp;
    before(async () => {
      test = await createTestApp(engine);
    });
    after(() => test.close());
    const { signedIn, enrol, secondStep, passwordStep } = twoFactorSteps(() => test);

    it('signs out the account’s other sessions when it is turned on, not the one that turned it on', async () => {
      await awayFromStepEdge();
      const { user, client: laptop } = await signedIn();
      const phone = test.client();
      assert.equal((await phone.signIn(user.email)).statusCode, 200);
      assert.equal((await phone.get('/api/account/two-factor')).statusCode, 200);
      await enrol(laptop);
      assert.equal((await laptop.get('/api/account/two-factor')).statusCode, 200, 'this device stays in');
      assert.equal((await phone.get('/api/account/two-factor')).statusCode, 401, 'its cookie is refused');
      assert.equal((await phone.get('/api/session')).json().user, null);
      assert.equal((await rowsOf(test.runtime.database, 'sessions', { user_id: user.id })).length, 1);
    });

    it('signs out every session of the account when `quorum admin reset-2fa` removes it', async () => {
      await awayFromStepEdge();
      const { user, client: laptop } = await signedIn();
      const { recoveryCodes } = await enrol(laptop);
      const { client: phone, challenge } = await passwordStep(user.email);
      assert.equal((await secondStep(phone, user.email, challenge, recoveryCodes[0]!)).statusCode, 200);
      assert.equal((await phone.get('/api/account/two-factor')).statusCode, 200);
      await resetTwoFactor(test.runtime, { email: user.email });
      for (const client of [laptop, phone]) {
        assert.equal((await client.get('/api/account/two-factor')).statusCode, 401, 'its cookie is refused');
      }
      assert.equal((await rowsOf(test.runtime.database, 'sessions', { user_id: user.id })).length, 0);
      assert.equal((await test.client().signIn(user.email)).statusCode, 200, 'the password alone again');
    });

    async function renewed(client: ApiClient, proof: { password?: string; code?: string }) {
      const response = await client.post('/api/account/two-factor/recovery-codes', proof);
      assert.equal(response.statusCode, 200, response.body);
      return response.json() as { recoveryCodes: string[] };
    }

    it('renews the recovery codes with a current code or the password; the old ones stop working', async () => {
      await awayFromStepEdge();
      const { user, client } = await signedIn();
      const notYet = await client.post('/api/account/two-factor/recovery-codes', { password: testPassword });
      assert.equal(notYet.statusCode, 409, 'no recovery codes without a second factor');
      const { secret, recoveryCodes: first } = await enrol(client, -1);

      const noProof = await client.post('/api/account/two-factor/recovery-codes', {});
      assert.equal(noProof.statusCode, 400);
      assert.equal(noProof.json().errors[0].path, 'body.code');
      assert.equal(noProof.json().errors[0].message, 'two_factor_code_or_password');
      const wrongPassword = await client.post('/api/account/two-factor/recovery-codes', {
        password: 'not the password',
      });
      assert.equal(wrongPassword.statusCode, 400);
      assert.equal(wrongPassword.json().errors[0].path, 'body.password');
      const wrongCode = await client.post('/api/account/two-factor/recovery-codes', {
        code: codeFor(secret, 4),
      });
      assert.equal(wrongCode.statusCode, 400);
      assert.equal(wrongCode.json().errors[0].path, 'body.code');
      const recoveryAsProof = await client.post('/api/account/two-factor/recovery-codes', { code: first[0] });
      assert.equal(recoveryAsProof.statusCode, 400, 'a recovery code does not renew the recovery codes');

      const { recoveryCodes: second } = await renewed(client, { code: codeFor(secret, 0) });
      assert.equal(second.length, 8);
      assert.equal(
        second.some((code) => first.includes(code)),
        false,
      );
      const replayed = await client.post('/api/account/two-factor/recovery-codes', {
        code: codeFor(secret, 0),
      });
      assert.equal(replayed.statusCode, 400, 'a code that served once does not serve again');
      const { recoveryCodes: third } = await renewed(client, { password: testPassword });
      assert.equal((await client.get('/api/account/two-factor')).json().recoveryCodesLeft, 8);

      for (const old of [first[1]!, second[1]!]) {
        const { client: device, challenge } = await passwordStep(user.email);
        const refused = await secondStep(device, user.email, challenge, old);
        assert.equal(refused.statusCode, 401, 'an old recovery code no longer signs in');
      }
      const { client: device, challenge } = await passwordStep(user.email);
      assert.equal((await secondStep(device, user.email, challenge, third[0]!)).statusCode, 200);
      const audit = await rowsOf(test.runtime.database, 'audit_events', { subject_id: user.id });
      assert.deepEqual(
        audit
          .filter((event) => event.action === 'user.recovery_codes_renewed')
          .map((event) =>
            typeof event.details === 'string' ? JSON.parse(event.details).provedWith : event.details,
          )
          .sort(),
        ['code', 'password'],
      );
    });
  });
}
