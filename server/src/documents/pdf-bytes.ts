const winAnsiExtras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * Keeps what Helvetica can print; "❖" becomes a bullet, spaces of all widths plain spaces but the
 * narrow no-break space (in amounts, before "?"), which becomes the no-break space WinAnsi has, so
 * that "1 124 849 €" stays on one line; the minus sign becomes the en dash, as wide as a digit.
 */
export function printable(value: string): string {
  return value
    .replace(/\u202f/g, '\u00a0')
    .replace(/\u2212/g, '–')
    .replace(/[\u2000-\u200b\u205f]/g, ' ')
    .replace(/[❖▪►●◆]/g, '•')
    .replace(/[‐‑‒]/g, '-')
    .replace(/[^\n\t\x20-\x7e\xa0-\xff]/g, (character) =>
      winAnsiExtras.has(character) ? character : character === '\u2009' ? ' ' : '?',
    );
}

/**
 * A PDF drawn with pdfkit, as bytes. pdfkit is loaded on the first document: most requests and
 * commands never print one, and loading it costs each process a fifth of a second at start. Every
 * text drawn, measured or put in a table passes through `printable`: a narrow no-break space or a
 * minus sign from the formats never prints as garbage in any document.
 */
export async function pdfBytes(
  options: PDFKit.PDFDocumentOptions,
  draw: (document: PDFKit.PDFDocument) => void,
): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const document = new PDFDocument(options);
  const { text, heightOfString, widthOfString } = document;
  const patched = document as unknown as Record<'text' | 'heightOfString' | 'widthOfString', unknown>;
  patched.text = function (this: unknown, value: unknown, ...rest: unknown[]) {
    return Reflect.apply(text, this, [typeof value === 'string' ? printable(value) : value, ...rest]);
  };
  patched.heightOfString = function (this: unknown, value: unknown, ...rest: unknown[]) {
    return Reflect.apply(heightOfString, this, [
      typeof value === 'string' ? printable(value) : value,
      ...rest,
    ]);
  };
  patched.widthOfString = function (this: unknown, value: unknown, ...rest: unknown[]) {
    return Reflect.apply(widthOfString, this, [
      typeof value === 'string' ? printable(value) : value,
      ...rest,
    ]);
  };
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  draw(document);
  document.end();
  return done;
}
