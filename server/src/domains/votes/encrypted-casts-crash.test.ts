import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import { createBallot, type EncryptedBallot, type PollParameters } from '../../../../common/crypto/ballot.ts';
import { secureRandom } from '../../../../common/crypto/group.ts';
import type { PollView } from '../../../../common/votes.schemas.ts';
import { loadConfig } from '../../config.ts';
import { loadSodiumGroup } from '../../crypto/sodium-group.ts';
import { newId } from '../../ids.ts';
import { openRuntime, type Runtime } from '../../runtime.ts';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../test/databases.ts';
import {
  partialOf,
  runCeremony,
  tokenOfLink,
  trusteeSend,
  type TrusteeDevice,
} from '../../../test/encrypted-polls.ts';
import { createPerson, createUser, testPassword } from '../../../test/factories.ts';
import { HttpClient } from '../../../test/http-client.ts';
import { insertRows, rowsOf } from '../../../test/inspect.ts';
import { startServerProcess } from '../../../test/server-process.ts';
import { castFromPhone, seedVotingAssembly, type SeatedPhone } from '../../../test/voting-assembly.ts';

const voters = 200;

for (const engine of testEngines()) {
  describe(`encrypted casts survive SIGKILL on ${engine}`, () => {
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
      const seeded = await seedVotingAssembly(runtime.database.db, { voters, slug: 'crash-enc' });
      ({ phones, agendaItemId } = seeded);
      const scrutineers = [await createPerson(runtime), await createPerson(runtime)];
      await insertRows(
        runtime.database,
        'assembly_scrutineers',
        scrutineers.map((person, index) => ({
          id: newId(),
          assembly_id: seeded.assemblyId,
          person_id: person.id,
          position: index + 1,
        })),
      );
      secretaryEmail = (await createUser(runtime, { role: 'secretary' })).email;
    });
    after(async () => {
      await runtime.close();
      await database.drop();
    });

    it('keeps every acknowledged encrypted ballot after a kill -9 with casts in flight, and decrypts them', async () => {
      const first = await startServerProcess({ url: database.url, schema: database.options.schema });
      const secretary = new HttpClient(first.address);
      await secretary.signIn(secretaryEmail, testPassword);
      const started = (await secretary.send('POST', '/api/assemblies/crash-enc/ceremony', {})).json() as {
        links: { index: number; link: string }[];
      };
      const devices: TrusteeDevice[] = started.links.map((link) => ({
        index: link.index,
        token: tokenOfLink(link.link),
      }));
      await runCeremony(first.address, devices);
      const resolution = (
        await secretary.send('POST', '/api/assemblies/crash-enc/resolutions', {
          agendaItemId,
          title: 'Coupure chiffrée',
          text: 'approuve la coupure',
          method: 'secret',
        })
      ).json() as { id: string };
      const poll = (
        await secretary.send('POST', '/api/assemblies/crash-enc/polls', { resolutionId: resolution.id })
      ).json() as PollView;
      const parameters = poll.encryption!.parameters as PollParameters;
      // Each phone encrypts its ballot before sending, as a phone does.
      const group = await loadSodiumGroup();
      const ballots = new Map<string, EncryptedBallot>(
        phones.map((phone) => [
          phone.membershipId,
          createBallot(group, {
            parameters,
            credentialSecret: secureRandom()(),
            marked: ['for'],
            random: secureRandom(),
          }),
        ]),
      );

      const agent = new http.Agent({ keepAlive: true, maxSockets: 100 });
      const acknowledged = new Set<string>();
      let isKilled = false;
      const address = new URL(first.address);
      const attempts = phones.map(async (phone) => {
        try {
          const status = await castFromPhone(address, phone, poll.id, agent, ballots.get(phone.membershipId));
          if (status === 200) acknowledged.add(phone.membershipId);
        } catch {
          // the connection died with the server: not acknowledged
        }
        if (!isKilled && acknowledged.size >= 30) {
          isKilled = true;
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
      assert.ok(acknowledged.size < voters, 'some casts were cut off');

      const second = await startServerProcess({ url: database.url, schema: database.options.schema });
      try {
        const stored = (await rowsOf(runtime.database, 'encrypted_ballots', { poll_id: poll.id })).map(
          (row) => row.credential,
        );
        assert.equal(new Set(stored).size, stored.length, 'no ballot twice');
        for (const membershipId of acknowledged)
          assert.ok(
            stored.includes(ballots.get(membershipId)!.credential),
            'an acknowledged ballot is stored',
          );
        const voted = await rowsOf(runtime.database, 'poll_voters', { poll_id: poll.id, has_voted: 1 });
        assert.deepEqual(
          voted.map((row) => row.credential).sort(),
          [...stored].sort(),
          'participation matches the ballot box',
        );

        // Phones retry what got no answer, with the same keys and ballots: each is counted once.
        const retryAgent = new http.Agent({ keepAlive: true, maxSockets: 20 });
        const statuses = await Promise.all(
          phones.map((phone) =>
            castFromPhone(
              new URL(second.address),
              phone,
              poll.id,
              retryAgent,
              ballots.get(phone.membershipId),
            ),
          ),
        );
        retryAgent.destroy();
        assert.ok(
          statuses.every((status) => status === 200),
          'a retried cast is accepted or recognised',
        );
        const closer = new HttpClient(second.address);
        await closer.signIn(secretaryEmail, testPassword);
        const closed = (
          await closer.send('POST', `/api/assemblies/crash-enc/polls/${poll.id}/close`)
        ).json() as PollView;
        assert.equal(closed.status, 'decrypting');
        const view = (await trusteeSend(second.address, devices[1]!.token, 'GET', '/api/trustee')).json;
        const decrypted = await trusteeSend<PollView>(
          second.address,
          devices[1]!.token,
          'POST',
          `/api/trustee/decryptions/${poll.id}`,
          { partial: partialOf(devices[1]!, view.pendingDecryptions[0]!) },
        );
        assert.equal(decrypted.status, 200, JSON.stringify(decrypted.json));
        const result = decrypted.json.result;
        assert.ok(result?.kind === 'resolution');
        assert.equal(result.counts.for, voters);
      } finally {
        second.child.kill('SIGTERM');
        await new Promise((resolve) => second.child.once('exit', resolve));
      }
    });
  });
}
