import { pdfBytes } from '../../documents/pdf-bytes.ts';
import { formatLongDate, formatMoney } from '../../../../common/format.ts';

export interface ReceiptModel {
  associationName: string;
  /** The association's logo, printed at the top right when it has one. */
  logo?: { bytes: Buffer } | null;
  receiptNumber: string;
  memberName: string;
  year: number;
  categoryLabel: string;
  amountCents: number;
  paidOn: string;
  methodLabel: string;
  reference: string | null;
  issuedOn: string;
}

/** A one-page A4 receipt for a fee payment. Layout only: the figures come in the model. */
export function renderReceiptPdf(model: ReceiptModel): Promise<Buffer> {
  return pdfBytes(
    {
      size: 'A4',
      margin: 56,
      info: { Title: `Reçu ${model.receiptNumber}`, Author: model.associationName },
    },
    (document) => {
      if (model.logo)
        document.image(model.logo.bytes, document.page.width - 56 - 120, 40, {
          fit: [120, 48],
          align: 'right',
        });
      document
        .font('Helvetica-Bold')
        .fontSize(18)
        .text(model.associationName, { width: document.page.width - 2 * 56 - 132 });
      document
        .moveDown(0.5)
        .font('Helvetica')
        .fontSize(10)
        .text('Association régie par la loi du 1er juillet 1901');
      document
        .moveDown(2)
        .font('Helvetica-Bold')
        .fontSize(16)
        .text(`Reçu de cotisation n° ${model.receiptNumber}`);
      document.moveDown(1.5).font('Helvetica').fontSize(12);
      const lines: [string, string][] = [
        ['Reçu de', model.memberName],
        ['Adhésion', `${model.categoryLabel} ${model.year}`],
        ['Montant', formatMoney(model.amountCents)],
        ['Payé le', formatLongDate(model.paidOn)],
        ['Moyen de paiement', model.methodLabel],
        ...(model.reference ? ([['Référence', model.reference]] as [string, string][]) : []),
      ];
      for (const [label, value] of lines) {
        document
          .font('Helvetica-Bold')
          .text(`${label} : `, { continued: true })
          .font('Helvetica')
          .text(value);
        document.moveDown(0.4);
      }
      document
        .moveDown(2)
        .text(`Fait le ${formatLongDate(model.issuedOn)}, pour servir et valoir ce que de droit.`);
      document.moveDown(3).text('Le trésorier', { align: 'right' });
    },
  );
}
