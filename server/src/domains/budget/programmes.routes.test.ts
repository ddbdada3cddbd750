import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ProgrammeYearView } from '../../../../common/programmes.schemas.ts';
import { testEngines } from '../../../test/databases.ts';
import { createAgreement, createOrganisation, createProgramme, createUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

for (const engine of testEngines()) {
  describe(`programmes on ${engine}`, () => {
    let test: TestApp;
    let treasurer: ApiClient;
    let secretary: ApiClient;
    let member: ApiClient;
    let town: { id: string };
    before(async () => {
      test = await createTestApp(engine);
      town = await createOrganisation(test.runtime, { name: 'Ville de Valfleuri' });
      await createProgramme(test.runtime, { code: 'residences', name: 'Résidences' });
      const studies = await createProgramme(test.runtime, { code: 'etudes', name: 'Études' });
      await createAgreement(test.runtime, { programmeId: studies.id, startYear: 2017, endYear: 2020 });
      treasurer = test.client();
      await treasurer.signIn((await createUser(test.runtime, { role: 'treasurer' })).email);
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      member = test.client();
      await member.signIn((await createUser(test.runtime, { role: 'member' })).email);
    });
    after(() => test.close());

    const year = async (value: number): Promise<ProgrammeYearView> => {
      const response = await secretary.get(`/api/programmes/${value}`);
      assert.equal(response.statusCode, 200, response.body);
      return response.json();
    };
    const programme = (view: ProgrammeYearView, code: string) =>
      view.programmes.find((entry) => entry.code === code)!;

    it('adds a project whole, refusing unknown partners and programmes by field, and keeps roles', async () => {
      const body = {
        programme: 'residences',
        year: 2018,
        title: 'Résidence test',
        status: 'planned',
        place: 'Lyon',
        partnerIds: [town.id, 'inconnue'],
      };
      const refused = await treasurer.post('/api/projects', body);
      assert.equal(refused.statusCode, 400);
      assert.deepEqual(
        refused.json().errors.map((error: { path: string }) => error.path),
        ['body.partnerIds.1'],
      );
      const unknown = await treasurer.post('/api/projects', { ...body, programme: 'nope', partnerIds: [] });
      assert.equal(unknown.json().errors[0].path, 'body.programme');
      const badStatus = await treasurer.post('/api/projects', {
        ...body,
        status: 'finished',
        partnerIds: [],
      });
      assert.equal(badStatus.statusCode, 400);
      assert.equal((await year(2018)).programmes.length, 1, 'only the studies’ agreement covers 2018');
      assert.equal((await secretary.post('/api/projects', { ...body, partnerIds: [] })).statusCode, 403);
      assert.equal((await member.get('/api/programmes/2017')).statusCode, 403);

      const saved = await treasurer.post('/api/projects', { ...body, partnerIds: [town.id] });
      assert.equal(saved.statusCode, 201, saved.body);
      const project = programme(saved.json(), 'residences').projects[0]!;
      assert.deepEqual(
        [project.title, project.partners.map((p) => p.name)],
        ['Résidence test', ['Ville de Valfleuri']],
      );
    });
  });
}
