import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildApp } from './app.ts';
import { testEngines } from '../test/databases.ts';
import { createUser } from '../test/factories.ts';
import { createTestApp, type TestApp } from '../test/test-app.ts';

for (const engine of testEngines()) {
  describe(`HTTP application on ${engine}`, () => {
    let test: TestApp;
    before(async () => {
      test = await createTestApp(engine);
    });
    after(() => test.close());

    it('reports its health and the database it uses', async () => {
      const response = await test.client().get('/api/health');
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json().database, { engine, ok: true });
    });

    it('publishes an OpenAPI document listing its routes with their schemas', async () => {
      const response = await test.client().get('/api/openapi.json');
      assert.equal(response.statusCode, 200);
      const document = response.json();
      assert.match(document.openapi, /^3\./);
      assert.ok(document.paths['/api/session'].post.requestBody, 'sign-in body is described');
      assert.ok(document.paths['/api/users/invitations'].post);
      assert.ok(document.paths['/api/persons'].get);
    });

    it('answers an unknown API path with a 404 problem document', async () => {
      const response = await test.client().get('/api/no-such-thing');
      assert.equal(response.statusCode, 404);
      assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
      const body = response.json();
      assert.equal(body.status, 404);
      assert.equal(body.code, 'not_found');
      assert.ok(body.type && body.title && body.detail);
    });

    it('answers malformed JSON with a 400 problem, and the server keeps answering', async () => {
      const response = await test.client().request('POST', '/api/session', '{"email": ', {
        'content-type': 'application/json',
      });
      assert.equal(response.statusCode, 400);
      assert.equal(response.json().code, 'invalid_json');
      assert.doesNotMatch(response.body, /at .*\.ts:\d+/, 'no stack trace leaks');
      assert.equal((await test.client().get('/api/health')).statusCode, 200);
    });

    it('names each invalid field in a 400 problem', async () => {
      const response = await test.client().post('/api/session', { email: 'not-an-email', password: '' });
      assert.equal(response.statusCode, 400);
      const body = response.json();
      assert.equal(body.code, 'validation_failed');
      const paths = body.errors.map((error: { path: string }) => error.path).sort();
      assert.deepEqual(paths, ['body.email', 'body.password']);
    });

    it('refuses a member on a secretary route with 403, lets a secretary in', async () => {
      const member = await createUser(test.runtime, { role: 'member' });
      const secretary = await createUser(test.runtime, { role: 'secretary' });
      const memberClient = test.client();
      await memberClient.signIn(member.email);
      const refused = await memberClient.get('/api/persons');
      assert.equal(refused.statusCode, 403);
      assert.equal(refused.json().code, 'forbidden');

      const secretaryClient = test.client();
      await secretaryClient.signIn(secretary.email);
      assert.equal((await secretaryClient.get('/api/persons')).statusCode, 200);
      assert.equal(
        (await secretaryClient.get('/api/users')).statusCode,
        403,
        'account admin stays with administrators',
      );
    });

    it('asks an anonymous caller to sign in (401)', async () => {
      const response = await test.client().get('/api/persons');
      assert.equal(response.statusCode, 401);
      assert.equal(response.json().code, 'not_authenticated');
    });

    it('requires the CSRF token on a state-changing request made with a session', async () => {
      const admin = await createUser(test.runtime, { role: 'administrator' });
      const client = test.client();
      await client.signIn(admin.email);
      const token = client.csrfToken;
      client.csrfToken = undefined;
      const refused = await client.post('/api/users/invitations', {
        email: 'x@example.org',
        name: 'X',
        role: 'member',
      });
      assert.equal(refused.statusCode, 403);
      assert.equal(refused.json().code, 'csrf_failed');
      client.csrfToken = 'forged-token-forged-token';
      assert.equal((await client.request('DELETE', '/api/session')).statusCode, 403);
      client.csrfToken = token;
      assert.equal((await client.request('DELETE', '/api/session')).statusCode, 204);
      assert.equal((await client.get('/api/users')).statusCode, 401, 'signed out for good');
    });

    it('refuses to start with an API route that does not declare who may call it', async () => {
      const app = await buildApp(test.runtime);
      assert.throws(
        () => app.get('/api/undeclared', async () => 'open to all?'),
        /does not declare config\.access/,
      );
      await app.close();
    });
  });
}
