import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { testEngines } from '../../../test/databases.ts';
import {
  createAffiliation,
  createAssembly,
  createIndividualMember,
  createOrganisationMember,
  createPerson,
  createStatutes,
  createUser,
} from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

const present = [
  '- DUBREUIL Christian - Président des Amis du Parc',
  '- LAVERGNE Laure - Département du Val-Fleuri',
  '- BRUNET Grégory - Commune des Trois Vallées',
  '- NOUVEAU Jean - Commune de Valfleuri',
].join('\n');

for (const engine of testEngines()) {
  describe(`pasting attendance lists on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    before(async () => {
      test = await createTestApp(engine);
      const context = test.runtime;
      await createStatutes(context);
      await createIndividualMember(context, { year: 2017, firstName: 'Christian', lastName: 'Dubreuil' });
      // Two member authorities with a known representative; the third joined after the assembly.
      for (const [name, firstName, lastName, history] of [
        ['Département du Val-Fleuri', 'Laure', 'Lavergne', [['validated', '2017-01-09']]],
        [
          'Commune des Trois Vallées',
          'Grégory',
          'Brunet',
          [
            ['validation_pending', '2017-01-09'],
            ['validated', '2017-09-05'],
          ],
        ],
      ] as const) {
        const member = await createOrganisationMember(context, {
          year: 2017,
          name,
          history: history.map(([status, day]) => [status, day]),
        });
        const person = await createPerson(context, { firstName, lastName });
        await createAffiliation(context, { personId: person.id, organisationId: member.organisation.id });
      }
      await createOrganisationMember(context, { year: 2017, name: 'Commune de Valfleuri' });
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
    });
    // Each test pastes on an assembly of its own.
    let slug: string;
    beforeEach(async () => {
      slug = (await createAssembly(test.runtime, { heldOn: '2017-06-21' })).slug;
    });
    after(() => test.close());

    it('reports a dry run line by line without writing anything', async () => {
      const dryRun = await secretary.post(`/api/assemblies/${slug}/attendance/paste`, {
        text: present,
        role: 'voting_member',
        status: 'present',
        isDryRun: true,
      });
      assert.equal(dryRun.statusCode, 200, dryRun.body);
      const lines = dryRun.json().lines as {
        personName: string;
        isNewPerson: boolean;
        vote: string | null;
        label: string;
      }[];
      assert.equal(lines.length, 4);
      assert.equal(lines[0]!.vote, 'Christian Dubreuil');
      assert.equal(lines[0]!.label, 'Président des Amis du Parc');
      assert.equal(lines[1]!.vote, 'Département du Val-Fleuri');
      assert.equal(lines[2]!.vote, null, 'Trois Vallées was not yet a voting member');
      assert.equal(lines[3]!.isNewPerson, true);
      assert.equal((await secretary.get(`/api/assemblies/${slug}/attendance`)).json().attendees.length, 0);
    });

    it('fills the sheet with labels as written, and the quorum counts the votes carried', async () => {
      const written = await secretary.post(`/api/assemblies/${slug}/attendance/paste`, {
        text: present,
        role: 'voting_member',
        status: 'present',
        isDryRun: false,
      });
      assert.equal(written.statusCode, 200, written.body);
      const team = await secretary.post(`/api/assemblies/${slug}/attendance/paste`, {
        text: '- MOREL Stéphane, Délégué général - Amis du Parc',
        role: 'staff',
        status: 'present',
        isDryRun: false,
      });
      assert.equal(team.statusCode, 200);
      const sheet = (await secretary.get(`/api/assemblies/${slug}/attendance`)).json();
      assert.deepEqual(
        sheet.attendees.map(
          (row: { administrativeName: string; label: string }) => `${row.administrativeName} - ${row.label}`,
        ),
        [
          'DUBREUIL Christian - Président des Amis du Parc',
          'LAVERGNE Laure - Département du Val-Fleuri',
          'NOUVEAU Jean - Commune de Valfleuri',
        ],
      );
      assert.equal(sheet.guests[0].administrativeName, 'BRUNET Grégory');
      assert.equal(sheet.staff[0].label, 'Délégué général - Amis du Parc');
      assert.equal(sheet.quorum.counted, 3);
      const again = await secretary.post(`/api/assemblies/${slug}/attendance/paste`, {
        text: present,
        role: 'voting_member',
        status: 'present',
        isDryRun: true,
      });
      assert.ok(again.json().lines.every((line: { isAlreadyOnSheet: boolean }) => line.isAlreadyOnSheet));
    });
  });
}
