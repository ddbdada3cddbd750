import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, Inline, MinutesDocument, TableRowStyle } from '../../../common/documents/blocks.ts';
import { translate } from '../i18n/translate.ts';

/*
 * The minutes as a Word document the secretary can retouch: real heading styles (Titre 1, 2, 3),
 * real bulleted lists and tables whose header rows repeat on each page, the running header and the
 * page numbers in the page's header and footer.
 */

/** A quarter of an inch per step of a table row's indentation, in twentieths of a point. */
const indentTwips = 284;

const headingLevels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 };

function runs(content: readonly Inline[]): TextRun[] {
  return content.map((part) => new TextRun({ text: part.text, bold: part.isBold, italics: part.isItalic }));
}

function cell(
  value: string,
  options: {
    isHeader?: boolean;
    isBold?: boolean;
    indent?: number;
    alignRight?: boolean;
    hasBorders?: boolean;
  } = {},
) {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new TableCell({
    children: [
      new Paragraph({
        alignment: options.alignRight ? AlignmentType.RIGHT : AlignmentType.LEFT,
        ...(options.indent ? { indent: { left: options.indent * indentTwips } } : {}),
        children: [new TextRun({ text: value, bold: options.isHeader || options.isBold })],
      }),
    ],
    ...(options.hasBorders === false
      ? { borders: { top: none, bottom: none, left: none, right: none } }
      : {}),
    ...(options.isHeader ? { shading: { fill: 'E8E8E8' } } : {}),
  });
}

function table(
  header: string[][],
  rows: string[][],
  align?: ('left' | 'right')[],
  rowStyles?: (TableRowStyle | undefined)[],
): Table {
  const columns = Math.max(...[...header, ...rows].map((row) => row.length), 1);
  const pad = (row: string[]) => Array.from({ length: columns }, (_, column) => row[column] ?? '');
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      ...header.map(
        (row) =>
          new TableRow({
            tableHeader: true,
            children: pad(row).map((value, column) =>
              cell(value, { isHeader: true, alignRight: align?.[column] === 'right' }),
            ),
          }),
      ),
      ...rows.map(
        (row, index) =>
          new TableRow({
            cantSplit: true,
            children: pad(row).map((value, column) =>
              cell(value, {
                alignRight: align?.[column] === 'right',
                isBold: rowStyles?.[index]?.isBold,
                indent: column === 0 ? rowStyles?.[index]?.indent : undefined,
              }),
            ),
          }),
      ),
    ],
  });
}

function blockChildren(block: Block): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ text: block.text, heading: headingLevels[block.level] })];
    case 'paragraph':
      return [new Paragraph({ children: runs(block.content) })];
    case 'list':
      return block.items.map((item) => new Paragraph({ children: runs(item), bullet: { level: 0 } }));
    case 'table':
      return [table(block.header, block.rows, block.align, block.rowStyles), new Paragraph({})];
    case 'key_value':
      return [
        table(
          [],
          block.entries.map(([key, value]) => [key, value]),
        ),
        new Paragraph({}),
      ];
    case 'signatures':
      return [
        new Paragraph({}),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              children: block.signatories.map(
                (signatory) =>
                  new TableCell({
                    borders: {
                      top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
                      bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
                      left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
                      right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
                    },
                    children: [
                      new Paragraph({ children: [new TextRun({ text: signatory.role, bold: true })] }),
                      new Paragraph({ text: signatory.name }),
                      new Paragraph({}),
                      new Paragraph({}),
                      new Paragraph({}),
                    ],
                  }),
              ),
            }),
          ],
        }),
      ];
    case 'page_break':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** "Page 3 / 12" in the document's language, the numbers as Word fields. */
function pageNumbering(document: MinutesDocument): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
  const current = '{current}';
  const total = '{total}';
  const worded = translate(document.lang, 'minutes:page_of', { page: current, pages: total });
  return worded
    .split(/(\{current\}|\{total\})/)
    .filter((part) => part !== '')
    .map((part) => (part === current ? PageNumber.CURRENT : part === total ? PageNumber.TOTAL_PAGES : part));
}

/** The minutes as DOCX bytes. */
export async function renderDocx(document: MinutesDocument): Promise<Buffer> {
  const word = new Document({
    title: document.title,
    creator: 'Quorum',
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({ children: [new TextRun({ text: document.runningHeader, size: 16 })] }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 16,
                    children: pageNumbering(document),
                  }),
                ],
              }),
            ],
          }),
        },
        children: document.sections.flatMap((section) => section.blocks.flatMap(blockChildren)),
      },
    ],
  });
  return Packer.toBuffer(word);
}
