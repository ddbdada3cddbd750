import { pdfBytes } from '../../documents/pdf-bytes.ts';
import { stringify } from 'csv-stringify/sync';
import { safeCsvOptions } from '../../documents/csv.ts';
import { formatLongDate } from '../../../../common/format.ts';
import type { Language } from '../../../../common/i18n/messages.ts';
import { translate } from '../../i18n/translate.ts';

/** One line of the printed sheet: who, for whom or in which capacity, and where they stand. */
export interface SheetLine {
  name: string;
  capacity: string;
  presence: string;
}

export interface SheetDocumentModel {
  /** The association's language: headings, columns and statuses are written in it. */
  language: Language;
  associationName: string;
  title: string;
  heldOn: string;
  place: string;
  quorumStatement: string;
  sections: { title: string; lines: SheetLine[] }[];
}

function textIn(language: Language) {
  return (key: string, params?: Record<string, string | number>) =>
    translate(language, `assemblies:${key}`, params);
}

/** The printable attendance sheet: A4, a signature column, tables that break across pages. */
export function renderAttendanceSheetPdf(model: SheetDocumentModel): Promise<Buffer> {
  const text = textIn(model.language);
  const heading = text('sheet_title', { title: model.title });
  return pdfBytes(
    {
      size: 'A4',
      margin: 40,
      bufferPages: true,
      info: { Title: heading },
    },
    (document) => {
      document.font('Helvetica-Bold').fontSize(15).text(heading);
      document
        .font('Helvetica')
        .fontSize(10)
        .text(`${model.associationName} · ${formatLongDate(model.heldOn, model.language)} · ${model.place}`);
      document.moveDown(0.5).fontSize(9).text(model.quorumStatement);
      for (const section of model.sections) {
        if (section.lines.length === 0) continue;
        document.moveDown(1).font('Helvetica-Bold').fontSize(11).text(section.title);
        document.moveDown(0.3).font('Helvetica').fontSize(9);
        document.table({
          columnStyles: [150, '*', 70, 110],
          rowStyles: (row) => (row === 0 ? { height: 16 } : { height: 26 }),
          data: [
            [
              { text: text('sheet_column_name'), font: { src: 'Helvetica-Bold' } },
              { text: text('sheet_column_capacity'), font: { src: 'Helvetica-Bold' } },
              { text: text('sheet_column_presence'), font: { src: 'Helvetica-Bold' } },
              { text: text('sheet_column_signature'), font: { src: 'Helvetica-Bold' } },
            ],
            ...section.lines.map((line) => [line.name, line.capacity, line.presence, '']),
          ],
        });
      }
      const pages = document.bufferedPageRange();
      for (let index = 0; index < pages.count; index += 1) {
        document.switchToPage(index);
        const page = text('sheet_page', { page: index + 1, pages: pages.count });
        document.fontSize(8).text(page, 40, document.page.height - 30, {
          align: 'center',
          lineBreak: false,
        });
      }
    },
  );
}

export function renderAttendanceSheetCsv(model: SheetDocumentModel): string {
  const text = textIn(model.language);
  const rows = model.sections.flatMap((section) =>
    section.lines.map((line) => [section.title, line.name, line.capacity, line.presence]),
  );
  const header = [
    'sheet_column_section',
    'sheet_column_name',
    'sheet_column_capacity',
    'sheet_column_presence',
  ];
  return stringify([header.map((key) => text(key)), ...rows], safeCsvOptions());
}
