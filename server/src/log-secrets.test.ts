import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { dayIn } from '../../common/time-zones.ts';
import { createCategories, createStatutes, createUser } from '../test/factories.ts';
import { linkIn } from '../test/smtp-server.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';
import { redactSecrets } from './log-redaction.ts';
import { createLogger } from './runtime.ts';

/**
 * A whole session of the application logged at "info", as in production: every secret it hands out
 * (personal links, invitation and password-reset tokens, session cookies, CSRF tokens) is collected,
 * then looked for in the whole log. Links mailed before tokens moved after "#", and a token put in a
 * query string by hand, are requested too: the log's own guard must catch them.
 */
describe('no secret in the log', () => {
  const log: string[] = [];
  const secrets = new Map<string, string>();
  let test: TestApp;
  const today = dayIn('Europe/Paris');
  const year = Number(today.slice(0, 4));

  function keep(name: string, value: string | undefined) {
    assert.ok(value && value.length >= 20, `${name} was issued`);
    secrets.set(value, name);
  }
  function keepCookies(name: string, response: LightMyRequestResponse) {
    for (const cookie of response.cookies)
      if (cookie.value) keep(`${name} cookie ${cookie.name}`, cookie.value);
  }

  before(async () => {
    const logger = createLogger('info', { write: (line: string) => void log.push(line) });
    test = await createTestApp('sqlite', 'empty', { logger });
  });
  after(() => test.close());

  it('hands out every kind of secret during a session', async () => {
    await createCategories(test.runtime);
    await createStatutes(test.runtime, { noticeDays: 0 });
    const admin = test.client();
    const signedIn = await admin.signIn((await createUser(test.runtime, { role: 'administrator' })).email);
    keepCookies('administrator', signedIn);
    keep('administrator CSRF', admin.csrfToken);

    // An invitation, looked at and accepted.
    await admin.post('/api/users/invitations', {
      email: 'claire@example.org',
      name: 'Claire',
      role: 'secretary',
    });
    const invitation = await test.smtp.waitForMessage(
      (mail) => mail.subject?.includes('invitation') ?? false,
    );
    const invitationToken = linkIn(invitation, `${test.config.publicUrl}/invitation#`).split('#').pop()!;
    keep('invitation', invitationToken);
    assert.equal(
      (await test.client().post('/api/invitations/view', { token: invitationToken })).statusCode,
      200,
    );
    const invitee = test.client();
    const accepted = await invitee.post('/api/invitations/accept', {
      token: invitationToken,
      password: 'her own passphrase',
    });
    assert.equal(accepted.statusCode, 200);
    keepCookies('invitee', accepted);
    keep('invitee CSRF', accepted.json().csrfToken);

    // A password reset.
    await test.client().post('/api/password-resets', { email: 'claire@example.org' });
    const reset = await test.smtp.waitForMessage((mail) => (mail.text ?? '').includes('/password/reset#'));
    const resetToken = linkIn(reset, `${test.config.publicUrl}/password/reset#`).split('#').pop()!;
    keep('password reset', resetToken);
    const confirmed = await test.client().post('/api/password-resets/confirm', {
      token: resetToken,
      password: 'a brand new passphrase',
    });
    assert.equal(confirmed.statusCode, 204);

    // A convocation for today: its link viewed, answered, and used to sign in on a phone.
    const person = (
      await admin.post('/api/persons', { firstName: 'Alice', lastName: 'Membre', email: 'alice@example.org' })
    ).json();
    await admin.post('/api/memberships', {
      year,
      personId: person.id,
      category: 'individual',
      status: 'validated',
      effectiveOn: `${year}-01-01`,
    });
    const created = await admin.post('/api/assemblies', {
      slug: 'ag-du-jour',
      kind: 'ordinary',
      title: 'Assemblée générale',
      heldOn: today,
      place: 'Salle des fêtes',
      plannedStart: '23:00',
      membershipYear: year,
      agenda: [{ kind: 'deliberative', title: 'Approuver les comptes' }],
    });
    assert.equal(created.statusCode, 201, created.body);
    assert.equal((await admin.post('/api/assemblies/ag-du-jour/convocations', {})).statusCode, 202);
    const convocation = await test.smtp.waitForMessage((mail) =>
      JSON.stringify(mail.to).includes('alice@example.org'),
    );
    const linkToken = linkIn(convocation, `${test.config.publicUrl}/p#`).split('#').pop()!;
    keep('convocation link', linkToken);
    const phone = test.client();
    assert.equal((await phone.post('/api/convocations/view', { token: linkToken })).statusCode, 200);
    assert.equal(
      (await phone.post('/api/convocations/answer', { token: linkToken, answer: 'attending' })).statusCode,
      200,
    );
    const participant = await phone.post('/api/convocations/sign-in', { token: linkToken });
    assert.equal(participant.statusCode, 200, participant.body);
    keepCookies('participant', participant);

    // Links in the old form, and a token put in a query string by hand.
    for (const url of [
      `/p/${linkToken}`,
      `/invitation/${invitationToken}`,
      `/password/reset/${resetToken}`,
      `/api/convocations/${linkToken}/sign-in`,
      `/api/session?token=${linkToken}`,
    ]) {
      await test.client().get(url);
    }
    assert.ok(secrets.size >= 8, `${secrets.size} secrets issued`);
  });

  it('writes none of them in the log, which still records every request', () => {
    const whole = log.join('');
    for (const route of [
      '/api/convocations/sign-in',
      '/api/invitations/accept',
      '/api/password-resets/confirm',
      '/p/[redacted]',
    ]) {
      assert.ok(whole.includes(route), `the log records ${route}`);
    }
    for (const [secret, name] of secrets) {
      assert.ok(!whole.includes(secret), `the ${name} token is in the log`);
    }
  });

  it('keeps ids and ordinary words, and redacts what looks like a token anywhere in a line', () => {
    const id = '0accdb16-024f-4193-8d1f-8b01b8add64a';
    const token = 'Zx9_kLm-3QpRs7TuVwXyZ0aBcDeFgHiJkLmNoPqRsTu';
    assert.equal(redactSecrets(`{"url":"/api/persons/${id}"}`), `{"url":"/api/persons/${id}"}`);
    assert.equal(redactSecrets(`{"url":"/x?t=${token}&y=1"}`), '{"url":"/x?t=[redacted]&y=1"}');
    assert.equal(
      redactSecrets('processTicksAndRejections quorum-20261207T100000Z.qarchive'),
      'processTicksAndRejections quorum-20261207T100000Z.qarchive',
    );
  });
});
