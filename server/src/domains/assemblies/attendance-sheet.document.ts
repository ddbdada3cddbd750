import PDFDocument from 'pdfkit';
import { stringify } from 'csv-stringify/sync';
import { formatLongDate } from '../../../../common/format.ts';

/** One line of the printed sheet: who, for whom or in which capacity, and where they stand. */
export interface SheetLine {
  name: string;
  capacity: string;
  presence: string;
}

export interface SheetDocumentModel {
  associationName: string;
  title: string;
  heldOn: string;
  place: string;
  quorumStatement: string;
  sections: { title: string; lines: SheetLine[] }[];
}

/** The printable attendance sheet: A4, a signature column, tables that break across pages. */
export function renderAttendanceSheetPdf(model: SheetDocumentModel): Promise<Buffer> {
  const document = new PDFDocument({
    size: 'A4',
    margin: 40,
    bufferPages: true,
    info: { Title: `Feuille d’émargement — ${model.title}` },
  });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  document.font('Helvetica-Bold').fontSize(15).text(`Feuille d’émargement — ${model.title}`);
  document
    .font('Helvetica')
    .fontSize(10)
    .text(`${model.associationName} · ${formatLongDate(model.heldOn)} · ${model.place}`);
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
          { text: 'Nom', font: { src: 'Helvetica-Bold' } },
          { text: 'Représente / qualité', font: { src: 'Helvetica-Bold' } },
          { text: 'Statut', font: { src: 'Helvetica-Bold' } },
          { text: 'Signature', font: { src: 'Helvetica-Bold' } },
        ],
        ...section.lines.map((line) => [line.name, line.capacity, line.presence, '']),
      ],
    });
  }
  const pages = document.bufferedPageRange();
  for (let index = 0; index < pages.count; index += 1) {
    document.switchToPage(index);
    document.fontSize(8).text(`Page ${index + 1} / ${pages.count}`, 40, document.page.height - 30, {
      align: 'center',
      lineBreak: false,
    });
  }
  document.end();
  return done;
}

export function renderAttendanceSheetCsv(model: SheetDocumentModel): string {
  const rows = model.sections.flatMap((section) =>
    section.lines.map((line) => [section.title, line.name, line.capacity, line.presence]),
  );
  return stringify([['Section', 'Nom', 'Représente / qualité', 'Statut'], ...rows]);
}
