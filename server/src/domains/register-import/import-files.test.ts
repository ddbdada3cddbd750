import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import JSZip from 'jszip';
import writeExcelFile, { type Sheet } from 'write-excel-file/node';
import { AppError } from '../../http/app-error.ts';
import { readRows, type SheetRow, type StoredFile } from './import-files.ts';
import { serialDay } from './xlsx-sheet.ts';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-import-files-test-'));
after(() => fs.rmSync(directory, { recursive: true, force: true }));

/**
 * A workbook as write-excel-file writes it, its parts deflated or stored uncompressed (as some tools
 * do), and the workbook part moved last, as a streaming writer puts it.
 */
async function storedXlsx(
  name: string,
  sheets: Sheet<Buffer>[],
  compression: 'DEFLATE' | 'STORE' = 'DEFLATE',
): Promise<StoredFile> {
  const written = await JSZip.loadAsync(await writeExcelFile(sheets).toBuffer());
  const zip = new JSZip();
  const names = Object.keys(written.files).filter((part) => !written.files[part]!.dir);
  for (const part of [...names.filter((part) => part !== 'xl/workbook.xml'), 'xl/workbook.xml']) {
    zip.file(part, await written.file(part)!.async('nodebuffer'));
  }
  return storedBuffer(name, await zip.generateAsync({ type: 'nodebuffer', compression }));
}

function storedBuffer(name: string, buffer: Buffer): StoredFile {
  const filePath = path.join(directory, name);
  fs.writeFileSync(filePath, buffer);
  return { path: filePath, format: 'xlsx', bytes: buffer.length, delimiter: ',' };
}

async function rowsOf(file: StoredFile): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const row of readRows(file)) rows.push(row);
  return rows;
}

/** The workbook of the register import's XLSX test: two sheets, a date, numbers, an empty row. */
function membersWorkbook(): Sheet<Buffer>[] {
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
    ['', '', 'contact@grenoble.example.org', 'Ville de Grenoble', 2018, 'Personne morale'],
    ['Fabre', 'Léa', null, null, 2018.5],
  ];
  return [
    { sheet: 'Adhérents', data: members, dateFormat: 'dd/mm/yyyy' },
    { sheet: 'Autre', data: [['ignored', 'sheet']] },
  ];
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
    // last (here the workbook part, as streaming writers put it): rarely when deflated, often when stored.
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

const spreadsheetNamespace = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationNamespace = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const relationType = (type: string) => `${relationNamespace}/${type}`;

/**
 * A workbook written by hand as other tools write them: the parts in another order than write-excel-file's,
 * the first worksheet in the workbook's order stored as sheet2.xml and after a chart sheet, prefixed
 * elements, inline strings.
 */
async function handWrittenWorkbook(
  parts: { sheet?: string; sharedStrings?: string; is1904?: boolean } = {},
): Promise<Buffer> {
  const zip = new JSZip();
  const sheet =
    parts.sheet ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="${spreadsheetNamespace}"><x:sheetData>
<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="D1" t="inlineStr"><x:is><x:t>Notes</x:t></x:is></x:c></x:row>
<x:row r="3"><x:c r="A3" s="1"><x:v>43164</x:v></x:c><x:c r="B3" s="2"><x:v>0.25</x:v></x:c><x:c r="C3" t="b"><x:v>1</x:v></x:c><x:c r="D3" t="e"><x:v>#N/A</x:v></x:c></x:row>
<x:row><x:c t="str"><x:f>CONCAT("a";"b")</x:f><x:v>ab</x:v></x:c><x:c s="1"><x:f>A3+1</x:f><x:v>43165</x:v></x:c><x:c t="d"><x:v>2018-03-07T00:00:00</x:v></x:c><x:c t="inlineStr"><x:is><x:r><x:t>Ma</x:t></x:r><x:r><x:t xml:space="preserve">rie </x:t></x:r><x:rPh><x:t>ignored</x:t></x:rPh></x:is></x:c></x:row>
<x:row r="5"><x:c r="A5" t="s"><x:v>2</x:v></x:c><x:c r="B5" s="3"><x:v>12.5</x:v></x:c><x:c r="C5" t="s"><x:v>3</x:v></x:c><x:c r="E5" s="1"/></x:row>
<x:row r="6"><x:c r="A6" t="s"><x:v>4</x:v></x:c><x:c r="B6" s="1"/></x:row>
</x:sheetData></x:worksheet>`;
  const strings =
    parts.sharedStrings ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="${spreadsheetNamespace}" count="5" uniqueCount="5">
<si><t>Nom</t></si><si><t>Date &amp; heure</t></si>
<si><r><rPr><b/></rPr><t>Fa</t></r><r><t>bre</t></r><rPh sb="0" eb="1"><t>ファブル</t></rPh></si>
<si><t>ligne_x000D_
suivante</t></si><si><t xml:space="preserve">   </t></si>
</sst>`;
  // The sheets first (the second one before the first), the workbook last, as a streaming writer might.
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<worksheet xmlns="${spreadsheetNamespace}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>second sheet</t></is></c></row></sheetData></worksheet>`,
  );
  zip.file('xl/worksheets/sheet2.xml', sheet);
  zip.file('xl/sharedStrings.xml', strings);
  zip.file(
    'xl/styles.xml',
    `<styleSheet xmlns="${spreadsheetNamespace}">
<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.00\\ &quot;€&quot;;[Red]\\-#,##0.00\\ &quot;€&quot;"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="10"/><xf numFmtId="165"/></cellXfs>
</styleSheet>`,
  );
  zip.file(
    '[Content_Types].xml',
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
  );
  zip.file(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationType('officeDocument')}" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="${relationType('worksheet')}" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="${relationType('worksheet')}" Target="/xl/worksheets/sheet2.xml"/>
<Relationship Id="rId3" Type="${relationType('sharedStrings')}" Target="sharedStrings.xml"/>
<Relationship Id="rId4" Type="${relationType('styles')}" Target="styles.xml"/>
<Relationship Id="rId5" Type="${relationType('chartsheet')}" Target="chartsheets/sheet1.xml"/>
</Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<workbook xmlns="${spreadsheetNamespace}" xmlns:rel="${relationNamespace}"><workbookPr date1904="${parts.is1904 ? 'true' : 'false'}"/>
<sheets><sheet name="Graphique" sheetId="3" rel:id="rId5"/><sheet name="Membres" sheetId="2" rel:id="rId2"/><sheet name="Autre" sheetId="1" rel:id="rId1"/></sheets></workbook>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Rewrites the uncompressed size a part declares, in its local header and in the central directory. */
function declareSize(zip: Buffer, part: string, size: number): Buffer {
  const patched = Buffer.from(zip);
  let found = 0;
  for (let offset = 0; offset + 46 <= patched.length; offset += 1) {
    const signature = patched.readUInt32LE(offset);
    if (signature === 0x04034b50) {
      const name = patched.toString('utf8', offset + 30, offset + 30 + patched.readUInt16LE(offset + 26));
      if (name === part) patched.writeUInt32LE(size, offset + 22);
    } else if (signature === 0x02014b50) {
      const name = patched.toString('utf8', offset + 46, offset + 46 + patched.readUInt16LE(offset + 28));
      if (name === part) {
        patched.writeUInt32LE(size, offset + 24);
        found += 1;
      }
    }
  }
  assert.equal(found, 1, `${part} is in the central directory`);
  return patched;
}

async function refusal(file: StoredFile): Promise<{ reason: string | undefined; fr: string; en: string }> {
  try {
    await rowsOf(file);
  } catch (error) {
    assert.ok(error instanceof AppError, String(error));
    return { reason: error.errors?.[0]?.message, fr: error.detailIn('fr'), en: error.detailIn('en') };
  }
  assert.fail('the file was read');
}

describe('reading an XLSX workbook as other tools write it', () => {
  it('reads the first sheet of the workbook, whatever the order of the parts', async () => {
    const file = storedBuffer('hand-written.xlsx', await handWrittenWorkbook());
    assert.deepEqual(await rowsOf(file), [
      { row: 1, cells: ['Nom', 'Date & heure', '', 'Notes'] },
      { row: 3, cells: ['2018-03-05', '0.25', 'true', ''] },
      { row: 4, cells: ['ab', '2018-03-06', '2018-03-07', 'Marie'] },
      { row: 5, cells: ['Fabre', '12.5', 'ligne\r\nsuivante'] },
    ]);
  });

  it('reads dates in both of Excel’s day counts', async () => {
    assert.equal(serialDay(61, false), '1900-03-01', 'past the 29 February 1900 Excel counts');
    assert.equal(serialDay(43164, false), '2018-03-05');
    assert.equal(
      serialDay(43164.999999999, false),
      '2018-03-06',
      'less than half a millisecond short of midnight is midnight',
    );
    assert.equal(serialDay(41702, true), '2018-03-05');
    assert.equal(serialDay(-1e9, false), undefined, 'no day before year 1');
    const in1904 = await handWrittenWorkbook({
      is1904: true,
      sheet: `<worksheet xmlns="${spreadsheetNamespace}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Date</t></is></c><c r="B1" s="1"><v>41702</v></c><c r="C1"><f>B1</f><v>3</v></c></row></sheetData></worksheet>`,
    });
    assert.deepEqual(await rowsOf(storedBuffer('dates-1904.xlsx', in1904)), [
      { row: 1, cells: ['Date', '2018-03-05', '3'] },
    ]);
  });

  it('refuses a workbook whose sheet or shared strings would inflate past their limit, before reading them', async () => {
    const zip = await handWrittenWorkbook();
    const sheet = await refusal(
      storedBuffer('sheet-bomb.xlsx', declareSize(zip, 'xl/worksheets/sheet2.xml', 201 * 2 ** 20)),
    );
    assert.equal(sheet.reason, 'xlsx_too_large');
    assert.match(
      sheet.fr,
      /trop gros une fois décompressé\u202f: xl\/worksheets\/sheet2\.xml dépasse 200 Mo/,
    );
    assert.match(sheet.en, /too large once decompressed: xl\/worksheets\/sheet2\.xml is over 200 MB/);
    const strings = await refusal(
      storedBuffer('strings-bomb.xlsx', declareSize(zip, 'xl/sharedStrings.xml', 26 * 2 ** 20)),
    );
    assert.equal(strings.reason, 'xlsx_too_large');
    assert.match(strings.en, /xl\/sharedStrings\.xml is over 25 MB/);
    const styles = await refusal(
      storedBuffer('styles-bomb.xlsx', declareSize(zip, 'xl/styles.xml', 11 * 2 ** 20)),
    );
    assert.match(styles.en, /xl\/styles\.xml is over 10 MB/);
  });

  it('refuses a part that inflates past the size it declares, or short of it', async () => {
    const zip = await handWrittenWorkbook();
    for (const size of [100, 5000]) {
      const file = storedBuffer(`lying-${size}.xlsx`, declareSize(zip, 'xl/worksheets/sheet2.xml', size));
      const { reason, en } = await refusal(file);
      assert.equal(reason, 'not_xlsx');
      assert.match(en, /not a readable XLSX workbook/);
    }
  });

  it('refuses a sheet or shared strings cut short, and a sheet the workbook names but lacks', async () => {
    const cut = storedBuffer(
      'cut-sheet.xlsx',
      await handWrittenWorkbook({
        sheet: `<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>Nom</t></is></c></row>`,
      }),
    );
    assert.equal((await refusal(cut)).reason, 'not_xlsx');
    const cutStrings = storedBuffer(
      'cut-strings.xlsx',
      await handWrittenWorkbook({ sharedStrings: '<sst><si><t>Nom</t></si>' }),
    );
    assert.equal((await refusal(cutStrings)).reason, 'not_xlsx');
    const zip = await JSZip.loadAsync(await handWrittenWorkbook());
    zip.remove('xl/worksheets/sheet2.xml');
    const missing = storedBuffer('missing-sheet.xlsx', await zip.generateAsync({ type: 'nodebuffer' }));
    assert.equal((await refusal(missing)).reason, 'not_xlsx');
  });
});

describe('the row limit of an import', () => {
  it('refuses a CSV or an XLSX at its first row past the limit, as it reads it', async () => {
    const xlsx = await storedXlsx('six-rows.xlsx', [
      {
        sheet: 'Membres',
        data: [['Nom', 'Prénom'], ...Array.from({ length: 6 }, (_, index) => [`Nom${index}`, 'Alex'])],
      },
    ]);
    const csvPath = path.join(directory, 'six-rows.csv');
    fs.writeFileSync(
      csvPath,
      `Nom;Prénom\n${Array.from({ length: 6 }, (_, index) => `Nom${index};Alex`).join('\n')}\n`,
    );
    const csv: StoredFile = {
      path: csvPath,
      format: 'csv',
      bytes: fs.statSync(csvPath).size,
      delimiter: ';',
    };
    for (const file of [xlsx, csv]) {
      const read: number[] = [];
      const reading = (async () => {
        for await (const row of readRows(file, { maxRows: 3 })) read.push(row.row);
      })();
      await assert.rejects(reading, (error: unknown) => {
        assert.ok(error instanceof AppError);
        assert.equal(error.errors?.[0]?.message, 'too_many_rows');
        assert.match(error.detailIn('en'), /more than 3 data rows \(line 5\)/);
        return true;
      });
      assert.deepEqual(read, [1, 2, 3, 4], `${file.format}: the header and three rows, nothing past them`);
      assert.equal((await rowsOf(file)).length, 7, `${file.format}: read whole under the default limit`);
    }
  });
});
