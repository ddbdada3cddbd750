import type { Block, Inline, MinutesDocument, TableRowStyle } from './blocks.ts';

/*
 * Markdown in and out. Written sections are typed in a small, predictable subset: headings (#, ##,
 * ###), paragraphs, lists (- or *), tables (| a | b | with a |---| line), **bold**, *italic* and
 * <https://links>. That subset is what every renderer can print faithfully, so nothing typed is lost
 * between the textarea and the PDF.
 */

const inlinePattern = /\\([\\*_|<>])|\*\*(.+?)\*\*|\*(.+?)\*|_(.+?)_|<((?:https?|mailto):[^>\s]+)>/g;

/** Parses emphasis and links of one line of Markdown into runs. */
export function parseInline(source: string): Inline[] {
  const runs: Inline[] = [];
  let plain = '';
  let last = 0;
  const flush = () => {
    if (plain) runs.push({ text: plain });
    plain = '';
  };
  for (const match of source.matchAll(inlinePattern)) {
    plain += source.slice(last, match.index);
    last = match.index + match[0].length;
    const [, escaped, strong, emphasis, underscored, link] = match;
    if (escaped !== undefined) plain += escaped;
    else if (link !== undefined) plain += link;
    else {
      flush();
      if (strong !== undefined) runs.push({ text: unescape(strong), isBold: true });
      else runs.push({ text: unescape(emphasis ?? underscored ?? ''), isItalic: true });
    }
  }
  plain += source.slice(last);
  flush();
  return runs;
}

function unescape(value: string): string {
  return value.replace(/\\([\\*_|<>])/g, '$1');
}

const listItem = /^\s*[-*+]\s+(.*)$/;
const tableRow = /^\s*\|(.*)\|\s*$/;
const tableSeparator = /^\s*\|?(\s*:?-{2,}:?\s*\|)+\s*(:?-{2,}:?\s*)?$/;

function tableCells(line: string): string[] {
  return tableRow
    .exec(line)![1]!
    .split(/(?<!\\)\|/)
    .map((cell) => unescape(cell.trim()));
}

/** Parses a written section's Markdown into blocks. Never throws: unknown syntax stays as text. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    if (!line.trim()) {
      index += 1;
      continue;
    }
    const headingMatch = /^(#{1,3})\s+(.*)$/.exec(line);
    if (headingMatch) {
      const level = headingMatch[1]!.length as 1 | 2 | 3;
      blocks.push({ type: 'heading', level, text: unescape(headingMatch[2]!.trim()) });
      index += 1;
      continue;
    }
    if (tableRow.test(line) && tableSeparator.test(lines[index + 1] ?? '')) {
      const header = [tableCells(line)];
      const rows: string[][] = [];
      index += 2;
      while (index < lines.length && tableRow.test(lines[index]!)) rows.push(tableCells(lines[index++]!));
      blocks.push({ type: 'table', header, rows });
      continue;
    }
    if (listItem.test(line)) {
      const items: Inline[][] = [];
      let current = '';
      while (index < lines.length && lines[index]!.trim()) {
        const item = listItem.exec(lines[index]!);
        if (item) {
          if (current) items.push(parseInline(current));
          current = item[1]!;
        } else current += ` ${lines[index]!.trim()}`;
        index += 1;
      }
      if (current) items.push(parseInline(current));
      blocks.push({ type: 'list', items });
      continue;
    }
    const paragraphLines: string[] = [];
    while (
      index < lines.length &&
      lines[index]!.trim() &&
      !listItem.test(lines[index]!) &&
      !/^#{1,3}\s/.test(lines[index]!)
    ) {
      paragraphLines.push(lines[index]!.trim());
      index += 1;
    }
    blocks.push({ type: 'paragraph', content: parseInline(paragraphLines.join(' ')) });
  }
  return blocks;
}

function escapeText(value: string): string {
  return value.replace(/([\\*_<>])/g, '\\$1');
}

function renderInline(content: readonly Inline[]): string {
  return content
    .map((part) => {
      const escaped = escapeText(part.text);
      if (!part.text.trim()) return part.text;
      if (part.isBold) return `**${escaped}**`;
      if (part.isItalic) return `*${escaped}*`;
      return escaped;
    })
    .join('');
}

function renderCell(value: string): string {
  return escapeText(value).replace(/\|/g, '\\|');
}

function renderTable(
  header: string[][],
  rows: string[][],
  rowStyles?: (TableRowStyle | undefined)[],
): string {
  const columns = Math.max(...[...header, ...rows].map((row) => row.length), 1);
  const line = (cells: string[], isBold = false) =>
    `| ${Array.from({ length: columns }, (_, column) => {
      const cell = renderCell(cells[column] ?? '');
      return isBold && cell ? `**${cell}**` : cell;
    }).join(' | ')} |`;
  const [first = [], ...moreHeader] = header;
  return [
    line(first),
    `|${' --- |'.repeat(columns)}`,
    ...moreHeader.map((row) => line(row, true)),
    ...rows.map((row, index) => line(row, rowStyles?.[index]?.isBold)),
  ].join('\n');
}

/** One block as Markdown, with no blank line around it. */
export function renderBlockMarkdown(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeText(block.text)}`;
    case 'paragraph':
      return renderInline(block.content);
    case 'list':
      return block.items.map((item) => `- ${renderInline(item)}`).join('\n');
    case 'table':
      return renderTable(block.header, block.rows, block.rowStyles);
    case 'key_value':
      return block.entries
        .map(([key, value]) => `- **${escapeText(key)}**\u202f: ${escapeText(value)}`)
        .join('\n');
    case 'signatures':
      return renderTable(
        [block.signatories.map((signatory) => signatory.role)],
        [block.signatories.map((signatory) => signatory.name)],
      );
    case 'page_break':
      return '';
  }
}

export function renderBlocksMarkdown(blocks: readonly Block[]): string {
  return blocks
    .map(renderBlockMarkdown)
    .filter((part) => part !== '')
    .join('\n\n');
}

/** The whole minutes as one Markdown file. */
export function renderMarkdown(document: MinutesDocument): string {
  const body = document.sections
    .map((section) => renderBlocksMarkdown(section.blocks))
    .filter((part) => part !== '')
    .join('\n\n');
  return `${body}\n`;
}
