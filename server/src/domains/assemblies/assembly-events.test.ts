import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { AssemblyStateEvent } from '../../../../common/events.ts';
import { buildApp } from '../../app.ts';
import type { App } from '../../http/routes.ts';
import type { Runtime } from '../../runtime.ts';
import { testEngines } from '../../../test/databases.ts';
import {
  createAssembly,
  createIndividualMember,
  createStatutes,
  createUser,
  testPassword,
} from '../../../test/factories.ts';
import { HttpClient } from '../../../test/http-client.ts';
import { connectSse } from '../../../test/sse-client.ts';
import { startTestServer, type TestServer } from '../../../test/test-server.ts';

for (const engine of testEngines()) {
  describe(`live assembly events on ${engine}`, () => {
    let server: TestServer;
    let secretary: HttpClient;
    let slug: string;
    let agenda: { id: string; title: string }[];
    before(async () => {
      server = await startTestServer(engine);
      const user = await createUser(server.runtime, { role: 'secretary' });
      secretary = new HttpClient(server.url);
      await secretary.signIn(user.email, testPassword);
      await createStatutes(server.runtime);
      for (const lastName of ['Aubert', 'Bonnet'])
        await createIndividualMember(server.runtime, { year: 2017, firstName: 'Alix', lastName });
    });
    // Each test follows an assembly of its own, from its planned state.
    beforeEach(async () => {
      const created = await createAssembly(server.runtime, {
        title: 'Assemblée en direct',
        heldOn: '2017-12-01',
        agenda: [
          { kind: 'informative', title: 'Accueil' },
          { kind: 'deliberative', title: 'Approbation des comptes' },
        ],
      });
      slug = created.slug;
      agenda = created.agenda;
    });
    after(() => server.close());

    it('sends the current state first, then every change of agenda item and quorum', async () => {
      const events = await connectSse(`${server.url}/api/assemblies/${slug}/events`, secretary.headers);
      try {
        const first = await events.next<AssemblyStateEvent>();
        assert.equal(first.phase, 'planned');
        assert.equal(first.actualStart, null);
        assert.equal(first.quorum.counted, 0);

        await secretary.send('PUT', `/api/assemblies/${slug}/current-item`, { agendaItemId: agenda[1]!.id });
        const moved = await events.next<AssemblyStateEvent>(
          (event) => event.currentAgendaItemId === agenda[1]!.id,
        );
        assert.equal(moved.currentAgendaItemTitle, 'Approbation des comptes');

        const sheet = (await secretary.send('GET', `/api/assemblies/${slug}/attendance`)).json() as {
          votingMembers: { membershipId: string; personId: string | null }[];
        };
        const member = sheet.votingMembers.find((entry) => entry.personId)!;
        await secretary.send('POST', `/api/assemblies/${slug}/attendance`, {
          personId: member.personId,
          membershipId: member.membershipId,
          role: 'voting_member',
          status: 'present',
        });
        const counted = await events.next<AssemblyStateEvent>((event) => event.quorum.counted === 1);
        assert.equal(counted.presentCount, 1);
      } finally {
        events.close();
      }
    });

    it('refuses the stream to someone not signed in', async () => {
      const response = await fetch(`${server.url}/api/assemblies/${slug}/events`);
      assert.equal(response.status, 401);
    });

    if (engine === 'postgres') {
      it('reaches the clients of another server process through PostgreSQL LISTEN/NOTIFY', async () => {
        let other: Runtime | undefined;
        let otherApp: App | undefined;
        try {
          other = await server.openAnotherRuntime();
          otherApp = await buildApp(other);
          const address = await otherApp.listen({ port: 0, host: '127.0.0.1' });
          const events = await connectSse(`${address}/api/assemblies/${slug}/events`, secretary.headers);
          try {
            await events.next();
            await secretary.send('PUT', `/api/assemblies/${slug}/current-item`, {
              agendaItemId: agenda[0]!.id,
            });
            const event = await events.next<AssemblyStateEvent>(
              (data) => data.currentAgendaItemId === agenda[0]!.id,
            );
            assert.equal(event.currentAgendaItemTitle, 'Accueil');
          } finally {
            events.close();
          }
        } finally {
          await otherApp?.close();
          await other?.close();
        }
      });
    }
  });
}
