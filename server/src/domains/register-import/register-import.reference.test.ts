import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { repositoryRoot } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { testEngines } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { rowsOf } from '../../../test/inspect.ts';
import { assertIndexesAsRefreshWouldWrite, registerCounts } from '../../../test/register-index.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

for (const engine of testEngines()) {
  describe(`pasting the reference's attendance into the demo register on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    let db: Db;
    before(async () => {
      test = await createTestApp(engine, 'demo');
      db = test.runtime.database.db;
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
    });
    after(() => test.close());

    async function personId(firstName: string, lastName: string): Promise<string> {
      const [row] = await rowsOf(db, 'persons', { first_name: firstName, last_name: lastName });
      return row!.id;
    }

    it('matches pasted attendance lines of the reference to the demo register, then adds what is new', async () => {
      const reference = fs.readFileSync(
        path.join(repositoryRoot, 'fixtures', 'reference', 'pv-ag-2017-la-27e-region.txt'),
        'utf8',
      );
      const wanted = [
        '- BAGNERIS Laure',
        '- VINCENT Stéphane',
        '- CHAPUT Valentin',
        '- LE LAGADEC Anne',
        '- GUILLOT Grégoire',
        '- BONET GUILLAUME',
        '- PAUL Christian',
        '- POROT Caroline',
        '- DURAIN Jérôme',
      ];
      const lines = reference.split('\n').filter((line) => wanted.some((start) => line.startsWith(start)));
      assert.equal(lines.length, wanted.length);
      const text = [...lines, '', '- DUPONT Jeanne, Cheffe de projet - Ville de Lyon', 'MARTIN'].join('\n');

      const before = await registerCounts(db);
      const dryRun = await secretary.post('/api/register/paste', { text, dryRun: true });
      assert.equal(dryRun.statusCode, 200, dryRun.body);
      const report = dryRun.json();
      assert.deepEqual(await registerCounts(db), before);
      type Line = {
        lastName: string;
        firstName: string;
        title: string | null;
        label: string | null;
        person: { id: string | null; isNew: boolean };
        organisation: { name: string; isNew: boolean } | null;
        affiliation: string;
      };
      const byName = new Map<string, Line>(report.lines.map((line: Line) => [line.lastName, line]));
      assert.equal(byName.get('Bagneris')!.person.id, await personId('Laure', 'Bagneris'));
      assert.equal(byName.get('Bagneris')!.organisation!.name, 'Région Occitanie');
      assert.equal(byName.get('Bagneris')!.affiliation, 'existing');
      assert.equal(byName.get('Vincent')!.person.id, await personId('Stéphane', 'Vincent'));
      assert.equal(byName.get('Vincent')!.title, 'Délégué général');
      assert.equal(byName.get('Vincent')!.organisation!.name, 'La 27e Région');
      assert.equal(byName.get('Chaput')!.organisation, null);
      assert.equal(byName.get('Le Lagadec')!.firstName, 'Anne');
      assert.equal(byName.get('Le Lagadec')!.person.id, await personId('Anne', 'Le Lagadec'));
      assert.equal(byName.get('Guillot')!.person.id, await personId('Grégoire', 'Guillot'));
      assert.equal(byName.get('Guillot')!.organisation!.name, 'Le CAC');
      assert.equal(byName.get('Bonet')!.person.id, await personId('Guillaume', 'Bonet'));
      assert.equal(byName.get('Paul')!.organisation!.name, 'La 27e Région', 'found inside the title');
      assert.equal(byName.get('Paul')!.label, 'Président de la 27^e Région');
      assert.equal(byName.get('Porot')!.organisation!.name, 'Ville de Mulhouse');
      assert.equal(byName.get('Durain')!.label, 'Sénateur de Saône et Loire');
      assert.equal(byName.get('Durain')!.organisation, null);
      for (const name of [
        'Bagneris',
        'Vincent',
        'Chaput',
        'Le Lagadec',
        'Guillot',
        'Bonet',
        'Paul',
        'Porot',
        'Durain',
      ]) {
        assert.equal(byName.get(name)!.person.isNew, false, name);
      }
      const dupont = byName.get('Dupont')!;
      assert.deepEqual(
        [dupont.person.isNew, dupont.person.id, dupont.organisation, dupont.title, dupont.affiliation],
        [true, null, { id: null, name: 'Ville de Lyon', isNew: true }, 'Cheffe de projet', 'new'],
      );
      assert.deepEqual(
        report.rejected.map((entry: { line: number; reason: string }) => [entry.line, entry.reason]),
        [[12, 'first_name_missing']],
      );
      assert.equal(report.matchedPersons, 9);
      assert.equal(report.newPersons, 1);

      const refused = await secretary.post('/api/register/paste', { text, dryRun: false });
      assert.equal(refused.statusCode, 400, 'an unreadable line refuses the whole paste');
      assert.deepEqual(await registerCounts(db), before);

      const written = await secretary.post('/api/register/paste', {
        text: text.replace('\nMARTIN', ''),
        dryRun: false,
      });
      assert.equal(written.statusCode, 200, written.body);
      assert.equal(written.json().isWritten, true);
      assert.deepEqual(await registerCounts(db), {
        ...before,
        persons: before.persons + 1,
        organisations: before.organisations + 1,
        affiliations: before.affiliations + 1,
      });
      const lyon = (await secretary.get('/api/persons?q=jeanne%20lyon')).json();
      assert.equal(lyon.total, 1);
      const again = (
        await secretary.post('/api/register/paste', { text: text.replace('\nMARTIN', ''), dryRun: true })
      ).json();
      assert.equal(again.newPersons, 0);
      assert.equal(again.newOrganisations, 0);
      assert.equal(again.newAffiliations, 0);
      await assertIndexesAsRefreshWouldWrite(db);
    });
  });
}
