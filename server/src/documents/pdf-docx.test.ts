import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { readPdfPages } from '../../test/pdf-text.ts';
import {
  bold,
  heading,
  list,
  paragraph,
  type Block,
  type MinutesDocument,
} from '../../../common/documents/blocks.ts';
import { renderDocx } from './docx.ts';
import { pdfBytes } from './pdf-bytes.ts';
import { printable, renderPdf } from './pdf.ts';

const budgetRows = Array.from({ length: 150 }, (_, index) => [
  `Ligne ${index + 1} du budget`,
  `${index + 1} 000`,
  `${index} 500`,
]);

const document: MinutesDocument = {
  title: 'Procès-verbal de test',
  runningHeader: 'Association Test - Procès-verbal de test',
  lang: 'fr',
  sections: [
    {
      key: 'one',
      isOverridden: false,
      blocks: [
        heading(1, 'Procès-verbal de test'),
        paragraph('Ouverture à ', bold('14h00'), ' ❖ œuvre'),
        list(['PAUL Christian - Président', 'BERGERE Jean-Marie - Trésorier']),
        {
          type: 'table',
          header: [['Poste', '2017', '2016 réalisé']],
          rows: budgetRows,
          align: ['left', 'right', 'right'],
        } satisfies Block,
        { type: 'page_break' },
        heading(2, 'Fin'),
        {
          type: 'signatures',
          signatories: [
            { role: 'Le président de séance', name: 'Christian Paul' },
            { role: 'Le trésorier', name: 'Jean-Marie Bergère' },
          ],
        },
      ],
    },
  ],
};

describe('the PDF renderer', () => {
  it('paginates with a header and "Page n / N", repeats the table header on each page it runs onto', async () => {
    const pages = await readPdfPages(await renderPdf(document));
    assert.ok(pages.length >= 4, `${pages.length} pages`);
    pages.forEach((page, index) => {
      assert.match(page, /Association Test - Procès-verbal de test/);
      assert.match(page, new RegExp(`Page ${index + 1} / ${pages.length}`));
    });
    const tablePages = pages.filter((page) => /Ligne \d+ du budget/.test(page));
    assert.ok(tablePages.length >= 3, 'the table runs over several pages');
    for (const page of tablePages) assert.match(page, /Poste 2017 2016 réalisé/);
    for (const row of budgetRows)
      assert.ok(
        pages.some((page) => page.includes(row.join(' '))),
        `row ${row[0]} whole on a page`,
      );
    const last = pages.at(-1)!;
    assert.match(last, /Fin .*Le président de séance.*Christian Paul/);
    assert.doesNotMatch(last, /Ligne/, 'the page break hint starts a new page');
    assert.match(pages[0]!, /Ouverture à 14h00 • œuvre/);
  });

  it('replaces signs Helvetica cannot print rather than printing garbage', () => {
    assert.equal(printable('a\u2009b ❖ c → d'), 'a b • c ? d');
  });

  it('never cuts an amount across two lines, in any PDF drawn with pdfkit', async () => {
    const bytes = await pdfBytes({}, (pdf) => {
      // Room for "Total 1 124 849 €" but not for "Total général 1 124 849 €": the line must break before.
      pdf.font('Helvetica').fontSize(12).text('Total général 1\u202f124\u202f849\u202f€', { width: 110 });
    });
    const page = await (await getDocument({ data: new Uint8Array(bytes) }).promise).getPage(1);
    const lines = (await page.getTextContent()).items
      .map((item) => ('str' in item ? item.str.trim() : ''))
      .filter(Boolean);
    assert.ok(lines.length > 1, `the text wraps (${JSON.stringify(lines)})`);
    assert.ok(lines.includes('1 124 849 €'), `the amount is one line (${JSON.stringify(lines)})`);
  });

  it('keeps an amount and a minus sign whole: no-break spaces stay no-break, the minus an en dash', () => {
    assert.equal(
      printable('\u22121\u202f124\u202f849\u202f€ ; Total\u202f:'),
      '–1\u00a0124\u00a0849\u00a0€ ; Total\u00a0:',
    );
  });
});

const styledTable: MinutesDocument = {
  ...document,
  sections: [
    {
      key: 'budget',
      isOverridden: false,
      blocks: [
        {
          type: 'table',
          header: [['Charges', 'Budget 2017']],
          rows: [
            ['60 Achats', '12 000'],
            ['Fournitures', '2 000'],
            ['Total des charges', '12 000'],
          ],
          align: ['left', 'right'],
          rowStyles: [{ isBold: true }, { indent: 2 }, { isBold: true }],
        },
      ],
    },
  ],
};

describe('table rows in bold and indented', () => {
  it('PDF: bold rows in Helvetica-Bold, a sub-line indented from its family', async () => {
    const pdf = await getDocument({ data: new Uint8Array(await renderPdf(styledTable)), verbosity: 0 })
      .promise;
    const page = await pdf.getPage(1);
    const content = await page.getTextContent();
    await page.getOperatorList();
    const items = content.items.filter((item) => 'str' in item && item.str.trim());
    const find = (value: string) => items.find((item) => 'str' in item && item.str === value) as TextItem;
    const fontName = (item: TextItem) => (page.commonObjs.get(item.fontName) as { name: string }).name;
    assert.match(fontName(find('60 Achats')), /Helvetica-Bold/);
    assert.match(fontName(find('Total des charges')), /Helvetica-Bold/);
    assert.doesNotMatch(fontName(find('Fournitures')), /Bold/);
    assert.equal(find('Fournitures').transform[4]! - find('60 Achats').transform[4]!, 20);
    await pdf.destroy();
  });

  it('DOCX: bold runs and an indented paragraph in the sub-line’s first cell', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(styledTable));
    const xml = await zip.file('word/document.xml')!.async('string');
    const rows = xml.split('<w:tr>').slice(1);
    const row = (label: string) => rows.find((candidate) => candidate.includes(`>${label}<`))!;
    assert.match(row('60 Achats'), /<w:b\/>.*60 Achats/);
    assert.match(row('Total des charges'), /<w:b\/>.*Total des charges/);
    assert.doesNotMatch(row('Fournitures'), /<w:b\/>/);
    assert.match(row('Fournitures'), /<w:ind w:left="568"\/>/);
    assert.doesNotMatch(row('60 Achats'), /<w:ind /);
  });
});

describe('the DOCX renderer', () => {
  it('uses heading styles, bulleted lists, tables with repeated header rows, page numbers in the footer', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(document));
    const xml = await zip.file('word/document.xml')!.async('string');
    assert.match(xml, /<w:pStyle w:val="Heading1"\/>/);
    assert.match(xml, /<w:pStyle w:val="Heading2"\/>/);
    assert.match(xml, /<w:numPr>/);
    assert.equal((xml.match(/<w:tbl>/g) ?? []).length, 2, 'the budget table and the signature block');
    assert.match(xml, /<w:tblHeader\/>/);
    assert.match(xml, /Ligne 150 du budget/);
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/footer\d*\.xml$/.test(name))
        .map((name) => zip.file(name)!.async('string')),
    );
    assert.ok(
      footers.some((footer) => footer.includes('NUMPAGES')),
      'a page count in the footer',
    );
  });

  /** LibreOffice where the system installs it, or on the PATH; SOFFICE names another (empty: none). CI has none and skips. */
  const soffice = (
    process.env.SOFFICE !== undefined
      ? [process.env.SOFFICE]
      : [
          '/usr/bin/soffice',
          '/usr/bin/libreoffice',
          ...(process.env.PATH ?? '').split(path.delimiter).map((folder) => path.join(folder, 'soffice')),
        ]
  ).find((candidate) => candidate && fs.existsSync(candidate));
  it(
    'converts to PDF with LibreOffice: header, page numbers and the table header on every page',
    { skip: soffice ? false : 'LibreOffice is not installed' },
    async () => {
      const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'quorum-docx-'));
      try {
        fs.writeFileSync(path.join(directory, 'pv.docx'), await renderDocx(document));
        // A profile of its own: a LibreOffice already running (another user, another test) would
        // otherwise take the conversion over, or refuse the locked profile.
        const result = spawnSync(
          soffice!,
          [
            `-env:UserInstallation=${pathToFileURL(path.join(directory, 'profile')).href}`,
            '--headless',
            '--norestore',
            '--convert-to',
            'pdf',
            '--outdir',
            directory,
            path.join(directory, 'pv.docx'),
          ],
          { timeout: 120_000, encoding: 'utf8' },
        );
        assert.equal(result.status, 0, result.stderr);
        const output = path.join(directory, 'pv.pdf');
        assert.ok(fs.existsSync(output), `no PDF written: ${result.stdout} ${result.stderr}`);
        const pages = await readPdfPages(fs.readFileSync(output));
        assert.ok(pages.length >= 3, `${pages.length} pages`);
        pages.forEach((page, index) => {
          assert.match(page, /Association Test - Procès-verbal de test/);
          assert.match(page, new RegExp(`Page ${index + 1} / ${pages.length}`));
        });
        const tablePages = pages.filter((page) => /Ligne \d+ du budget/.test(page));
        assert.ok(tablePages.length >= 2, 'the table runs over several pages');
        for (const page of tablePages) assert.match(page, /Poste 2017 2016 réalisé/);
        assert.match(pages.join(' '), /Ligne 150 du budget 150 000 149 500/);
        assert.match(pages.at(-1)!, /Le président de séance.*Christian Paul/);
      } finally {
        fs.rmSync(directory, { recursive: true, force: true });
      }
    },
  );
});
