import { useTranslation } from 'react-i18next';
import type { Block } from '../../../../common/documents/blocks.ts';
import { heading } from '../../../../common/documents/blocks.ts';
import { renderBlocksHtml } from '../../../../common/documents/html.ts';
import { parseMarkdown } from '../../../../common/documents/markdown.ts';
import type { MinutesSectionView } from './minutes.api.ts';

/**
 * The blocks a section prints as it stands: a written section's heading and text (nothing until
 * something is written), the secretary's wording of a generated one, else what the data gives.
 */
function sectionBlocks(section: MinutesSectionView): Block[] {
  if (section.kind === 'written') {
    const blocks = parseMarkdown(section.markdown ?? '');
    if (blocks.length === 0) return [];
    return [...(section.title ? [heading(2, section.title)] : []), ...blocks];
  }
  return parseMarkdown(section.markdown ?? section.generatedMarkdown ?? '');
}

/**
 * The section's HTML with its headings set below the page's own (the document's title is an h1 of
 * its own page, not of this one). The renderer escapes every text: `<hN>` can only be its own tags.
 */
function sectionHtml(blocks: Block[], headingsBelow: number): string {
  return renderBlocksHtml(blocks).replace(
    /<(\/?)h([1-6])>/g,
    (_tag, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + headingsBelow)}>`,
  );
}

/** A section's text as it prints, under its card's label (a written section's heading is that label). */
export function SectionText({ section }: { section: MinutesSectionView }) {
  const { t } = useTranslation();
  const blocks = section.kind === 'written' ? parseMarkdown(section.markdown ?? '') : sectionBlocks(section);
  if (blocks.length === 0)
    return (
      <p className="minutes-empty" style={{ margin: 0, fontStyle: 'italic' }}>
        {section.kind === 'written' ? t('minutes.emptyWritten') : t('minutes.emptyGenerated')}
      </p>
    );
  return <div className="minutes-preview" dangerouslySetInnerHTML={{ __html: sectionHtml(blocks, 2) }} />;
}

/** The whole draft as it stands, section after section, as it prints, under a heading of level 2. */
export function MinutesDraft({ sections, label }: { sections: MinutesSectionView[]; label: string }) {
  const html = sections.map((section) => sectionHtml(sectionBlocks(section), 2)).join('\n');
  return (
    <div
      className="minutes-preview"
      role="region"
      aria-label={label}
      // It scrolls on its own: reachable with the keyboard to scroll it.
      tabIndex={0}
      style={{
        border: '1px solid var(--mantine-color-gray-4)',
        padding: '0.5rem 1rem',
        maxHeight: '80vh',
        overflowY: 'auto',
      }}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
