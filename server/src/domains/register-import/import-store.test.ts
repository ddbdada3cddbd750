import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { buildApp } from '../../app.ts';
import type { App } from '../../http/routes.ts';
import type { Runtime } from '../../runtime.ts';
import { ApiClient } from '../../../test/api-client.ts';
import { testEngines } from '../../../test/databases.ts';
import { createCategories, createUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { importStoreOf } from './register-import.routes.ts';

const csv = (rows: number, prefix: string) =>
  `Nom;Prénom;Année;Catégorie\n${Array.from({ length: rows }, (_, index) => `${prefix}${index};Alex;2024;individual`).join('\n')}\n`;

async function upload(client: ApiClient, body: string) {
  return client.request('POST', '/api/register/imports?fileName=membres.csv', body, {
    'content-type': 'text/csv',
  });
}

const mapping = { lastName: 'Nom', firstName: 'Prénom', membershipYear: 'Année', category: 'Catégorie' };

// Issue 13: uploads lived in one process's memory and folder (an upload on A was unknown to B), without quota.
for (const engine of testEngines()) {
  describe(`uploads every server process sees, within a quota, on ${engine}`, () => {
    let test: TestApp;
    let otherRuntime: Runtime;
    let otherApp: App;
    let email: string;
    const quotaBytes = 1024 * 1024;
    before(async () => {
      test = await createTestApp(engine);
      await createCategories(test.runtime);
      email = (await createUser(test.runtime, { role: 'secretary' })).email;
      // A second process on the same database and upload folder, with a small quota of its own.
      otherRuntime = await test.openAnotherRuntime();
      otherApp = await buildApp({
        ...otherRuntime,
        config: { ...otherRuntime.config, uploadQuotaBytes: quotaBytes },
      });
      await otherApp.ready();
    });
    after(async () => {
      await otherApp.close();
      await otherRuntime.close();
      await test.close();
    });

    async function signedIn(app: App): Promise<ApiClient> {
      const client = new ApiClient(app);
      await client.signIn(email);
      return client;
    }

    it('checks and imports through one process a file uploaded through another, whose progress both read', async () => {
      const onFirst = await signedIn(test.app);
      const onSecond = await signedIn(otherApp);
      const uploaded = await upload(onFirst, csv(300, 'Partage'));
      assert.equal(uploaded.statusCode, 201);
      const { importId } = uploaded.json();
      const seen = await onSecond.get(`/api/register/imports/${importId}`);
      assert.equal(seen.statusCode, 200);
      assert.deepEqual(seen.json().columns, ['Nom', 'Prénom', 'Année', 'Catégorie']);
      assert.equal(seen.json().total, 300);
      const checked = await onSecond.post(`/api/register/imports/${importId}/dry-run`, { mapping });
      assert.equal(checked.statusCode, 200);
      assert.equal((await onFirst.get(`/api/register/imports/${importId}`)).json().phase, 'checked');
      const committed = await onSecond.post(`/api/register/imports/${importId}/commit`, { mapping });
      assert.equal(committed.statusCode, 200, committed.body);
      const view = (await onFirst.get(`/api/register/imports/${importId}`)).json();
      assert.equal(view.phase, 'imported');
      assert.equal(view.processed, 300);
      const again = await onFirst.post(`/api/register/imports/${importId}/commit`, { mapping });
      assert.equal(again.statusCode, 409, 'imported once, through whichever process');
      assert.equal(again.json().code, 'import_already_done');
    });

    it('refuses an upload past the association’s quota with a 413 naming it, and counts only files kept', async () => {
      const client = await signedIn(otherApp);
      const store = importStoreOf(otherApp)!;
      const big = csv(20_000, 'Quota'); // about 620 kB: one fits the quota, two do not
      const first = await upload(client, big);
      assert.equal(first.statusCode, 201);
      const kept = fs.readdirSync(store.directory).sort();
      const refused = await upload(client, big);
      assert.equal(refused.statusCode, 413);
      assert.equal(refused.json().code, 'upload_quota_exceeded');
      assert.match(refused.json().detail, /dépassent 1 Mo/);
      assert.deepEqual(fs.readdirSync(store.directory).sort(), kept, 'nothing of the refused upload is kept');
      // Discarding the first upload gives its bytes back.
      assert.equal(
        (await client.request('DELETE', `/api/register/imports/${first.json().importId}`)).statusCode,
        204,
      );
      const second = await upload(client, big);
      assert.equal(second.statusCode, 201);
      // An imported file no longer counts.
      const committed = await client.post(`/api/register/imports/${second.json().importId}/commit`, {
        mapping,
      });
      assert.equal(committed.statusCode, 200, committed.body);
      assert.equal((await upload(client, big)).statusCode, 201);
    });

    it('forgets an upload and its file after a day', async () => {
      const client = await signedIn(test.app);
      const store = importStoreOf(test.app)!;
      const { importId } = (await upload(client, csv(5, 'Ancien'))).json();
      assert.ok(fs.existsSync(`${store.directory}/${importId}.upload`));
      await store.purgeStale(Date.now() + 25 * 3600 * 1000);
      assert.equal((await client.get(`/api/register/imports/${importId}`)).statusCode, 404);
      assert.ok(!fs.existsSync(`${store.directory}/${importId}.upload`), 'its file is gone');
    });
  });
}
