/**
 * The document model every minutes renderer understands (Markdown, HTML, PDF, DOCX). Generated
 * sections build these blocks from the data; written sections are parsed into them from Markdown.
 * Renderers are adapters over this model and hold no business rule.
 */

/** A run of text with its emphasis. */
export interface Inline {
  text: string;
  isBold?: boolean;
  isItalic?: boolean;
}

export interface Signatory {
  /** "Le président", "Le secrétaire de séance". */
  role: string;
  name: string;
}

/** How a table row stands out: a family or total in bold, a sub-line indented under its family. */
export interface TableRowStyle {
  isBold?: boolean;
  /** Steps of indentation of the row's first cell; 0 or absent for none. */
  indent?: number;
}

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; items: Inline[][] }
  | {
      type: 'table';
      /** Header rows, repeated at the top of each page the table runs onto. */
      header: string[][];
      rows: string[][];
      /** Per column; numbers read better right-aligned. */
      align?: ('left' | 'right')[];
      /** Per body row, parallel to `rows`; a row without one is plain. */
      rowStyles?: (TableRowStyle | undefined)[];
    }
  | { type: 'key_value'; entries: [string, string][] }
  | { type: 'signatures'; signatories: Signatory[] }
  /** A hint: renderers that paginate start a new page here, the others ignore it. */
  | { type: 'page_break' };

export interface DocumentSection {
  /** Stable key, e.g. the section's id, for anchors. */
  key: string;
  /** Whether the secretary's words replace the generated ones (shown as such in the preview). */
  isOverridden: boolean;
  blocks: Block[];
}

export interface MinutesDocument {
  title: string;
  /** Printed at the top of every page of the PDF. */
  runningHeader: string;
  lang: 'fr' | 'en';
  sections: DocumentSection[];
}

export const text = (value: string): Inline => ({ text: value });
export const bold = (value: string): Inline => ({ text: value, isBold: true });

export const heading = (level: 1 | 2 | 3, value: string): Block => ({ type: 'heading', level, text: value });
export const paragraph = (...content: (Inline | string)[]): Block => ({
  type: 'paragraph',
  content: content.map((part) => (typeof part === 'string' ? text(part) : part)),
});
export const list = (items: (string | Inline[])[]): Block => ({
  type: 'list',
  items: items.map((item) => (typeof item === 'string' ? [text(item)] : item)),
});
