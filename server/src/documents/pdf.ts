import { pdfBytes, printable } from './pdf-bytes.ts';

export { printable };
import type { Block, Inline, MinutesDocument, TableRowStyle } from '../../../common/documents/blocks.ts';
import { translate } from '../i18n/translate.ts';

/*
 * The minutes as an A4 PDF with pdfkit: a running header and "Page 1 / N" on every page, tables
 * drawn row by row so that a table running onto the next page repeats its header rows there, and a
 * signature block kept whole on one page. The standard Helvetica fonts need no font file; their
 * encoding (WinAnsi) covers French, and the few signs it lacks are replaced.
 */

const margin = 56;
const top = 72;
const bottom = 64;
const fontSize = 10;
/** Points of indentation per step of a table row's first cell. */
const indentStep = 10;

type Pdf = PDFKit.PDFDocument;

function contentWidth(pdf: Pdf): number {
  return pdf.page.width - margin * 2;
}

function maxY(pdf: Pdf): number {
  return pdf.page.height - bottom;
}

function ensureRoom(pdf: Pdf, height: number) {
  if (pdf.y + height > maxY(pdf)) pdf.addPage();
}

function fontOf(run: Inline): string {
  if (run.isBold && run.isItalic) return 'Helvetica-BoldOblique';
  if (run.isBold) return 'Helvetica-Bold';
  if (run.isItalic) return 'Helvetica-Oblique';
  return 'Helvetica';
}

function writeRuns(pdf: Pdf, runs: readonly Inline[], x: number, width: number) {
  const parts = runs.filter((run) => run.text.length > 0);
  if (parts.length === 0) return;
  parts.forEach((run, index) => {
    const isLast = index === parts.length - 1;
    pdf.font(fontOf(run)).fontSize(fontSize);
    if (index === 0) pdf.text(printable(run.text), x, pdf.y, { width, continued: !isLast, lineGap: 2 });
    else pdf.text(printable(run.text), { continued: !isLast, lineGap: 2 });
  });
}

function writeTable(pdf: Pdf, block: Extract<Block, { type: 'table' }>) {
  const columns = Math.max(...[...block.header, ...block.rows].map((row) => row.length), 1);
  const width = contentWidth(pdf);
  const lengths = Array.from({ length: columns }, (_, column) =>
    Math.min(40, Math.max(4, ...[...block.header, ...block.rows].map((row) => (row[column] ?? '').length))),
  );
  const total = lengths.reduce((sum, length) => sum + length, 0);
  const widths = lengths.map((length) => (length / total) * width);
  const padding = 3;
  const size = columns > 4 ? 8 : 9;
  /** Points of indentation of a row's first cell, at most half the column. */
  const indentOf = (style: TableRowStyle | undefined) =>
    Math.min((style?.indent ?? 0) * indentStep, (widths[0] ?? 0) / 2);
  const rowHeight = (row: string[], isHeader: boolean, style?: TableRowStyle) => {
    pdf.font(isHeader || style?.isBold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
    return (
      Math.max(
        ...widths.map((cellWidth, column) =>
          pdf.heightOfString(printable(row[column] ?? '') || ' ', {
            width: cellWidth - padding * 2 - (column === 0 ? indentOf(style) : 0),
          }),
        ),
      ) +
      padding * 2
    );
  };
  const drawRow = (row: string[], isHeader: boolean, style?: TableRowStyle) => {
    const height = rowHeight(row, isHeader, style);
    const y = pdf.y;
    let x = margin;
    if (isHeader) pdf.rect(margin, y, width, height).fill('#e8e8e8');
    pdf.fillColor('black').lineWidth(0.5).strokeColor('#888888');
    widths.forEach((cellWidth, column) => {
      pdf.rect(x, y, cellWidth, height).stroke();
      const align = block.align?.[column] === 'right' ? 'right' : 'left';
      const indent = column === 0 ? indentOf(style) : 0;
      pdf
        .font(isHeader || style?.isBold ? 'Helvetica-Bold' : 'Helvetica')
        .fontSize(size)
        .text(printable(row[column] ?? ''), x + padding + indent, y + padding, {
          width: cellWidth - padding * 2 - indent,
          align,
        });
      x += cellWidth;
    });
    pdf.x = margin;
    pdf.y = y + height;
  };
  const drawHeader = () => block.header.forEach((row) => drawRow(row, true));
  const headerHeight = block.header.reduce((sum, row) => sum + rowHeight(row, true), 0);
  ensureRoom(pdf, headerHeight + (block.rows[0] ? rowHeight(block.rows[0], false, block.rowStyles?.[0]) : 0));
  drawHeader();
  block.rows.forEach((row, index) => {
    const style = block.rowStyles?.[index];
    if (pdf.y + rowHeight(row, false, style) > maxY(pdf)) {
      pdf.addPage();
      drawHeader();
    }
    drawRow(row, false, style);
  });
  pdf.moveDown(0.8);
}

function writeBlock(pdf: Pdf, block: Block) {
  const width = contentWidth(pdf);
  switch (block.type) {
    case 'heading': {
      const size = block.level === 1 ? 15 : block.level === 2 ? 13 : 11;
      ensureRoom(pdf, size * 4);
      pdf.moveDown(block.level === 1 ? 0 : 0.6);
      pdf.font('Helvetica-Bold').fontSize(size).text(printable(block.text), margin, pdf.y, { width });
      pdf.moveDown(0.4);
      return;
    }
    case 'paragraph':
      ensureRoom(pdf, fontSize * 2);
      writeRuns(pdf, block.content, margin, width);
      pdf.moveDown(0.5);
      return;
    case 'list':
      for (const item of block.items) {
        ensureRoom(pdf, fontSize * 1.6);
        const y = pdf.y;
        pdf
          .font('Helvetica')
          .fontSize(fontSize)
          .text('•', margin + 4, y, { lineBreak: false });
        pdf.y = y;
        writeRuns(pdf, item, margin + 16, width - 16);
        pdf.moveDown(0.15);
      }
      pdf.x = margin;
      pdf.moveDown(0.4);
      return;
    case 'table':
      writeTable(pdf, block);
      return;
    case 'key_value':
      writeTable(pdf, { type: 'table', header: [], rows: block.entries.map(([key, value]) => [key, value]) });
      return;
    case 'signatures': {
      ensureRoom(pdf, 110);
      pdf.moveDown(1);
      const y = pdf.y;
      const boxWidth = width / Math.max(block.signatories.length, 1);
      block.signatories.forEach((signatory, index) => {
        const x = margin + index * boxWidth;
        pdf
          .font('Helvetica-Bold')
          .fontSize(fontSize)
          .text(printable(signatory.role), x, y, { width: boxWidth - 12 });
        pdf.font('Helvetica').text(printable(signatory.name), x, pdf.y + 2, { width: boxWidth - 12 });
        pdf
          .lineWidth(0.5)
          .strokeColor('#888888')
          .rect(x, y + 32, boxWidth - 24, 56)
          .stroke();
      });
      pdf.x = margin;
      pdf.y = y + 100;
      return;
    }
    case 'page_break':
      pdf.addPage();
      return;
  }
}

/** The association's logo, printed at the top of a document's first page. */
export interface DocumentLogo {
  mediaType: 'image/png' | 'image/jpeg';
  bytes: Buffer;
}

const logoBox: [number, number] = [110, 34];

/** The minutes as PDF bytes, with the association's logo on the first page when it has one. */
export function renderPdf(document: MinutesDocument, logo: DocumentLogo | null = null): Promise<Buffer> {
  return pdfBytes(
    {
      size: 'A4',
      margins: { top, bottom, left: margin, right: margin },
      bufferPages: true,
      info: { Title: printable(document.title), Subject: printable(document.runningHeader) },
      lang: translate(document.lang, 'minutes:document_language_tag'),
    },
    (pdf) => {
      for (const section of document.sections) for (const block of section.blocks) writeBlock(pdf, block);
      const range = pdf.bufferedPageRange();
      for (let index = range.start; index < range.start + range.count; index += 1) {
        pdf.switchToPage(index);
        const margins = pdf.page.margins;
        pdf.page.margins = { ...margins, top: 0, bottom: 0 };
        const hasLogo = logo !== null && index === range.start;
        if (hasLogo)
          pdf.image(logo.bytes, pdf.page.width - margin - logoBox[0], 24, { fit: logoBox, align: 'right' });
        pdf
          .font('Helvetica')
          .fontSize(8)
          .fillColor('#555555')
          .text(printable(document.runningHeader), margin, 32, {
            width: contentWidth(pdf) - (hasLogo ? logoBox[0] + 12 : 0),
            lineBreak: false,
            ellipsis: true,
          });
        pdf.text(
          translate(document.lang, 'minutes:page_of', { page: index + 1, pages: range.count }),
          margin,
          pdf.page.height - 40,
          {
            width: contentWidth(pdf),
            align: 'center',
            lineBreak: false,
          },
        );
        pdf.fillColor('black');
        pdf.page.margins = margins;
      }
    },
  );
}
