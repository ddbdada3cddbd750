import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

for (const engine of testEngines()) {
  describe(`the projector's way to join on a phone, on ${engine}`, () => {
    let test: TestApp;

    before(async () => {
      test = await createTestApp(engine);
    });
    after(() => test.close());

    it('gives the page where members sign in with their own link, and its QR code as SVG', async () => {
      const staff = test.client();
      await staff.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      const response = await staff.get('/api/convocations/join');
      assert.equal(response.statusCode, 200, response.body);
      const join = response.json() as { link: string; shortLink: string; qrCode: string };
      assert.equal(join.link, `${test.runtime.config.publicUrl}/p`);
      assert.equal(join.shortLink, join.link.replace(/^https?:\/\//, ''));
      assert.doesNotMatch(join.shortLink, /^https?:/);
      const svg = Buffer.from(join.qrCode.replace(/^data:image\/svg\+xml;base64,/, ''), 'base64').toString();
      assert.match(svg, /^<svg [^>]*viewBox="0 0 \d+ \d+"/);
      assert.match(svg, /<path [^>]*d="M/, 'the modules are drawn');
    });

    it('is for the signed-in projector only', async () => {
      assert.equal((await test.client().get('/api/convocations/join')).statusCode, 401);
    });
  });
}
