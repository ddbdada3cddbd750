import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadDemo } from '../../db/seed/demo.ts';
import { testEngines } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

const present = [
  '- PAUL Christian - Président de la 27^e Région',
  '- BAGNERIS Laure - Région Occitanie',
  '- BOYER Grégory - Région Grand Est',
  '- NOUVEAU Jean - Ville de Paris',
].join('\n');

for (const engine of testEngines()) {
  describe(`pasting attendance lists on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    before(async () => {
      test = await createTestApp(engine);
      await loadDemo(test.runtime.database.db);
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      await secretary.post('/api/assemblies', {
        slug: 'ag-collage',
        kind: 'ordinary',
        title: 'Assemblée collée',
        heldOn: '2017-06-21',
        place: 'Superpublic',
        plannedStart: '14:00',
        membershipYear: 2017,
      });
    });
    after(() => test.close());

    it('reports a dry run line by line without writing anything', async () => {
      const dryRun = await secretary.post('/api/assemblies/ag-collage/attendance/paste', {
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
      assert.equal(lines[0]!.vote, 'Christian Paul');
      assert.equal(lines[0]!.label, 'Président de la 27^e Région');
      assert.equal(lines[1]!.vote, 'Région Occitanie');
      assert.equal(lines[2]!.vote, null, 'Grand Est was not yet a voting member');
      assert.equal(lines[3]!.isNewPerson, true);
      assert.equal((await secretary.get('/api/assemblies/ag-collage/attendance')).json().attendees.length, 0);
    });

    it('fills the sheet with labels as written, and the quorum counts the votes carried', async () => {
      const written = await secretary.post('/api/assemblies/ag-collage/attendance/paste', {
        text: present,
        role: 'voting_member',
        status: 'present',
        isDryRun: false,
      });
      assert.equal(written.statusCode, 200, written.body);
      const team = await secretary.post('/api/assemblies/ag-collage/attendance/paste', {
        text: '- VINCENT Stéphane, Délégué général - La 27^e Région',
        role: 'staff',
        status: 'present',
        isDryRun: false,
      });
      assert.equal(team.statusCode, 200);
      const sheet = (await secretary.get('/api/assemblies/ag-collage/attendance')).json();
      assert.deepEqual(
        sheet.attendees.map(
          (row: { administrativeName: string; label: string }) => `${row.administrativeName} - ${row.label}`,
        ),
        [
          'PAUL Christian - Président de la 27^e Région',
          'BAGNERIS Laure - Région Occitanie',
          'NOUVEAU Jean - Ville de Paris',
        ],
      );
      assert.equal(sheet.guests[0].administrativeName, 'BOYER Grégory');
      assert.equal(sheet.staff[0].label, 'Délégué général - La 27^e Région');
      assert.equal(sheet.quorum.counted, 3);
      const again = await secretary.post('/api/assemblies/ag-collage/attendance/paste', {
        text: present,
        role: 'voting_member',
        status: 'present',
        isDryRun: true,
      });
      assert.ok(again.json().lines.every((line: { isAlreadyOnSheet: boolean }) => line.isAlreadyOnSheet));
    });
  });
}
