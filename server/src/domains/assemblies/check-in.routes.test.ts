import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngines } from '../../../test/databases.ts';
import {
  createAffiliation,
  createAssembly,
  createAttendance,
  createIndividualMember,
  createOrganisationMember,
  createPerson,
  createStatutes,
  createUser,
} from '../../../test/factories.ts';
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
      const context = test.runtime;
      await createStatutes(context);
      // A town's representative, a member in her own name, and an assembly already held with its sheet.
      const town = await createOrganisationMember(context, { year: 2017, name: 'Commune de Valfleuri' });
      const delegate = await createPerson(context, { firstName: 'Sophie', lastName: 'Lavergne' });
      await createAffiliation(context, { personId: delegate.id, organisationId: town.organisation.id });
      await createIndividualMember(context, { year: 2017, firstName: 'Clémence', lastName: 'Pérault' });
      const chair = await createIndividualMember(context, {
        year: 2017,
        firstName: 'Christian',
        lastName: 'Dubreuil',
      });
      const director = await createPerson(context, { firstName: 'Stéphane', lastName: 'Morel' });
      const held = await createAssembly(context, { slug: 'ag-2017', heldOn: '2017-06-21' });
      await createAttendance(context, {
        slug: held.slug,
        personId: chair.person.id,
        membershipId: chair.membership.id,
        label: 'Président des Amis du Parc',
      });
      await createAttendance(context, {
        slug: held.slug,
        personId: director.id,
        role: 'staff',
        label: 'Délégué général',
      });
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
      const [delegate] = await search('laver');
      assert.equal(delegate!.administrativeName, 'LAVERGNE Sophie');
      assert.deepEqual(
        delegate!.votes.map((vote) => vote.memberName),
        ['Commune de Valfleuri'],
        'she speaks for a member authority',
      );
      const [member] = await search('PÉRAULT');
      assert.equal(member!.votes[0]!.memberName, 'Clémence Pérault', 'her own individual membership');
      assert.deepEqual(await search(''), []);
    });

    it('checks in with one tap, refuses twice, and undoes', async () => {
      const [delegate] = await search('lavergne');
      const tapped = await secretary.post('/api/assemblies/ag-porte/check-in', {
        personId: delegate!.personId,
        membershipId: delegate!.votes[0]!.membershipId,
      });
      assert.equal(tapped.statusCode, 200, tapped.body);
      assert.equal(tapped.json().quorum.counted, 1);
      assert.equal(tapped.json().presentCount, 1);
      const twice = await secretary.post('/api/assemblies/ag-porte/check-in', {
        personId: delegate!.personId,
        membershipId: delegate!.votes[0]!.membershipId,
      });
      assert.equal(twice.statusCode, 409);
      const [after] = await search('lavergne');
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
      const [delegate] = await search('lavergne');
      const [member] = await search('perault');
      const refused = await secretary.post('/api/assemblies/ag-porte/check-in', {
        personId: member!.personId,
        membershipId: delegate!.votes[0]!.membershipId,
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
        lines.includes('Membres ayant droit de vote,DUBREUIL Christian,Président des Amis du Parc,Présent'),
      );
      assert.ok(
        lines.some((line) => line.startsWith('Équipe (sans droit de vote),MOREL Stéphane,Délégué général')),
      );
      const member = test.client();
      await member.signIn((await createUser(test.runtime, { role: 'member' })).email);
      assert.equal((await member.get('/api/assemblies/ag-2017/attendance.pdf')).statusCode, 403);
    });
  });
}
