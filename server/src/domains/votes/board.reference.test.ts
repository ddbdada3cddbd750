import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadDemo } from '../../db/seed/demo.ts';
import { testEngines } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { rowsOf } from '../../../test/inspect.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';
import { listResolutionsForMinutes } from './resolutions.service.ts';
import { boardComposition } from './board.service.ts';

for (const engine of testEngines()) {
  describe(`the reference's 2017 resolutions and board on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    let member: ApiClient;
    before(async () => {
      test = await createTestApp(engine, 'demo');
      // Loading the demo again, over the copy of it, changes nothing.
      await loadDemo(test.runtime.database.db);
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      member = test.client();
      await member.signIn((await createUser(test.runtime, { role: 'member' })).email);
    });
    after(() => test.close());

    it('holds the three resolutions as the reference records them, worded as it words them', async () => {
      const response = await member.get('/api/assemblies/ag-2017/resolutions');
      assert.equal(response.statusCode, 200);
      const { resolutions } = response.json() as {
        resolutions: {
          title: string;
          recordedAs: string;
          counts: unknown;
          outcome: string;
          sentence: { fr: string; en: string };
        }[];
      };
      assert.equal(resolutions.length, 3, 'loading the demo twice adds nothing');
      assert.deepEqual(
        resolutions.map((entry) => [entry.recordedAs, entry.outcome, entry.counts]),
        [
          ['unanimous', 'adopted', null],
          ['adopted', 'adopted', null],
          ['adopted', 'adopted', null],
        ],
      );
      assert.deepEqual(
        resolutions.map((entry) => entry.sentence.fr),
        [
          "L’Assemblée Générale approuve les comptes 2016 (Résultat : - 14 071€) et le rapport d'activité de cette même année à l’unanimité.",
          "L’Assemblée Générale valide le projet d'activité ainsi que le budget prévisionnel 2017 présentés.",
          "L’Assemblée Générale valide la grille d'adhésion proposée pour l'année 2017.",
        ],
      );
      assert.match(
        resolutions[0]!.sentence.en,
        /^The General Assembly approves the 2016 accounts .* unanimously\.$/,
      );
    });

    it('exports the resolutions for the minutes with their agenda items', async () => {
      const [assembly] = await rowsOf(test.runtime.database, 'assemblies', { slug: 'ag-2017' });
      const rows = await listResolutionsForMinutes(test.runtime, assembly!.id);
      assert.deepEqual(
        rows.map((row) => [row.agendaItemPosition, row.majority, row.base, row.note !== null]),
        [
          [3, 'simple', 'expressed', true],
          [3, 'simple', 'expressed', false],
          [4, 'simple', 'expressed', true],
        ],
      );
    });

    it('records the 2017 fee grid as adopted by the third resolution', async () => {
      const grid = (await secretary.get('/api/fee-grids/2017')).json() as {
        entries: { category: string; adoptedByResolution: { title: string; assemblySlug: string } | null }[];
      };
      const legal = grid.entries.find((entry) => entry.category === 'legal_entity')!;
      assert.equal(legal.adoptedByResolution?.title, "VALIDATION DE LA GRILLE D'ADHÉSION 2017");
      assert.equal(legal.adoptedByResolution?.assemblySlug, 'ag-2017');
    });

    it('holds the board of 15 and the délégué général, names as printed', async () => {
      const board = (await member.get('/api/board?at=2017-06-21')).json() as {
        board: { printedLine: string; role: string }[];
        executiveDirectors: { printedLine: string }[];
      };
      assert.equal(board.board.length, 15);
      assert.deepEqual(
        board.board.slice(0, 4).map((entry) => [entry.printedLine, entry.role]),
        [
          ['Christian Paul', 'president'],
          ['Jean Marie Bergère', 'treasurer'],
          ['Daniel Kaplan', 'board_member'],
          ['Caroline Porot (Représentante de la ville de Mulhouse)', 'board_member'],
        ],
      );
      assert.ok(board.board.some((entry) => entry.printedLine === 'Armel Lecoq'));
      assert.deepEqual(
        board.executiveDirectors.map((entry) => entry.printedLine),
        ['Stéphane Vincent'],
      );
      const before = await boardComposition(test.runtime, '2016-12-31');
      assert.equal(before.board.length, 0, 'no mandate before it started');
    });
  });
}
