import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { testEngines } from '../../test/databases.ts';
import { createUser } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/test-app.ts';
import type { ApiClient } from '../../test/api-client.ts';
import { renderAttendanceSheetCsv } from '../domains/assemblies/attendance-sheet.document.ts';
import { neutraliseFormula } from './csv.ts';

const formulaName = '=HYPERLINK("http://evil.example";"Cliquez")';

describe('CSV cells that a spreadsheet would run', () => {
  it('neutralises a text starting with =, +, -, @, a tab or a carriage return, and leaves numbers', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      assert.equal(neutraliseFormula(`${start}cmd|' /C calc'!A0`), `'${start}cmd|' /C calc'!A0`);
    }
    assert.equal(neutraliseFormula('-312'), '-312');
    assert.equal(neutraliseFormula('-1 234,50'), '-1 234,50');
    assert.equal(neutraliseFormula('+33 6 12 34 56 78'), '+33 6 12 34 56 78');
    assert.equal(neutraliseFormula('-2+3'), "'-2+3");
    assert.equal(neutraliseFormula('Anne-Marie'), 'Anne-Marie');
  });

  it('writes the attendance sheet with the name as text', () => {
    const csv = renderAttendanceSheetCsv({
      language: 'fr',
      associationName: 'Association',
      title: 'AG',
      heldOn: '2026-06-01',
      place: 'Ici',
      quorumStatement: '',
      sections: [
        { title: 'Présents', lines: [{ name: formulaName, capacity: '@SUM(1+1)', presence: 'présent' }] },
      ],
    });
    const [, row] = parse(csv) as string[][];
    assert.deepEqual(row, ['Présents', `'${formulaName}`, "'@SUM(1+1)", 'présent']);
  });

  for (const engine of testEngines()) {
    describe(`the register export (${engine})`, () => {
      let test: TestApp;
      let secretary: ApiClient;
      before(async () => {
        test = await createTestApp(engine);
        secretary = test.client();
        await secretary.signIn((await createUser(test.runtime, { role: 'secretary' })).email);
      });
      after(() => test.close());

      it('comes out with a formula-shaped name neutralised, the name itself unchanged in Quorum', async () => {
        const created = await secretary.post('/api/persons', {
          firstName: formulaName,
          lastName: 'Piège',
          city: '+ville',
          phone: '+33 6 12 34 56 78',
        });
        assert.equal(created.statusCode, 201, created.body);
        assert.equal(created.json().firstName, formulaName);
        const exported = await secretary.get('/api/register/export.csv');
        assert.equal(exported.statusCode, 200);
        const rows = parse(exported.body.replace(/^\uFEFF/, ''), { delimiter: ';', columns: true }) as Record<
          string,
          string
        >[];
        const row = rows.find((entry) => Object.values(entry).includes('Piège'))!;
        const cells = Object.values(row);
        assert.ok(cells.includes(`'${formulaName}`), cells.join(' | '));
        assert.ok(cells.includes("'+ville"));
        assert.ok(cells.includes('+33 6 12 34 56 78'), 'a phone number stays as typed');
        assert.ok(!cells.some((cell) => /^[=+@]/.test(cell) && cell !== '+33 6 12 34 56 78'));
      });
    });
  }
});
