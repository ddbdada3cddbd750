import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../../test/databases.ts';
import { createActor, createAssembly, createPerson } from '../../../test/factories.ts';
import { rowsOf } from '../../../test/inspect.ts';
import { createTestRuntime, type TestRuntime } from '../../../test/test-runtime.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { AppError } from '../../http/app-error.ts';
import { getCeremony, startCeremony } from './ceremony.service.ts';

for (const engine of testEngines()) {
  describe(`the key ceremony's trustees on ${engine}`, () => {
    let test: TestRuntime;
    let actor: SessionUser;
    before(async () => {
      test = await createTestRuntime(engine);
      actor = await createActor(test.runtime, { role: 'secretary' });
    });
    after(() => test.close());

    it('without scrutineers, the chair and the secretary hold the keys; without the server, both are needed', async () => {
      const chair = await createPerson(test.runtime, { firstName: 'Rose', lastName: 'Nadal' });
      const scribe = await createPerson(test.runtime, { firstName: 'Hugo', lastName: 'Bastide' });
      const assembly = await createAssembly(test.runtime, {
        chairPersonId: chair.id,
        secretaryPersonId: scribe.id,
      });
      const { ceremony, links } = await startCeremony(test.runtime, {
        actor,
        slug: assembly.slug,
        input: { isServerTrustee: false },
      });
      assert.deepEqual(
        ceremony.trustees.map((trustee) => [trustee.name, trustee.isServer]),
        [
          ['Rose Nadal', false],
          ['Hugo Bastide', false],
        ],
      );
      assert.equal(ceremony.threshold, 2);
      assert.equal(links.length, 2);
      assert.deepEqual(await rowsOf(test.runtime.database, 'ceremony_server_secrets', {}), []);
      // The token is stored hashed only.
      const stored = await rowsOf(test.runtime.database, 'ceremony_trustees', { ceremony_id: ceremony.id });
      for (const link of links) {
        const token = link.link.slice(link.link.indexOf('#') + 1);
        assert.ok(stored.every((row) => row.token_hash !== token));
      }
      assert.equal((await getCeremony(test.runtime, assembly.slug))!.status, 'certificates');
    });

    it('refuses a ceremony with nobody to hold the keys, and a threshold of one beside the server', async () => {
      const empty = await createAssembly(test.runtime);
      await assert.rejects(
        startCeremony(test.runtime, { actor, slug: empty.slug, input: {} }),
        (error: unknown) => error instanceof AppError && error.code === 'ceremony_no_trustees',
      );
      const chair = await createPerson(test.runtime);
      const alone = await createAssembly(test.runtime, { chairPersonId: chair.id });
      await assert.rejects(
        startCeremony(test.runtime, { actor, slug: alone.slug, input: { threshold: 1 } }),
        (error: unknown) => error instanceof AppError && error.code === 'ceremony_threshold_invalid',
      );
      const { ceremony } = await startCeremony(test.runtime, { actor, slug: alone.slug, input: {} });
      assert.equal(ceremony.threshold, 2, 'the chair and the server: both are needed');
    });
  });
}
