import type { MinutesFormat } from '../../../common/minutes.schemas.ts';
import type { MinutesDocument } from '../../../common/documents/blocks.ts';
import { renderDocx } from './docx.ts';
import { renderHtml } from '../../../common/documents/html.ts';
import { renderMarkdown } from '../../../common/documents/markdown.ts';
import { renderPdf, type DocumentLogo } from './pdf.ts';
import { translate } from '../i18n/translate.ts';

export const contentTypes: Record<MinutesFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The document in one of the four formats, as bytes. */
export async function renderDocument(
  document: MinutesDocument,
  format: MinutesFormat,
  options: { showOverrides?: boolean; logo?: DocumentLogo | null } = {},
): Promise<Buffer> {
  switch (format) {
    case 'md':
      return Buffer.from(renderMarkdown(document), 'utf8');
    case 'html':
      return Buffer.from(
        renderHtml(document, {
          showOverrides: options.showOverrides,
          overrideNote: translate(document.lang, 'minutes:override_note'),
        }),
        'utf8',
      );
    case 'pdf':
      return renderPdf(document, options.logo ?? null);
    case 'docx':
      return renderDocx(document);
  }
}
