import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { present, team, excused } from '../../db/seed/la-27e-region.assembly.ts';
import { testEngines } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';
import { formatAdministrativeName } from '../../../../common/names.ts';

type Row = {
  id: string;
  administrativeName: string;
  label: string | null;
  membershipId: string | null;
  status: string;
  role: string;
};

for (const engine of testEngines()) {
  describe(`the reference's 2017 assembly on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    before(async () => {
      test = await createTestApp(engine, 'demo');
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
    });
    after(() => test.close());

    it('holds the 2017 assembly as the reference states it', async () => {
      const assembly = (await secretary.get('/api/assemblies/ag-2017')).json();
      assert.equal(assembly.heldOn, '2017-06-21');
      assert.equal(assembly.place, 'Superpublic');
      assert.equal(assembly.actualStart, '14:00');
      assert.equal(assembly.actualEnd, '17:00');
      assert.equal(assembly.chair.name, 'Christian Paul');
      assert.equal(assembly.agenda.length, 7);
      assert.equal(assembly.agenda[3].title, 'Approuver la grille d’adhésion 2017');
    });

    it('lists the present, the team and the excused exactly as the reference, with their labels', async () => {
      const sheet = (await secretary.get('/api/assemblies/ag-2017/attendance')).json();
      const line = (row: Row) =>
        row.label ? `${row.administrativeName} - ${row.label}` : row.administrativeName;
      const expected = (lines: [string, string, string | null][]) =>
        lines.map(([firstName, lastName, label]) => {
          const name = formatAdministrativeName({ firstName, lastName });
          return label ? `${name} - ${label}` : name;
        });
      const everyone: Row[] = [...sheet.attendees, ...sheet.guests];
      const presentRows = everyone.filter((row) => row.status === 'present');
      const excusedRows = everyone.filter((row) => row.status === 'excused');
      assert.deepEqual(new Set(presentRows.map(line)), new Set(expected(present)));
      assert.equal(presentRows.length, 34);
      assert.deepEqual(sheet.staff.map(line), expected(team));
      assert.deepEqual(new Set(excusedRows.map(line)), new Set(expected(excused)));
      assert.equal(
        sheet.quorum.statement.fr,
        '23 membres présents ou représentés sur 38 membres ayant droit de vote\u202f; quorum du quart\u202f: 10\u202f; atteint',
      );
      assert.equal(sheet.isQuorumFrozen, true);
      const members = await test.client().get('/api/assemblies/ag-2017/attendance');
      assert.equal(members.statusCode, 401);
    });
  });
}
