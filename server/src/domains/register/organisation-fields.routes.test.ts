import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { ApiClient } from '../../../test/api-client.ts';
import { testEngines } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { rowsOf } from '../../../test/inspect.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

/**
 * A federation of sports clubs: its member clubs carry their affiliation number and the day they
 * joined (fields for organisations), its persons a level (a field for persons), and the register's
 * search finds both by these values.
 */
for (const engine of testEngines()) {
  describe(`the register’s own fields for organisations, and searched, on ${engine}`, () => {
    let test: TestApp;
    let admin: ApiClient;
    let secretary: ApiClient;
    let clubId: string;
    before(async () => {
      test = await createTestApp(engine);
      admin = test.client();
      await admin.signIn((await createUser(test.runtime, { role: 'administrator' })).email);
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      for (const field of [
        {
          code: 'level',
          labelFr: 'Niveau',
          labelEn: 'Level',
          type: 'choice',
          options: ['Débutant', 'Confirmé'],
        },
        {
          code: 'affiliation_number',
          labelFr: 'Numéro d’affiliation',
          labelEn: 'Affiliation number',
          type: 'text',
          appliesTo: 'organisation',
        },
        {
          code: 'joined_on',
          labelFr: 'Affiliée depuis',
          labelEn: 'Member since',
          type: 'date',
          appliesTo: 'organisation',
        },
      ]) {
        const added = await admin.post('/api/register-fields', field);
        assert.equal(added.statusCode, 201, added.body);
      }
    });
    after(() => test.close());

    it('lists each field with whom it applies to', async () => {
      const { fields } = (await secretary.get('/api/register-fields')).json();
      assert.deepEqual(
        fields.map((field: { code: string; appliesTo: string }) => [field.code, field.appliesTo]),
        [
          ['level', 'person'],
          ['affiliation_number', 'organisation'],
          ['joined_on', 'organisation'],
        ],
      );
    });

    it('records an organisation’s values, refusing a bad one by its field, and a person’s field on it', async () => {
      const bad = await secretary.post('/api/organisations', {
        name: 'Club alpin de Vizille',
        kind: 'association',
        customFields: { affiliation_number: 'FF-0381', joined_on: '31/02/2019' },
      });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().errors[0].path, 'body.customFields.joined_on');
      const wrongOwner = await secretary.post('/api/organisations', {
        name: 'Club alpin de Vizille',
        kind: 'association',
        customFields: { level: 'Confirmé' },
      });
      assert.equal(wrongOwner.statusCode, 400);
      assert.equal(wrongOwner.json().errors[0].path, 'body.customFields.level');
      assert.equal((await rowsOf(test.runtime.database, 'organisations', {})).length, 0, 'nothing written');
      const created = await secretary.post('/api/organisations', {
        name: 'Club alpin de Vizille',
        kind: 'association',
        customFields: { affiliation_number: 'FF-0381', joined_on: '2019-02-28' },
      });
      assert.equal(created.statusCode, 201, created.body);
      clubId = created.json().id;
      assert.deepEqual(created.json().customFields, {
        affiliation_number: 'FF-0381',
        joined_on: '2019-02-28',
      });
      const edited = await secretary.request('PUT', `/api/organisations/${clubId}`, {
        name: 'Club alpin de Vizille',
        kind: 'association',
        customFields: { joined_on: '' },
      });
      assert.equal(edited.statusCode, 200, edited.body);
      assert.deepEqual(
        edited.json().customFields,
        { affiliation_number: 'FF-0381' },
        'a field left out keeps its value',
      );
      const personWithClubField = await secretary.post('/api/persons', {
        firstName: 'Léa',
        lastName: 'Girard',
        customFields: { affiliation_number: 'FF-1' },
      });
      assert.equal(personWithClubField.statusCode, 400);
      assert.equal(personWithClubField.json().errors[0].path, 'body.customFields.affiliation_number');
    });

    it('finds persons and organisations by the values of their own fields', async () => {
      const lea = await secretary.post('/api/persons', {
        firstName: 'Léa',
        lastName: 'Girard',
        customFields: { level: 'Confirmé' },
      });
      assert.equal(lea.statusCode, 201, lea.body);
      await secretary.post('/api/persons', { firstName: 'Marc', lastName: 'Girard' });
      const found = (await secretary.get('/api/persons?q=confirme')).json();
      assert.deepEqual(
        found.persons.map((person: { id: string }) => person.id),
        [lea.json().id],
      );
      assert.equal((await secretary.get('/api/persons?q=girard%20confirm')).json().total, 1);
      const clubs = (await secretary.get('/api/organisations?q=ff-0381')).json();
      assert.deepEqual(
        clubs.organisations.map((organisation: { id: string }) => organisation.id),
        [clubId],
      );
    });

    it('imports an organisation’s fields from a column named like them, refused by row and field when wrong', async () => {
      const upload = async (text: string) => {
        const uploaded = await secretary.request('POST', '/api/register/imports?fileName=clubs.csv', text, {
          'content-type': 'text/csv',
        });
        assert.equal(uploaded.statusCode, 201, uploaded.body);
        return uploaded.json();
      };
      const wrong = await upload(
        ['Organisation;Numéro d’affiliation;Affiliée depuis', 'Escalade Grenoble;FF-0412;hier'].join('\n'),
      );
      const report = (
        await secretary.post(`/api/register/imports/${wrong.importId}/dry-run`, {
          mapping: wrong.suggestedMapping,
        })
      ).json();
      assert.deepEqual(
        report.rejected.map((entry: { row: number; field: string }) => [entry.row, entry.field]),
        [[2, 'customFields.Affiliée depuis']],
      );
      const good = await upload(
        [
          'Organisation;Numéro d’affiliation;Affiliée depuis;Nom;Prénom;Niveau',
          'Escalade Grenoble;FF-0412;12/09/2020;Faure;Hugo;Débutant',
        ].join('\n'),
      );
      const committed = await secretary.post(`/api/register/imports/${good.importId}/commit`, {
        mapping: good.suggestedMapping,
      });
      assert.equal(committed.statusCode, 200, committed.body);
      const [club] = (await secretary.get('/api/organisations?q=ff-0412')).json().organisations;
      assert.equal(club.name, 'Escalade Grenoble');
      assert.deepEqual(club.customFields, { affiliation_number: 'FF-0412', joined_on: '2020-09-12' });
      const hugo = (await secretary.get('/api/persons?q=debutant')).json();
      assert.equal(hugo.total, 1);

      const exported = await secretary.get('/api/register/export.csv');
      assert.equal(exported.statusCode, 200, exported.body);
      const rows: Record<string, string>[] = parse(exported.body.replace(/^\uFEFF/, ''), {
        delimiter: ';',
        columns: true,
      });
      const row = rows.find((entry) => entry['Nom'] === 'Faure')!;
      assert.deepEqual(
        [
          row['Organisations'] ?? row['Organisation'],
          row['Niveau'],
          row['Numéro d’affiliation'],
          row['Affiliée depuis'],
        ],
        ['Escalade Grenoble', 'Débutant', 'FF-0412', '2020-09-12'],
      );
    });
  });
}
