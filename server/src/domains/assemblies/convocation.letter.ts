import QRCode from 'qrcode';
import type { AssociationView } from '../../../../common/association.schemas.ts';
import { pdfBytes } from '../../documents/pdf-bytes.ts';
import { printable } from '../../documents/pdf.ts';
import { convocationSentences, type ConvocationMailModel } from './convocation.mail.ts';

export interface ConvocationLetter {
  model: ConvocationMailModel;
  /** The member's postal address, for a window envelope; empty when the register has none. */
  addressLines: string[];
}

const margin = 56;

/**
 * The printed convocations, one A4 page per member: the association's letterhead, the member's
 * name and address where a window envelope shows them, the convocation's sentences, and the
 * personal link as a QR code and as text to type.
 */
export async function convocationLetters(
  letters: readonly ConvocationLetter[],
  association: AssociationView,
): Promise<Buffer> {
  const codes = await Promise.all(
    letters.map((letter) =>
      QRCode.toBuffer(letter.model.link, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 300 }),
    ),
  );
  return pdfBytes({ size: 'A4', margin, info: { Title: association.name } }, (pdf) => {
    letters.forEach((letter, index) => {
      if (index > 0) pdf.addPage();
      const { model } = letter;
      const sentences = convocationSentences(model);
      const width = pdf.page.width - margin * 2;
      if (model.logo) pdf.image(model.logo.bytes, margin, margin, { fit: [110, 40] });
      const letterhead = [
        association.name,
        association.address,
        [association.postcode, association.city].filter(Boolean).join(' '),
      ].filter((line): line is string => Boolean(line));
      pdf
        .font('Helvetica-Bold')
        .fontSize(11)
        .text(printable(letterhead[0] ?? ''), margin, margin + (model.logo ? 48 : 0), { width: 240 });
      pdf
        .font('Helvetica')
        .fontSize(9)
        .text(printable(letterhead.slice(1).join('\n')), { width: 240 });
      // The recipient where a right-hand window envelope (DL) shows it.
      pdf
        .font('Helvetica-Bold')
        .fontSize(11)
        .text(printable(model.memberName), 320, 150, { width: width - 264 });
      pdf.font('Helvetica').text(printable(letter.addressLines.join('\n')), { width: width - 264 });
      pdf.x = margin;
      pdf.y = 260;
      pdf.font('Helvetica-Bold').fontSize(15).text(printable(sentences.subject), margin, pdf.y, { width });
      pdf.moveDown(0.8);
      const paragraph = (text: string) => {
        pdf.font('Helvetica').fontSize(10.5).text(printable(text), margin, pdf.y, { width, lineGap: 2 });
        pdf.moveDown(0.5);
      };
      paragraph(sentences.greeting);
      paragraph(sentences.convened);
      for (const [label, value] of [sentences.when, sentences.where]) {
        pdf
          .font('Helvetica-Bold')
          .fontSize(10.5)
          .text(printable(`${label} : `), margin, pdf.y, { continued: true })
          .font('Helvetica')
          .text(printable(value));
      }
      pdf.moveDown(0.5);
      pdf.font('Helvetica-Bold').fontSize(10.5).text(printable(sentences.agendaHeading), margin, pdf.y);
      model.agenda.forEach((item, position) =>
        pdf
          .font('Helvetica')
          .fontSize(10.5)
          .text(printable(`${position + 1}. ${item}`), margin + 12, pdf.y, { width: width - 12 }),
      );
      pdf.moveDown(0.8);
      const codeSize = 110;
      const codeTop = pdf.y;
      pdf.image(codes[index]!, margin, codeTop, { width: codeSize, height: codeSize });
      const textX = margin + codeSize + 16;
      const textWidth = width - codeSize - 16;
      pdf
        .font('Helvetica')
        .fontSize(10.5)
        .text(printable(sentences.letterScan), textX, codeTop, { width: textWidth, lineGap: 2 });
      pdf.moveDown(0.4);
      pdf.font('Courier').fontSize(9).text(printable(model.link), textX, pdf.y, { width: textWidth });
      pdf.y = Math.max(pdf.y, codeTop + codeSize) + 12;
      paragraph(sentences.proxy);
      paragraph(sentences.onTheDay);
      paragraph(sentences.keepPrivate);
      paragraph(sentences.signature);
    });
  });
}
