import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadDemo } from '../../db/seed/demo.ts';
import { testEngines } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

type Candidate = {
  personId: string;
  administrativeName: string;
  votes: { membershipId: string; memberName: string; presence: string }[];
  attendance: { id: string; status: string } | null;
};

for (const engine of testEngines()) {
  describe(`check-in at the door on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    before(async () => {
      test = await createTestApp(engine);
      await loadDemo(test.runtime.database.db);
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      const created = await secretary.post('/api/assemblies', {
        slug: 'ag-porte',
        kind: 'ordinary',
        title: 'Assemblée à la porte',
        heldOn: '2017-12-01',
        place: 'Superpublic',
        plannedStart: '14:00',
        membershipYear: 2017,
      });
      assert.equal(created.statusCode, 201);
    });
    after(() => test.close());

    const search = async (q: string): Promise<Candidate[]> =>
      (await secretary.get(`/api/assemblies/ag-porte/check-in?q=${encodeURIComponent(q)}`)).json().candidates;

    it('finds people as one types, with the votes they may carry', async () => {
      const [largeau] = await search('larg');
      assert.equal(largeau!.administrativeName, 'LARGEAU Sophie');
      assert.deepEqual(
        largeau!.votes.map((vote) => vote.memberName),
        ['Ville de Paris'],
        'she speaks for a member authority',
      );
      const [pene] = await search('PÈNE');
      assert.equal(pene!.votes[0]!.memberName, 'Clémence Pène', 'her own individual membership');
      assert.deepEqual(await search(''), []);
    });

    it('checks in with one tap, refuses twice, and undoes', async () => {
      const [largeau] = await search('largeau');
      const tapped = await secretary.post('/api/assemblies/ag-porte/check-in', {
        personId: largeau!.personId,
        membershipId: largeau!.votes[0]!.membershipId,
      });
      assert.equal(tapped.statusCode, 200, tapped.body);
      assert.equal(tapped.json().quorum.counted, 1);
      assert.equal(tapped.json().presentCount, 1);
      const twice = await secretary.post('/api/assemblies/ag-porte/check-in', {
        personId: largeau!.personId,
        membershipId: largeau!.votes[0]!.membershipId,
      });
      assert.equal(twice.statusCode, 409);
      const [after] = await search('largeau');
      assert.equal(after!.attendance!.status, 'present');
      assert.equal(after!.votes[0]!.presence, 'present');
      const undone = await secretary.post(
        `/api/assemblies/ag-porte/attendance/${after!.attendance!.id}/presence`,
        {
          action: 'undo',
        },
      );
      assert.equal(undone.json().quorum.counted, 0);
    });

    it('refuses a vote the person cannot carry', async () => {
      const [largeau] = await search('largeau');
      const [pene] = await search('pene');
      const refused = await secretary.post('/api/assemblies/ag-porte/check-in', {
        personId: pene!.personId,
        membershipId: largeau!.votes[0]!.membershipId,
      });
      assert.equal(refused.statusCode, 400);
      assert.equal(refused.json().errors[0].path, 'body.membershipId');
    });

    it('prints the attendance sheet as PDF and CSV', async () => {
      const pdf = await secretary.get('/api/assemblies/ag-2017/attendance.pdf');
      assert.equal(pdf.statusCode, 200);
      assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
      const csv = await secretary.get('/api/assemblies/ag-2017/attendance.csv');
      const lines = csv.body
        .replace(/^\ufeff/, '')
        .trim()
        .split('\n');
      assert.equal(lines[0], 'Section,Nom,Représente / qualité,Statut');
      assert.ok(
        lines.includes('Membres ayant droit de vote,PAUL Christian,Président de la 27e Région,Présent'),
      );
      assert.ok(
        lines.some((line) => line.startsWith('Équipe (sans droit de vote),VINCENT Stéphane,Délégué général')),
      );
      const member = test.client();
      await member.signIn((await createUser(test.runtime, { role: 'member' })).email);
      assert.equal((await member.get('/api/assemblies/ag-2017/attendance.pdf')).statusCode, 403);
    });
  });
}
