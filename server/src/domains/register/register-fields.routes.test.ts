import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { RegisterFieldList } from '../../../../common/register-fields.schemas.ts';
import type { ApiClient } from '../../../test/api-client.ts';
import { testEngines } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { rowsOf } from '../../../test/inspect.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';

/**
 * A climbing club's register: a usual name beside the civil names, and three fields of its own —
 * the licence number (text), the medical certificate's date, the level (a choice).
 */
for (const engine of testEngines()) {
  describe(`the register’s own fields on ${engine}`, () => {
    let test: TestApp;
    let admin: ApiClient;
    let secretary: ApiClient;
    let personId: string;
    before(async () => {
      test = await createTestApp(engine);
      admin = test.client();
      await admin.signIn((await createUser(test.runtime, { role: 'administrator' })).email);
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
    });
    after(() => test.close());

    it('lets the administrator define text, date and choice fields, refused by field when wrong', async () => {
      const refused = await secretary.post('/api/register-fields', {
        code: 'licence',
        labelFr: 'Licence',
        labelEn: 'Licence',
        type: 'text',
      });
      assert.equal(refused.statusCode, 403);
      const noOptions = await admin.post('/api/register-fields', {
        code: 'level',
        labelFr: 'Niveau',
        labelEn: 'Level',
        type: 'choice',
      });
      assert.equal(noOptions.statusCode, 400);
      assert.equal(noOptions.json().errors[0].path, 'body.options');
      for (const field of [
        { code: 'licence', labelFr: 'Numéro de licence', labelEn: 'Licence number', type: 'text' },
        { code: 'certificate', labelFr: 'Certificat médical', labelEn: 'Medical certificate', type: 'date' },
        {
          code: 'level',
          labelFr: 'Niveau',
          labelEn: 'Level',
          type: 'choice',
          options: ['Débutant', 'Confirmé'],
        },
      ]) {
        const added = await admin.post('/api/register-fields', field);
        assert.equal(added.statusCode, 201, added.body);
      }
      const taken = await admin.post('/api/register-fields', {
        code: 'level',
        labelFr: 'Autre',
        labelEn: 'Other',
        type: 'text',
      });
      assert.equal(taken.statusCode, 409);
      const { fields } = (await secretary.get('/api/register-fields')).json() as RegisterFieldList;
      assert.deepEqual(
        fields.map((field) => [field.code, field.type, field.options]),
        [
          ['licence', 'text', []],
          ['certificate', 'date', []],
          ['level', 'choice', ['Débutant', 'Confirmé']],
        ],
      );
    });

    it('records a usual name and the fields’ values on a person, each refusal naming its field', async () => {
      const created = await secretary.post('/api/persons', {
        firstName: 'Camille',
        lastName: 'Berger',
        usualName: 'Cam',
        customFields: { licence: 'FFME-20931', certificate: '2026-09-01', level: 'Confirmé' },
      });
      assert.equal(created.statusCode, 201, created.body);
      personId = created.json().id;
      assert.equal(created.json().usualName, 'Cam');
      assert.deepEqual(created.json().customFields, {
        certificate: '2026-09-01',
        level: 'Confirmé',
        licence: 'FFME-20931',
      });
      for (const [values, path, message] of [
        [{ certificate: '31/02/2026' }, 'body.customFields.certificate', 'invalid_date'],
        [{ level: 'Expert' }, 'body.customFields.level', 'not_an_option'],
        [{ shoe_size: '42' }, 'body.customFields.shoe_size', 'unknown_register_field'],
      ] as const) {
        const wrong = await secretary.request('PUT', `/api/persons/${personId}`, {
          firstName: 'Camille',
          lastName: 'Berger',
          customFields: values,
        });
        assert.equal(wrong.statusCode, 400, wrong.body);
        assert.deepEqual([wrong.json().errors[0].path, wrong.json().errors[0].message], [path, message]);
      }
      const changed = await secretary.request('PUT', `/api/persons/${personId}`, {
        firstName: 'Camille',
        lastName: 'Berger',
        usualName: 'Cam',
        customFields: { licence: '' },
      });
      assert.equal(changed.statusCode, 200, changed.body);
      assert.deepEqual(
        changed.json().customFields,
        { certificate: '2026-09-01', level: 'Confirmé' },
        'an empty value clears it, a field left out keeps its value',
      );
      const listed = (await secretary.get('/api/persons?q=berger')).json();
      assert.equal(listed.persons[0].usualName, 'Cam');
      const audit = await rowsOf(test.runtime.database.db, 'audit_events', { subject_id: personId });
      assert.ok(
        audit.some((event) => event.action === 'person.updated' && event.details.includes('custom_fields')),
      );
    });

    it('keeps an archived field’s values, takes no new one, and deletes only a field without values', async () => {
      const inUse = await admin.request('DELETE', '/api/register-fields/level');
      assert.equal(inUse.statusCode, 409);
      assert.match(inUse.json().detail, /archivez-le/);
      assert.equal((await admin.request('DELETE', '/api/register-fields/licence')).statusCode, 200);
      const archived = await admin.request('PUT', '/api/register-fields/level/archived', {
        isArchived: true,
      });
      assert.equal(archived.statusCode, 200);
      const other = await secretary.post('/api/persons', {
        firstName: 'Léo',
        lastName: 'Garnier',
        customFields: { level: 'Débutant' },
      });
      assert.equal(other.statusCode, 400);
      assert.equal(other.json().errors[0].message, 'register_field_archived');
      const kept = (await secretary.get(`/api/persons/${personId}`)).json();
      assert.equal(kept.customFields.level, 'Confirmé');
      await admin.request('PUT', '/api/register-fields/level/archived', { isArchived: false });
    });

    it('merges two records: the kept one’s values stay, the other’s fill what it lacks', async () => {
      await admin.post('/api/register-fields', {
        code: 'club',
        labelFr: 'Club',
        labelEn: 'Club',
        type: 'text',
      });
      const twin = await secretary.post('/api/persons', {
        firstName: 'Camille',
        lastName: 'Berger',
        usualName: 'Camou',
        customFields: { certificate: '2025-09-01', club: 'Vertical Vannes' },
      });
      assert.equal(twin.statusCode, 201, twin.body);
      const merged = await secretary.post('/api/duplicates/merge', {
        keepId: personId,
        removeId: twin.json().id,
      });
      assert.equal(merged.statusCode, 200, merged.body);
      const kept = (await secretary.get(`/api/persons/${personId}`)).json();
      assert.equal(kept.usualName, 'Cam');
      assert.deepEqual(kept.customFields, {
        certificate: '2026-09-01',
        club: 'Vertical Vannes',
        level: 'Confirmé',
      });
    });

    it('writes the usual name and each field in the export, and reads them back from a file', async () => {
      const exported = await secretary.get('/api/register/export.csv');
      const rows: Record<string, string>[] = parse(exported.rawPayload, {
        bom: true,
        delimiter: ';',
        columns: true,
      });
      const camille = rows.find((row) => row['Nom'] === 'Berger')!;
      assert.deepEqual(
        [camille['Nom d’usage'], camille['Certificat médical'], camille['Niveau']],
        ['Cam', '2026-09-01', 'Confirmé'],
      );

      const file = [
        'Nom;Prénom;Pseudonyme;Certificat médical;Niveau',
        'Roux;Inès;Nénette;15/09/2026;débutant',
        'Faure;Hugo;;;Expert',
      ].join('\n');
      const uploaded = await secretary.request('POST', '/api/register/imports?fileName=club.csv', file, {
        'content-type': 'text/csv',
      });
      assert.equal(uploaded.statusCode, 201, uploaded.body);
      const { importId, suggestedMapping } = uploaded.json();
      const dryRun = (
        await secretary.post(`/api/register/imports/${importId}/dry-run`, { mapping: suggestedMapping })
      ).json();
      assert.deepEqual(
        dryRun.rejected.map((entry: { row: number; field: string }) => [entry.row, entry.field]),
        [[3, 'customFields.Niveau']],
      );
      const fixed = file.replace('Expert', 'Confirmé');
      const again = await secretary.request('POST', '/api/register/imports?fileName=club.csv', fixed, {
        'content-type': 'text/csv',
      });
      const committed = await secretary.post(`/api/register/imports/${again.json().importId}/commit`, {
        mapping: again.json().suggestedMapping,
      });
      assert.equal(committed.statusCode, 200, committed.body);
      const ines = (await secretary.get('/api/persons?q=roux')).json().persons[0];
      const record = (await secretary.get(`/api/persons/${ines.id}`)).json();
      assert.equal(record.usualName, 'Nénette');
      assert.deepEqual(record.customFields, { certificate: '2026-09-15', level: 'Débutant' });
    });
  });
}
