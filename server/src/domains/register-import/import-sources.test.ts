import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import writeExcelFile from 'write-excel-file/node';
import { repositoryRoot } from '../../config.ts';
import { testEngines } from '../../../test/databases.ts';
import { createCategories, createUser } from '../../../test/factories.ts';
import { registerCounts } from '../../../test/register-index.ts';
import { createTestApp, type TestApp } from '../../../test/test-app.ts';
import type { ApiClient } from '../../../test/api-client.ts';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function csvFixture(name: string): Buffer {
  return fs.readFileSync(path.join(repositoryRoot, 'fixtures', 'imports', name));
}

/** The same table as an XLSX workbook, as the tool's "export to Excel" gives it. */
async function asXlsx(csv: Buffer): Promise<Buffer> {
  const text = csv.toString('utf8');
  const rows: string[][] = parse(text, { delimiter: text.split('\n')[0]!.includes(';') ? ';' : ',' });
  return writeExcelFile(rows, { sheet: 'Export' }).toBuffer();
}

interface Person {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  addressLine: string | null;
  postalCode: string | null;
  city: string | null;
  memberships: { year: number; category: string; status: string }[];
}

for (const engine of testEngines()) {
  describe(`imports from the tools associations come from, on ${engine}`, () => {
    let test: TestApp;
    let secretary: ApiClient;
    before(async () => {
      test = await createTestApp(engine);
      // A small association with a single category of members: the tools' "Adhésion individuelle" is it.
      await createCategories(test.runtime, [
        { code: 'individual', kind: 'person', fr: ['Membre', 'Membres'], en: ['Member', 'Members'] },
      ]);
      secretary = test.client();
      await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
    });
    after(() => test.close());

    async function uploadAndCheck(body: Buffer, format: 'csv' | 'xlsx', fileName: string) {
      const uploaded = await secretary.request(
        'POST',
        `/api/register/imports?fileName=${encodeURIComponent(fileName)}`,
        body,
        { 'content-type': format === 'csv' ? 'text/csv' : xlsxType },
      );
      assert.equal(uploaded.statusCode, 201, uploaded.body);
      const view = uploaded.json();
      assert.equal(view.format, format);
      const dryRun = await secretary.post(`/api/register/imports/${view.importId}/dry-run`, {
        mapping: view.suggestedMapping,
      });
      assert.equal(dryRun.statusCode, 200, dryRun.body);
      return { view, report: dryRun.json() };
    }

    async function commit(importId: string, mapping: Record<string, string>) {
      const committed = await secretary.post(`/api/register/imports/${importId}/commit`, { mapping });
      assert.equal(committed.statusCode, 200, committed.body);
      return committed.json();
    }

    async function find(q: string): Promise<Person> {
      const found = (await secretary.get(`/api/persons?q=${encodeURIComponent(q)}`)).json();
      assert.equal(found.total, 1, `one person for ${q}`);
      return (await secretary.get(`/api/persons/${found.persons[0].id}`)).json();
    }

    for (const format of ['csv', 'xlsx'] as const) {
      it(`maps Paheko's member list (${format}) without manual work: the name in one column split, its member number and groups left out`, async () => {
        const csv = csvFixture('paheko-membres.csv');
        const before = await registerCounts(test.runtime.database.db);
        const { view, report } = await uploadAndCheck(
          format === 'csv' ? csv : await asXlsx(csv),
          format,
          `paheko.${format}`,
        );
        assert.equal(view.source, 'paheko');
        assert.deepEqual(view.suggestedMapping, {
          fullName: 'Nom & prénom',
          email: 'Adresse E-Mail',
          phone: 'Téléphone',
          addressLine: 'Adresse',
          postalCode: 'Code postal',
          city: 'Ville',
          country: 'Pays',
        });
        assert.deepEqual(view.ignoredColumns, [
          { column: 'Numéro', reason: 'member_number' },
          { column: "Date d'inscription", reason: 'registration_date' },
          { column: 'Catégorie', reason: 'member_group' },
        ]);
        assert.deepEqual(report.rejected, []);
        assert.equal(report.rows, 3);
        assert.equal(report.newMemberships, 0, 'a member list carries no membership');
        if (format === 'xlsx') {
          assert.equal(report.newPersons, 0, 'the CSV brought them already');
          assert.equal(report.matchedPersons.length, 3);
          return;
        }
        assert.equal(report.newPersons, 3);
        assert.deepEqual(await registerCounts(test.runtime.database.db), before, 'a dry run writes nothing');
        await commit(view.importId, view.suggestedMapping);
        const lucie = await find('lucie bernard');
        assert.deepEqual(
          [
            lucie.lastName,
            lucie.firstName,
            lucie.email,
            lucie.phone,
            lucie.addressLine,
            lucie.postalCode,
            lucie.city,
          ],
          [
            'Bernard',
            'Lucie',
            'lucie.bernard@example.org',
            '06 11 22 33 44',
            '3 rue des Lilas',
            '35000',
            'Rennes',
          ],
        );
        const marc = await find('marc olivier');
        assert.deepEqual([marc.lastName, marc.firstName], ['Olivier', 'Marc']);
        const yann = await find('yann-erwan');
        assert.deepEqual([yann.lastName, yann.firstName], ['Le Gall', 'Yann-Erwan']);
      });

      it(`maps HelloAsso's membership export (${format}): the member and not the payer, the year from the order's date`, async () => {
        const csv = csvFixture('helloasso-adhesions.csv');
        const { view, report } = await uploadAndCheck(
          format === 'csv' ? csv : await asXlsx(csv),
          format,
          `helloasso.${format}`,
        );
        assert.equal(view.source, 'helloasso');
        assert.deepEqual(view.suggestedMapping, {
          lastName: 'Nom adhérent',
          firstName: 'Prénom adhérent',
          email: 'Email',
          addressLine: 'Adresse',
          postalCode: 'Code Postal',
          city: 'Ville',
          country: 'Pays',
          category: 'Formule',
          status: 'Statut',
          effectiveOn: 'Date',
        });
        assert.deepEqual(
          view.ignoredColumns.map((entry: { column: string; reason: string }) => [
            entry.column,
            entry.reason,
          ]),
          [
            ['Numéro', 'order_reference'],
            ['Montant (€)', 'payment'],
            ['Nom payeur', 'payer'],
            ['Prénom payeur', 'payer'],
            ['Email payeur', 'payer'],
            ['Date de naissance', 'birth_date'],
            ['Moyen de paiement', 'payment'],
          ],
        );
        assert.deepEqual(report.rejected, []);
        assert.equal(report.rows, 2);
        if (format === 'xlsx') {
          assert.equal(report.existingMemberships, 2, 'the CSV brought them already');
          return;
        }
        assert.equal(report.newPersons, 2);
        assert.equal(report.newMemberships, 2);
        await commit(view.importId, view.suggestedMapping);
        const camille = await find('camille roux');
        assert.equal(camille.email, 'camille.roux@example.org', 'the member’s address, not the payer’s');
        assert.deepEqual(
          camille.memberships.map((entry) => [entry.year, entry.category, entry.status]),
          [[2025, 'individual', 'validated']],
        );
        const payer = (await secretary.get('/api/persons?q=paul%20roux')).json();
        assert.equal(payer.total, 0, 'the payer is not added to the register');
      });

      it(`maps a plain spreadsheet with English headers (${format})`, async () => {
        const csv = csvFixture('tableur-membres.csv');
        const { view, report } = await uploadAndCheck(
          format === 'csv' ? csv : await asXlsx(csv),
          format,
          `members.${format}`,
        );
        assert.equal(view.source, 'spreadsheet');
        assert.deepEqual(view.suggestedMapping, {
          lastName: 'Last name',
          firstName: 'First name',
          email: 'Email',
          phone: 'Phone',
          addressLine: 'Street',
          postalCode: 'Zip code',
          city: 'Town',
          country: 'Country',
          membershipYear: 'Year',
          category: 'Membership type',
          status: 'Status',
          notes: 'Comments',
        });
        assert.deepEqual(view.ignoredColumns, []);
        assert.deepEqual(report.rejected, []);
        assert.equal(report.rows, 2);
        if (format === 'xlsx') return;
        assert.equal(report.newPersons, 2);
        assert.equal(report.newMemberships, 1, 'Hugo Faure has no membership in the file');
        await commit(view.importId, view.suggestedMapping);
        const ines = await find('ines moreau');
        assert.deepEqual(
          ines.memberships.map((entry) => [entry.year, entry.category, entry.status]),
          [[2026, 'individual', 'validated']],
        );
      });
    }

    it('refuses a single-word name from a one-column name, naming the missing first name', async () => {
      const csv = Buffer.from('Nom & prénom,Adresse E-Mail,Numéro\nCHAPUT,c@example.org,9\n');
      const { report } = await uploadAndCheck(csv, 'csv', 'un-mot.csv');
      assert.deepEqual(
        report.rejected.map((entry: { row: number; field: string; reason: string }) => [
          entry.row,
          entry.field,
          entry.reason,
        ]),
        [[2, 'firstName', 'required']],
      );
    });
  });
}
