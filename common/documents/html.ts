import type { Block, Inline, MinutesDocument } from './blocks.ts';

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => entities[character]!);
}

function renderInline(content: readonly Inline[]): string {
  return content
    .map((part) => {
      let html = escapeHtml(part.text).replace(
        /(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)])/g,
        (url) => `<a href="${url}">${url}</a>`,
      );
      if (part.isItalic) html = `<em>${html}</em>`;
      if (part.isBold) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${renderInline(block.content)}</p>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${renderInline(item)}</li>`).join('')}</ul>`;
    case 'table': {
      const align = (column: number) => (block.align?.[column] === 'right' ? ' class="number"' : '');
      const head = block.header
        .map(
          (row) =>
            `<tr>${row.map((cell, column) => `<th scope="col"${align(column)}>${escapeHtml(cell)}</th>`).join('')}</tr>`,
        )
        .join('');
      const body = block.rows
        .map((row, index) => {
          const style = block.rowStyles?.[index];
          const indent = Math.min(style?.indent ?? 0, 4);
          const classes = (column: number) =>
            [
              block.align?.[column] === 'right' ? 'number' : '',
              column === 0 && indent > 0 ? `indent-${indent}` : '',
            ].filter(Boolean);
          const cellHtml = (cell: string, column: number) => {
            const names = classes(column);
            const content = style?.isBold && cell ? `<strong>${escapeHtml(cell)}</strong>` : escapeHtml(cell);
            return `<td${names.length > 0 ? ` class="${names.join(' ')}"` : ''}>${content}</td>`;
          };
          return `<tr${style?.isBold ? ' class="emphasis"' : ''}>${row.map(cellHtml).join('')}</tr>`;
        })
        .join('');
      return `<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
    }
    case 'key_value':
      return `<dl>${block.entries.map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`;
    case 'signatures':
      return `<div class="signatures">${block.signatories
        .map(
          (signatory) =>
            `<div class="signature"><p class="role">${escapeHtml(signatory.role)}</p><p>${escapeHtml(signatory.name)}</p></div>`,
        )
        .join('')}</div>`;
    case 'page_break':
      return '<div class="page-break"></div>';
  }
}

/** Blocks as an HTML fragment, escaped: the web app's preview of a section being written. */
export function renderBlocksHtml(blocks: readonly Block[]): string {
  return blocks.map(renderBlock).join('\n');
}

const style = `body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
h1{font-size:1.5rem}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1.05rem}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}
.number{text-align:right}.indent-1{padding-left:1.5rem}.indent-2{padding-left:2.75rem}.indent-3{padding-left:4rem}.indent-4{padding-left:5.25rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dd{margin:0}
.signatures{display:flex;gap:4rem;margin-top:2rem}.signature{min-height:6rem}.role{font-weight:bold}
.page-break{break-after:page}section.overridden{border-left:4px solid #e8a33d;padding-left:1rem}
.override-note{font-size:.8rem;color:#8a5a00}`;

/**
 * The minutes as a standalone HTML page. `showOverrides` marks the sections whose wording the
 * secretary replaced, for the preview; the document itself carries no such mark.
 */
export function renderHtml(
  document: MinutesDocument,
  options: { showOverrides?: boolean; overrideNote?: string } = {},
): string {
  const sections = document.sections
    .map((section) => {
      const isMarked = options.showOverrides && section.isOverridden;
      const note = isMarked ? `<p class="override-note">${escapeHtml(options.overrideNote ?? '')}</p>` : '';
      return `<section id="section-${escapeHtml(section.key)}"${isMarked ? ' class="overridden"' : ''}>${note}${section.blocks.map(renderBlock).join('\n')}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${document.lang}">
<head><meta charset="utf-8"><title>${escapeHtml(document.title)}</title><style>${style}</style></head>
<body>
${sections}
</body>
</html>
`;
}
