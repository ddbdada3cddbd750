import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import writeExcelFile from 'write-excel-file/node';
import { repositoryRoot } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { testEngines } from '../../../test/databases.ts';
import {
  createAffiliation,
  createFeeGrid,
  createIndividualMember,
  createOrganisation,
  createPerson,
  createUser,
  createCategories,
} from '../../../test/factories.ts';
import { countRows, isAnalysed, rowsOf } from '../../../test/inspect.ts';
import { assertIndexesAsRefreshWouldWrite, registerCounts } from '../../../test/register-index.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import { readXlsx } from '../../../test/xlsx.ts';
import type { ApiClient } from '../../../test/api-client.ts';
import { importStoreOf } from './register-import.routes.ts';

const fixture = (name: string) => fs.readFileSync(path.join(repositoryRoot, 'fixtures', 'imports', name));
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const frenchMapping = {
  lastName: 'Nom',
  firstName: 'Prénom',
  email: 'E-mail',
  phone: 'Téléphone',
  organisation: 'Organisation',
  title: 'Fonction',
  membershipYear: 'Année',
  category: 'Catégorie',
  status: 'Statut',
  effectiveOn: "Date d'effet",
  notes: 'Remarques',
};

function storedFiles(test: TestApp): string[] {
  const directory = importStoreOf(test.app)!.directory;
  return fs.existsSync(directory) ? fs.readdirSync(directory).sort() : [];
}

async function upload(client: ApiClient, body: Buffer | string, contentType = 'text/csv') {
  return client.request('POST', '/api/register/imports?fileName=adherents.csv', body, {
    'content-type': contentType,
  });
}

for (const engine of testEngines()) {
  describe(`register import and export on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    let db: Db;
    before(async () => {
      test = await createTestApp(engine);
      await createCategories(test.runtime);
      db = test.runtime.database.db;
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
    });
    after(() => test.close());

    it('imports a CSV: upload, mapping guessed from headers, dry run, then commit in one go', async () => {
      // Already in the register: written differently from the file (case, accents).
      const elodie = (
        await secretary.post('/api/persons', { firstName: 'Elodie', lastName: 'MARTIN' })
      ).json();
      const hugo = (
        await secretary.post('/api/persons', {
          firstName: 'Hugues',
          lastName: 'Durand-Lefèvre',
          email: 'hugo.durand@example.org',
        })
      ).json();
      const lyon = await secretary.post('/api/organisations', {
        name: 'Lyon Métropole',
        kind: 'metropolis',
        aliases: ['Métropole de Lyon'],
      });
      assert.equal(lyon.statusCode, 201, lyon.body);

      const uploaded = await upload(secretary, fixture('adherents-2017.csv'));
      assert.equal(uploaded.statusCode, 201, uploaded.body);
      const { importId, columns, sampleRows, rowCount, suggestedMapping, format } = uploaded.json();
      assert.equal(format, 'csv');
      assert.equal(columns[0], 'Nom', 'the byte order mark is not part of the first header');
      assert.equal(columns.length, 11);
      assert.equal(rowCount, 6);
      assert.equal(sampleRows.length, 5);
      assert.deepEqual(sampleRows[0].slice(0, 3), ['Martin', 'Élodie', 'elodie.martin@example.org']);
      assert.deepEqual(suggestedMapping, frenchMapping);

      const before = await registerCounts(db);
      const dryRun = await secretary.post(`/api/register/imports/${importId}/dry-run`, {
        mapping: suggestedMapping,
      });
      assert.equal(dryRun.statusCode, 200, dryRun.body);
      const report = dryRun.json();
      assert.deepEqual(report.rejected, []);
      assert.equal(report.rows, 6);
      assert.equal(report.valid, 6);
      assert.deepEqual(
        report.matchedPersons.map((entry: { row: number; personId: string; matchedBy: string }) => [
          entry.row,
          entry.personId,
          entry.matchedBy,
        ]),
        [
          [2, elodie.id, 'name'],
          [3, hugo.id, 'email'],
          [8, elodie.id, 'name'],
        ],
      );
      assert.deepEqual(
        report.matchedOrganisations.map((entry: { row: number; name: string }) => [entry.row, entry.name]),
        [
          [4, 'Lyon Métropole'],
          [5, 'Lyon Métropole'],
          [8, 'Lyon Métropole'],
        ],
      );
      assert.equal(report.newPersons, 2, 'Sophie Petit and Anne-Sophie Le Goff');
      assert.equal(report.newOrganisations, 2, 'Ville de Lyon and Région Bretagne');
      assert.equal(report.newAffiliations, 4);
      assert.equal(report.newMemberships, 3);
      assert.equal(report.existingMemberships, 1, 'the metropolis is named twice for 2017');
      assert.equal(report.updatedPersons, 2);
      assert.deepEqual(await registerCounts(db), before, 'a dry run writes nothing');

      const progress = (await secretary.get(`/api/register/imports/${importId}`)).json();
      assert.equal(progress.phase, 'checked');
      assert.equal(progress.processed, 6);
      assert.equal(progress.total, 6);

      const committed = await secretary.post(`/api/register/imports/${importId}/commit`, {
        mapping: suggestedMapping,
      });
      assert.equal(committed.statusCode, 200, committed.body);
      assert.equal(committed.json().newPersons, 2);
      assert.equal(committed.json().matchedPersons, 2);
      const after = await registerCounts(db);
      assert.deepEqual(after, {
        persons: before.persons + 2,
        organisations: before.organisations + 2,
        affiliations: before.affiliations + 4,
        memberships: before.memberships + 3,
      });
      if (engine === 'postgres') {
        // The planner's statistics are refreshed after the import, not left to the autovacuum.
        for (let attempt = 0; attempt < 50 && !(await isAnalysed(db, 'memberships')); attempt += 1)
          await new Promise((resolve) => setTimeout(resolve, 100));
        assert.ok(await isAnalysed(db, 'memberships'), 'memberships analysed after the import');
      }

      const martin = (await secretary.get(`/api/persons/${elodie.id}`)).json();
      assert.equal(martin.email, 'elodie.martin@example.org', 'a blank e-mail is filled');
      assert.equal(martin.phone, '06 12 34 56 78');
      assert.deepEqual(martin.organisations.sort(), ['Lyon Métropole', 'Ville de Lyon']);
      assert.deepEqual(
        martin.memberships.map((membership: { year: number; category: string; status: string }) => [
          membership.year,
          membership.category,
          membership.status,
        ]),
        [[2017, 'individual', 'validated']],
      );
      const hugues = (await secretary.get(`/api/persons/${hugo.id}`)).json();
      assert.equal(hugues.firstName, 'Hugues', 'names already held are never overwritten');
      assert.equal(hugues.notes, 'Adhérent depuis 2015');
      assert.equal(hugues.memberships[0].status, 'validation_pending');

      const found = (await secretary.get('/api/persons?q=goff%20bretagne')).json();
      assert.equal(found.total, 1, 'new persons are found by name and organisation');
      const leGoff = (await secretary.get(`/api/persons/${found.persons[0].id}`)).json();
      assert.equal(leGoff.notes, 'Notes sur "plusieurs" lignes\ndeuxième ligne');
      assert.equal(leGoff.affiliations[0].title, 'Chargée de projet');
      assert.equal(
        (await secretary.get('/api/persons?q=lyon%20metropole%20elodie')).json().total,
        1,
        'a matched person is found by the organisation the import linked',
      );
      const [lyonMembership] = await rowsOf(db, 'memberships', { organisation_id: lyon.json().id });
      const status = await rowsOf(db, 'membership_status_changes', { membership_id: lyonMembership!.id });
      assert.deepEqual(
        status.map((change) => ({ effective_on: change.effective_on, status: change.status })),
        [{ effective_on: '2017-02-01', status: 'validation_pending' }],
      );
      const [bretagne] = await rowsOf(db, 'organisations', { name: 'Région Bretagne' });
      assert.equal(bretagne!.kind, 'region');
      await assertIndexesAsRefreshWouldWrite(db);

      const [audit] = await rowsOf(db, 'audit_events', { action: 'register.imported' });
      assert.equal(audit!.subject_id, importId);
      assert.equal(JSON.parse(audit!.details).newPersons, 2);

      const again = await secretary.post(`/api/register/imports/${importId}/commit`, {
        mapping: suggestedMapping,
      });
      assert.equal(again.statusCode, 409, 'an import is written once');
    });

    it('imports an XLSX (first sheet only), with date and number cells', async () => {
      const members = [
        ['Nom', 'Prénom', 'Courriel', 'Structure', 'Année', 'Catégorie', 'Statut', 'Date'],
        [
          'Lemoine',
          'Chloé',
          'chloe.lemoine@example.org',
          'Ville de Grenoble',
          2018,
          'Personne physique',
          'Validée',
          new Date(Date.UTC(2018, 2, 5)),
        ],
        [],
        [
          '',
          '',
          'contact@grenoble.example.org',
          'Ville de Grenoble',
          2018,
          'Personne morale',
          'En préparation',
          '2018-01-15',
        ],
        ['Fabre', 'Léa', null, null, 2018, 'Personnalité qualifiée', 'validated', '01/02/2018'],
      ];
      const buffer = await writeExcelFile([
        { sheet: 'Adhérents', data: members, dateFormat: 'dd/mm/yyyy' },
        { sheet: 'Autre', data: [['ignored', 'sheet']] },
      ]).toBuffer();

      const uploaded = await upload(secretary, buffer, xlsxType);
      assert.equal(uploaded.statusCode, 201, uploaded.body);
      const { importId, format, columns, sampleRows, suggestedMapping } = uploaded.json();
      assert.equal(format, 'xlsx');
      assert.deepEqual(columns, [
        'Nom',
        'Prénom',
        'Courriel',
        'Structure',
        'Année',
        'Catégorie',
        'Statut',
        'Date',
      ]);
      assert.equal(sampleRows.length, 3, 'the empty row is skipped');
      assert.deepEqual(sampleRows[0].slice(4), ['2018', 'Personne physique', 'Validée', '2018-03-05']);
      assert.equal(suggestedMapping.organisation, 'Structure');

      const report = (
        await secretary.post(`/api/register/imports/${importId}/dry-run`, { mapping: suggestedMapping })
      ).json();
      assert.deepEqual(report.rejected, []);
      assert.equal(report.rows, 3);
      assert.equal(report.newPersons, 2);
      assert.equal(report.newOrganisations, 1);
      assert.equal(report.newMemberships, 3);
      assert.equal((await secretary.get(`/api/register/imports/${importId}`)).json().total, 3);

      const committed = await secretary.post(`/api/register/imports/${importId}/commit`, {
        mapping: suggestedMapping,
      });
      assert.equal(committed.statusCode, 200, committed.body);
      const grenoble = (await rowsOf(db, 'organisations', { name: 'Ville de Grenoble' }))[0]!;
      assert.equal(grenoble.kind, 'municipality');
      assert.equal(
        grenoble.email,
        'contact@grenoble.example.org',
        'a row without a person speaks for its organisation',
      );
      const fabre = (await secretary.get('/api/persons?q=fabre%20lea&year=2018')).json().persons[0];
      assert.equal(fabre.membership.category, 'qualified_person');
      await assertIndexesAsRefreshWouldWrite(db);
    });

    it('keeps every character of the file: quotes, braces, backslashes, the word NULL', async () => {
      const notes = '{a,b} \\ "c" NULL, \'d\'';
      const csv = `Nom;Prénom;Notes\nO'Brien;Zoë;"${notes.replaceAll('"', '""')}"\nNULL;{Jean};\n`;
      const { importId, suggestedMapping } = (await upload(secretary, csv)).json();
      const committed = await secretary.post(`/api/register/imports/${importId}/commit`, {
        mapping: suggestedMapping,
      });
      assert.equal(committed.statusCode, 200, committed.body);
      const rows = [
        ...(await rowsOf(db, 'persons', { last_name: 'NULL' })),
        ...(await rowsOf(db, 'persons', { last_name: "O'Brien" })),
      ].map((row) => ({ first_name: row.first_name, last_name: row.last_name, notes: row.notes }));
      assert.deepEqual(rows, [
        { first_name: '{Jean}', last_name: 'NULL', notes: null },
        { first_name: 'Zoë', last_name: "O'Brien", notes },
      ]);
    });

    it('lists every refused row with its line and field, and then refuses to import anything', async () => {
      const before = await registerCounts(db);
      const uploaded = (await upload(secretary, fixture('adherents-erreurs.csv'))).json();
      assert.equal(uploaded.columns.length, 8, 'the comma is found as the separator');
      const mapping = uploaded.suggestedMapping;
      assert.equal(mapping.email, 'Courriel');
      const report = (
        await secretary.post(`/api/register/imports/${uploaded.importId}/dry-run`, { mapping })
      ).json();
      assert.equal(report.rows, 4);
      assert.equal(report.valid, 1);
      assert.deepEqual(
        report.rejected.map((entry: { row: number; field: string; reason: string }) => [
          entry.row,
          entry.field,
          entry.reason,
        ]),
        [
          [3, 'category', 'unknown_category'],
          [4, 'email', 'invalid_email'],
          [5, 'effectiveOn', 'invalid_date'],
        ],
      );
      assert.match(report.rejected[0].message, /Membre d'honneur/);

      const committed = await secretary.post(`/api/register/imports/${uploaded.importId}/commit`, {
        mapping,
      });
      assert.equal(committed.statusCode, 400);
      assert.equal(committed.json().code, 'validation_failed');
      assert.deepEqual(
        committed.json().errors.map((error: { path: string }) => error.path),
        ['row.3.category', 'row.4.email', 'row.5.effectiveOn'],
      );
      assert.deepEqual(await registerCounts(db), before, 'nothing was written, not even the valid row');
      assert.equal((await secretary.get('/api/persons?q=lucie%20bernard')).json().total, 0);
      assert.equal(
        (await secretary.get(`/api/register/imports/${uploaded.importId}`)).json().phase,
        'failed',
      );
    });

    it('names a mapped column the file does not have', async () => {
      const { importId } = (await upload(secretary, fixture('adherents-2017.csv'))).json();
      const response = await secretary.post(`/api/register/imports/${importId}/dry-run`, {
        mapping: { lastName: 'Nom', firstName: 'Prénom', email: 'Courriel' },
      });
      assert.equal(response.statusCode, 400);
      assert.match(response.json().detail, /«\u202fCourriel\u202f»/);
      assert.deepEqual(response.json().errors, [{ path: 'body.mapping.email', message: 'column_missing' }]);

      const nothing = await secretary.post(`/api/register/imports/${importId}/dry-run`, {
        mapping: { email: 'E-mail' },
      });
      assert.equal(nothing.statusCode, 400);
      assert.match(nothing.json().detail, /Nom et Prénom, ou la colonne Organisation/);
    });

    it('refuses files that are not CSV or XLSX, empty files, and says why', async () => {
      const stored = storedFiles(test);
      const png = await upload(secretary, fixture('logo.png'), 'image/png');
      assert.equal(png.statusCode, 400);
      assert.match(png.json().detail, /image PNG/);
      assert.deepEqual(png.json().errors, [{ path: 'body', message: 'not_csv_or_xlsx' }]);

      const zip = await upload(secretary, fixture('archive-sans-classeur.zip'), xlsxType);
      assert.equal(zip.statusCode, 400);
      assert.match(zip.json().detail, /pas un classeur XLSX/);

      const empty = await upload(secretary, Buffer.alloc(0));
      assert.equal(empty.statusCode, 400);
      assert.equal(empty.json().errors[0].message, 'empty_file');
      const headerOnly = await upload(secretary, 'Nom;Prénom\n');
      assert.equal(headerOnly.json().errors[0].message, 'no_rows');
      const latin1 = await upload(secretary, Buffer.from('Nom;Prénom\nDupré;Zoé\n', 'latin1'));
      assert.equal(latin1.statusCode, 400);
      assert.match(latin1.json().detail, /UTF-8/);
      assert.deepEqual(storedFiles(test), stored, 'a refused file is not kept');
    });

    it('refuses an upload over 20 MB with a 413 problem, and keeps nothing of it', async () => {
      const stored = storedFiles(test);
      const line = 'Dupont;Jean;jean.dupont@example.org;Ville de Paris\n';
      const body = Buffer.alloc(21 * 1024 * 1024, line);
      const response = await upload(secretary, body);
      assert.equal(response.statusCode, 413);
      assert.equal(response.json().code, 'payload_too_large');
      assert.match(response.json().detail, /20 Mo/);
      assert.deepEqual(storedFiles(test), stored, 'nothing of it is kept');
    });

    it('refuses a file of more than 200 000 rows as it reads it, naming the limit', async () => {
      const stored = storedFiles(test);
      const rows = Array.from({ length: 200_001 }, (_, index) => `N${index};P`);
      const response = await upload(secretary, `Nom;Prénom\n${rows.join('\n')}\n`);
      assert.equal(response.statusCode, 400);
      assert.equal(response.json().errors[0].message, 'too_many_rows');
      assert.match(response.json().detail, /dépasse 200000 lignes de données \(ligne 200002\)/);
      assert.deepEqual(storedFiles(test), stored, 'nothing of it is kept');
      const fits = await upload(secretary, `Nom;Prénom\n${rows.slice(1).join('\n')}\n`);
      assert.equal(fits.statusCode, 201);
      assert.equal(fits.json().rowCount, 200_000);
      await secretary.request('DELETE', `/api/register/imports/${fits.json().importId}`);
    });

    // Issue 13, finding 9: on SQLite, an import's transaction held the one connection until its commit.
    it('answers other requests while an import is being written', async () => {
      const rows = Array.from({ length: 2000 }, (_, index) => `Lecteur${index};Camille;2024;individual`);
      const uploaded = (await upload(secretary, `Nom;Prénom;Année;Catégorie\n${rows.join('\n')}\n`)).json();
      const mapping = {
        lastName: 'Nom',
        firstName: 'Prénom',
        membershipYear: 'Année',
        category: 'Catégorie',
      };
      const commit = secretary.post(`/api/register/imports/${uploaded.importId}/commit`, { mapping });
      const phases: string[] = [];
      for (;;) {
        const view = (await secretary.get(`/api/register/imports/${uploaded.importId}`)).json();
        if (view.phase === 'imported' || view.phase === 'failed') break;
        if (view.phase === 'importing' && view.processed > 0) {
          const session = await secretary.get('/api/session');
          assert.equal(session.statusCode, 200);
          const persons = await secretary.get('/api/persons?q=Lecteur1999');
          const phase = (await secretary.get(`/api/register/imports/${uploaded.importId}`)).json().phase;
          // Still being written once the search answered: the search saw none of it.
          if (phase === 'importing')
            assert.equal(persons.json().total, 0, 'what is not committed is not seen');
          phases.push(phase);
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      assert.equal((await commit).statusCode, 200);
      assert.ok(
        phases.includes('importing'),
        `answered while the import was being written: ${phases.join(', ')}`,
      );
      assert.equal((await secretary.get('/api/persons?q=Lecteur1999')).json().total, 1);
    });

    it('is for staff who keep the register, and each upload belongs to its uploader', async () => {
      const treasurer = test.client();
      await treasurer.signIn((await createUser(test.runtime, { role: 'treasurer' })).email);
      assert.equal((await upload(treasurer, fixture('adherents-2017.csv'))).statusCode, 403);
      assert.equal(
        (await treasurer.post('/api/register/paste', { text: 'CHAPUT Valentin', dryRun: true })).statusCode,
        403,
      );
      const { importId } = (await upload(secretary, fixture('adherents-2017.csv'))).json();
      const otherSecretary = test.client();
      await otherSecretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      assert.equal((await otherSecretary.get(`/api/register/imports/${importId}`)).statusCode, 404);
      assert.equal((await secretary.request('DELETE', `/api/register/imports/${importId}`)).statusCode, 204);
      assert.equal((await secretary.get(`/api/register/imports/${importId}`)).statusCode, 404);
      assert.equal((await test.client().get('/api/register/export.csv')).statusCode, 401);
    });
  });

  describe(`register import against a register of its own on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    let db: Db;
    before(async () => {
      test = await createTestApp(engine);
      await createCategories(test.runtime);
      db = test.runtime.database.db;
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
    });
    after(() => test.close());

    it('matches persons despite accents, case and order, and organisations by any alias', async () => {
      // The register as it stands: each person already speaks for their organisation.
      const network = await createOrganisation(test.runtime, {
        name: 'Réseau Villes Actives',
        kind: 'association',
      });
      const park = await createOrganisation(test.runtime, {
        name: 'PNR des Monts Verts',
        kind: 'regional_natural_park',
        aliases: ['Parc naturel régional des Monts Verts'],
      });
      const community = await createOrganisation(test.runtime, {
        name: 'Communauté urbaine de Valfleuri',
        kind: 'urban_community',
        aliases: ['CU Valfleuri'],
      });
      const department = await createOrganisation(test.runtime, {
        name: 'Département des Hautes-Combes',
        kind: 'department',
        aliases: ['Conseil départemental des Hautes-Combes'],
      });
      const expected: string[] = [];
      for (const [firstName, lastName, organisation, title] of [
        ['Élise', 'Garnier', network, null],
        ['Romain', 'Vidal', null, null],
        ['Gaëlle', 'Le Goff', park, 'Chargée de mission'],
        ['Nadia', 'Roussel', community, 'Directrice'],
        ['Amélie', 'Fabre', department, null],
      ] as const) {
        const person = await createPerson(test.runtime, { firstName, lastName });
        if (organisation)
          await createAffiliation(test.runtime, {
            personId: person.id,
            organisationId: organisation.id,
            title,
          });
        expected.push(person.id);
      }
      const csv = [
        'Nom;Prénom;Organisation;Fonction',
        'GARNIER;Elise;Réseau Villes Actives;',
        'Romain;Vidal;;',
        'le goff;GAËLLE;Parc naturel régional des Monts Verts;Chargée de mission',
        'Roussel;Nadia;CU Valfleuri;Directrice',
        'Fabre;Amélie;Conseil départemental des Hautes-Combes;',
      ].join('\n');
      const { importId, suggestedMapping } = (await upload(secretary, csv)).json();
      const report = (
        await secretary.post(`/api/register/imports/${importId}/dry-run`, { mapping: suggestedMapping })
      ).json();
      assert.deepEqual(report.rejected, []);
      assert.deepEqual(
        report.matchedPersons.map((entry: { personId: string }) => entry.personId),
        expected,
      );
      assert.deepEqual(
        report.matchedOrganisations.map((entry: { name: string }) => entry.name),
        [
          'Réseau Villes Actives',
          'PNR des Monts Verts',
          'Communauté urbaine de Valfleuri',
          'Département des Hautes-Combes',
        ],
      );
      assert.equal(report.newPersons, 0);
      assert.equal(report.newOrganisations, 0);
      assert.equal(report.newAffiliations, 0, 'each of them already speaks for that organisation');
    });

    it('exports the register as CSV and XLSX, with the membership and money of a year', async () => {
      await createFeeGrid(test.runtime, { year: 2017, fees: { individual: 4_000 } });
      const { person: louise } = await createIndividualMember(test.runtime, {
        year: 2017,
        firstName: 'Louise',
        lastName: 'Berthier',
      });
      const club = await createOrganisation(test.runtime, {
        name: 'Club des Marcheurs',
        kind: 'association',
      });
      await createAffiliation(test.runtime, { personId: louise.id, organisationId: club.id });
      // A town a spreadsheet would take for a formula: it must come out as the text it is.
      const louis = await createPerson(test.runtime, {
        firstName: 'Louis',
        lastName: 'Perrin',
        city: '=HYPERLINK("https://example.org","Valfleuri")',
      });
      for (const name of ['Ville de Valfleuri', 'Métropole des Hautes-Combes']) {
        const organisation = await createOrganisation(test.runtime, { name, kind: 'municipality' });
        await createAffiliation(test.runtime, { personId: louis.id, organisationId: organisation.id });
      }
      const treasurer = test.client();
      await treasurer.signIn((await createUser(test.runtime, { role: 'treasurer' })).email);
      const csvResponse = await treasurer.get('/api/register/export.csv?year=2017');
      assert.equal(csvResponse.statusCode, 200, csvResponse.body);
      assert.match(String(csvResponse.headers['content-type']), /^text\/csv/);
      assert.match(String(csvResponse.headers['content-disposition']), /registre-.*\.csv/);
      assert.equal(csvResponse.rawPayload.subarray(0, 3).toString('hex'), 'efbbbf');
      const rows: Record<string, string>[] = parse(csvResponse.rawPayload, {
        bom: true,
        delimiter: ';',
        columns: true,
      });
      const persons = await countRows(db, 'persons');
      assert.equal(rows.length, persons);
      assert.deepEqual(Object.keys(rows[0]!), [
        'Nom',
        'Prénom',
        'E-mail',
        'Téléphone',
        'Adresse',
        'Code postal',
        'Ville',
        'Pays',
        'Organisations',
        'Année',
        'Catégorie',
        'Statut',
        'Cotisation (€)',
        'Payé (€)',
        'Reste dû (€)',
        'Nom d’usage',
      ]);
      const berthier = rows.find((row) => row['Nom'] === 'Berthier')!;
      assert.deepEqual(
        [
          berthier['Prénom'],
          berthier['Organisations'],
          berthier['Année'],
          berthier['Catégorie'],
          berthier['Statut'],
          berthier['Cotisation (€)'],
          berthier['Reste dû (€)'],
        ],
        ['Louise', 'Club des Marcheurs', '2017', 'Personne physique', 'Validée', '40,00', '40,00'],
      );
      const perrin = rows.find((row) => row['Nom'] === 'Perrin')!;
      assert.equal(perrin['Organisations'], 'Métropole des Hautes-Combes ; Ville de Valfleuri');
      assert.equal(perrin['Catégorie'], '', 'no individual membership that year');
      assert.equal(perrin['Ville'], `'=HYPERLINK("https://example.org","Valfleuri")`, 'neutralised');
      const names = rows.map((row) => `${row['Nom']} ${row['Prénom']}`);
      assert.equal(new Set(names).size, names.length, 'each person once');

      const xlsxResponse = await treasurer.get('/api/register/export.xlsx?year=2017');
      assert.equal(xlsxResponse.statusCode, 200);
      assert.equal(xlsxResponse.headers['content-type'], xlsxType);
      const workbook = await readXlsx(xlsxResponse.rawPayload);
      assert.equal(workbook.sheet, 'Registre');
      assert.equal(workbook.rows.length, persons + 1);
      assert.deepEqual(workbook.rows[0]!.cells.slice(0, 3), ['Nom', 'Prénom', 'E-mail']);
      assert.equal(workbook.rows[0]!.cells.length, 16, 'the same columns as the CSV');
      assert.ok(workbook.cells.get('A1')!.isBold, 'the header in bold');
      const berthierRow = workbook.rows.find((row) => row.cells[0] === 'Berthier')!;
      assert.deepEqual(berthierRow.cells.slice(9, 15), [
        '2017',
        'Personne physique',
        'Validée',
        '40',
        '0',
        '40',
      ]);
      const cell = (column: string, row: { row: number }) => workbook.cells.get(`${column}${row.row}`)!;
      assert.deepEqual(cell('J', berthierRow), {
        type: 'n',
        hasFormula: false,
        format: undefined,
        isBold: false,
      });
      for (const column of ['M', 'N', 'O']) {
        assert.deepEqual(
          cell(column, berthierRow),
          { type: 'n', hasFormula: false, format: '#,##0.00 "€"', isBold: false },
          `${column}: an amount, a number in euros`,
        );
      }
      assert.equal(cell('K', berthierRow).type, 's');
      const perrinRow = workbook.rows.find((row) => row.cells[0] === 'Perrin')!;
      assert.equal(perrinRow.cells[6], '=HYPERLINK("https://example.org","Valfleuri")');
      assert.deepEqual(
        cell('G', perrinRow),
        { type: 's', hasFormula: false, format: undefined, isBold: false },
        'a text starting with "=" is a string, not a formula',
      );

      const everyone = await treasurer.get('/api/register/export.csv');
      const plain: string[][] = parse(everyone.rawPayload, { bom: true, delimiter: ';' });
      assert.equal(plain[1]![9], '', 'without a year, no membership columns are filled');
      assert.equal(await countRows(db, 'audit_events', { action: 'register.exported' }), 3);
    });
  });
}
