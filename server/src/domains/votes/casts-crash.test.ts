import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import { loadConfig } from '../../config.ts';
import { openRuntime, type Runtime } from '../../runtime.ts';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../test/databases.ts';
import { createUser, testPassword } from '../../../test/factories.ts';
import { HttpClient } from '../../../test/http-client.ts';
import { startServerProcess } from '../../../test/server-process.ts';
import { castFromPhone, seedVotingAssembly, type SeatedPhone } from '../../../test/voting-assembly.ts';
import { rowsOf } from '../../../test/inspect.ts';

const voters = 300;

for (const engine of testEngines()) {
  describe(`casts survive SIGKILL on ${engine}`, () => {
    let database: TestDatabase;
    let runtime: Runtime;
    let phones: SeatedPhone[];
    let agendaItemId: string;
    let secretaryEmail: string;
    before(async () => {
      database = await createTestDatabase(engine);
      runtime = await openRuntime({
        config: { ...loadConfig({}), databaseUrl: database.url, logLevel: 'silent' },
        logger: pino({ level: 'silent' }),
        databaseOptions: database.options,
      });
      ({ phones, agendaItemId } = await seedVotingAssembly(runtime.database.db, { voters, slug: 'crash' }));
      secretaryEmail = (await createUser(runtime, { role: 'secretary' })).email;
    });
    after(async () => {
      await runtime.close();
      await database.drop();
    });

    it('counts every acknowledged ballot once after a kill -9 with casts in flight', async () => {
      const first = await startServerProcess({ url: database.url, schema: database.options.schema });
      const secretary = new HttpClient(first.address);
      await secretary.signIn(secretaryEmail, testPassword);
      const resolution = (
        await secretary.send('POST', '/api/assemblies/crash/resolutions', {
          agendaItemId,
          title: 'Coupure',
          text: 'approuve la coupure',
          method: 'named',
        })
      ).json() as { id: string };
      const poll = (
        await secretary.send('POST', '/api/assemblies/crash/polls', { resolutionId: resolution.id })
      ).json() as { id: string };

      const agent = new http.Agent({ keepAlive: true, maxSockets: 100 });
      const acknowledged = new Set<string>();
      let inFlight = 0;
      let maxInFlightAtKill = 0;
      let isKilled = false;
      const address = new URL(first.address);
      const attempts = phones.map(async (phone) => {
        inFlight += 1;
        try {
          const status = await castFromPhone(address, phone, poll.id, agent);
          if (status === 200) acknowledged.add(phone.membershipId);
        } catch {
          // the connection died with the server: not acknowledged
        } finally {
          inFlight -= 1;
        }
        if (!isKilled && acknowledged.size >= 40) {
          isKilled = true;
          maxInFlightAtKill = inFlight;
          first.child.kill('SIGKILL');
        }
      });
      await Promise.all(attempts);
      agent.destroy();
      await new Promise((resolve) =>
        first.child.exitCode !== null || first.child.signalCode
          ? resolve(null)
          : first.child.once('exit', resolve),
      );
      assert.ok(isKilled, 'the server was killed during the casts');
      assert.ok(maxInFlightAtKill >= 50, `at least 50 casts in flight at the kill (${maxInFlightAtKill})`);
      assert.ok(acknowledged.size < voters, 'some casts were cut off');

      const second = await startServerProcess({ url: database.url, schema: database.options.schema });
      try {
        const ballots = await rowsOf(runtime.database, 'ballots', { poll_id: poll.id });
        const stored = ballots.map((ballot) => ballot.membership_id!);
        assert.equal(new Set(stored).size, stored.length, 'no ballot twice');
        for (const membershipId of acknowledged)
          assert.ok(stored.includes(membershipId), 'an acknowledged ballot is stored');
        const voted = await rowsOf(runtime.database, 'poll_voters', { poll_id: poll.id, has_voted: 1 });
        assert.deepEqual(
          voted.map((row) => row.membership_id).sort(),
          [...stored].sort(),
          'participation matches ballots',
        );

        // Phones retry what got no answer, with the same keys: each is counted once.
        const retryAgent = new http.Agent({ keepAlive: true, maxSockets: 20 });
        const statuses = await Promise.all(
          phones.map((phone) => castFromPhone(new URL(second.address), phone, poll.id, retryAgent)),
        );
        retryAgent.destroy();
        assert.ok(
          statuses.every((status) => status === 200),
          'a retried cast is accepted or recognised',
        );
        const closer = new HttpClient(second.address);
        await closer.signIn(secretaryEmail, testPassword);
        const closed = (await closer.send('POST', `/api/assemblies/crash/polls/${poll.id}/close`)).json() as {
          result: { counts: { for: number } };
        };
        assert.equal(closed.result.counts.for, voters);
      } finally {
        second.child.kill('SIGTERM');
        await new Promise((resolve) => second.child.once('exit', resolve));
      }
    });
  });
}
