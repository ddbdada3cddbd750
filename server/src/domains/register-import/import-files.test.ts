import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { AppError } from '../../http/app-error.ts';
import { readRows, type SheetRow, type StoredFile } from './import-files.ts';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-import-files-test-'));
after(() => fs.rmSync(directory, { recursive: true, force: true }));

/** Written as ExcelJS writes it (parts deflated), or with its parts stored uncompressed, as some tools do. */
async function storedXlsx(
  name: string,
  workbook: ExcelJS.Workbook,
  compression: 'DEFLATE' | 'STORE' = 'DEFLATE',
): Promise<StoredFile> {
  const filePath = path.join(directory, name);
  await workbook.xlsx.writeFile(filePath, { zip: { compression } });
  return { path: filePath, format: 'xlsx', bytes: fs.statSync(filePath).size, delimiter: ',' };
}

async function rowsOf(file: StoredFile): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const row of readRows(file)) rows.push(row);
  return rows;
}

/** The workbook of the register import's XLSX test: two sheets, a date, numbers, rich text. */
function membersWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Adhérents');
  sheet.addRow(['Nom', 'Prénom', 'Courriel', 'Structure', 'Année', 'Catégorie', 'Statut', 'Date']);
  sheet.addRow([
    'Lemoine',
    'Chloé',
    'chloe.lemoine@example.org',
    'Ville de Grenoble',
    2018,
    'Personne physique',
    'Validée',
    new Date(Date.UTC(2018, 2, 5)),
  ]);
  sheet.addRow([]);
  sheet.addRow(['', '', 'contact@grenoble.example.org', 'Ville de Grenoble', 2018, 'Personne morale']);
  sheet.addRow([{ richText: [{ text: 'Fa' }, { text: 'bre' }] }, 'Léa', null, null, 2018.5]);
  workbook.addWorksheet('Autre').addRow(['ignored', 'sheet']);
  return workbook;
}

const membersRows: SheetRow[] = [
  { row: 1, cells: ['Nom', 'Prénom', 'Courriel', 'Structure', 'Année', 'Catégorie', 'Statut', 'Date'] },
  {
    row: 2,
    cells: [
      'Lemoine',
      'Chloé',
      'chloe.lemoine@example.org',
      'Ville de Grenoble',
      '2018',
      'Personne physique',
      'Validée',
      '2018-03-05',
    ],
  },
  {
    row: 4,
    cells: ['', '', 'contact@grenoble.example.org', 'Ville de Grenoble', '2018', 'Personne morale'],
  },
  { row: 5, cells: ['Fabre', 'Léa', '', '', '2018.5'] },
];

describe('reading an XLSX workbook', () => {
  it('reads the first sheet whole every time, however many reads run at once', async () => {
    // A reader that trusts the archive's end before it has taken every entry loses the parts written
    // last (ExcelJS writes the workbook part last): rarely when they are deflated, often when stored.
    const files = [
      await storedXlsx('members.xlsx', membersWorkbook()),
      await storedXlsx('members-stored.xlsx', membersWorkbook(), 'STORE'),
    ];
    const reads = 300;
    const atOnce = 10;
    let failures = 0;
    const firstFailures: string[] = [];
    let next = 0;
    const reader = async () => {
      while (next < reads) {
        const file = files[next % files.length]!;
        next += 1;
        try {
          assert.deepEqual(await rowsOf(file), membersRows, path.basename(file.path));
        } catch (error) {
          failures += 1;
          const why = error instanceof AppError ? error.detailIn('en') : String(error);
          if (firstFailures.length < 3) firstFailures.push(`${path.basename(file.path)}: ${why}`);
        }
      }
    };
    await Promise.all(Array.from({ length: atOnce }, reader));
    assert.equal(failures, 0, `${failures} of ${reads} reads failed: ${firstFailures.join(' | ')}`);
  });
});
