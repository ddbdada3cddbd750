import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ProgrammeYearView } from '../../../../common/programmes.schemas.ts';
import { loadDemo } from '../../db/seed/demo.ts';
import { testEngines } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { rowsOf } from '../../../test/inspect.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

for (const engine of testEngines()) {
  describe(`the reference's programmes on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    before(async () => {
      test = await createTestApp(engine, 'demo');
      // Loading the demo again, over the copy of it, changes nothing.
      await loadDemo(test.runtime.database.db);
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
    });
    after(() => test.close());

    const year = async (value: number): Promise<ProgrammeYearView> => {
      const response = await secretary.get(`/api/programmes/${value}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json();
    };
    const programme = (view: ProgrammeYearView, code: string) =>
      view.programmes.find((entry) => entry.code === code)!;

    it('holds the reference’s 2016 and 2017 activity with partners from the register', async () => {
      assert.deepEqual((await secretary.get('/api/programmes')).json(), { years: [2017, 2016] });
      const y2016 = await year(2016);
      const residences2016 = programme(y2016, 'residences').projects;
      assert.deepEqual(
        residences2016.map((project) => [project.place, project.status, project.partners.map((p) => p.name)]),
        [
          ['Paris', 'done', ['Ville de Paris']],
          ['Bretagne', 'done', ['Gares et Connexions']],
        ],
      );
      const y2017 = await year(2017);
      const transfo = programme(y2017, 'transfo');
      // "4 collectivités sont embarquées : Mulhouse, Paris, Occitanie, Dunkerque"
      assert.deepEqual(transfo.projects.map((project) => project.place).sort(), [
        'Dunkerque',
        'Mulhouse',
        'Occitanie',
        'Paris',
      ]);
      assert.ok(transfo.projects.every((project) => project.partners.length === 1));
      const [bloomberg] = transfo.agreements;
      assert.equal(bloomberg!.funder!.name, 'Bloomberg Philanthropies');
      assert.equal(bloomberg!.amount, '1\u202f300\u202f000\u202f€');
      assert.deepEqual(
        [bloomberg!.startYear, bloomberg!.endYear, bloomberg!.beneficiaryCount],
        [2017, 2020, 10],
      );
      // The agreement covers 2017 to 2020 only.
      assert.equal(programme(y2016, 'transfo').agreements.length, 0);
      assert.equal((await year(2020)).programmes[0]!.agreements[0]!.id, bloomberg!.id);
      const frugal = programme(y2017, 'eclaireurs').projects.find((project) =>
        project.title.includes('frugales'),
      )!;
      assert.deepEqual(frugal.partners.map((partner) => partner.name).sort(), [
        'Département de l’Isère',
        'SGMAP',
        'Ville de Lille',
      ]);
      const publications = (view: ProgrammeYearView) =>
        view.programmes.flatMap((entry) => entry.outputs).filter((output) => output.kind === 'publication');
      assert.ok(publications(y2016).some((output) => output.title === 'Villages du futur'));
      assert.ok(publications(y2017).some((output) => output.title.startsWith('Conseils pratiques')));
      // Partners the register already held are the same organisations, not copies.
      const paris = await rowsOf(test.runtime.database, 'organisations', { name: 'Ville de Paris' });
      assert.equal(paris.length, 1);
      assert.equal(residences2016[0]!.partners[0]!.id, paris[0]!.id);
    });
  });
}
