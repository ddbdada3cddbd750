import type { Locale } from '../../../../common/format.ts';
import { formatLongDate } from '../../../../common/format.ts';
import type { ServiceContext } from '../../context.ts';
import { heading, type Block, type MinutesDocument } from '../../../../common/documents/blocks.ts';
import { parseMarkdown } from '../../../../common/documents/markdown.ts';
import { AppError } from '../../http/app-error.ts';
import type { AssemblyRow } from '../assemblies/assemblies.service.ts';
import { getAssociation } from '../association/association.service.ts';
import { translate } from '../../i18n/translate.ts';
import { findSectionKind, sectionKindLabel, type MinutesBuildContext } from './section-kinds.ts';
import './sections/index.ts';
import { assemblyWords, withoutWeekday } from './sections/words.ts';

/** A section as stored: a generated kind (with the secretary's override, if any) or a written one. */
export interface SectionSpec {
  id: string;
  kind: string;
  title: string | null;
  markdown: string | null;
}

export interface ComposedSection {
  spec: SectionSpec;
  /** What the data gives for a generated section, override or not; null for written sections. */
  generated: Block[] | null;
  blocks: Block[];
  isOverridden: boolean;
}

export async function createBuildContext(context: ServiceContext): Promise<MinutesBuildContext> {
  const association = await getAssociation(context);
  const cache = new Map<string, Promise<unknown>>();
  return {
    ...context,
    association,
    shared<T>(key: string, load: () => Promise<T>): Promise<T> {
      if (!cache.has(key)) cache.set(key, load());
      return cache.get(key) as Promise<T>;
    },
  };
}

/** A written section prints nothing, not even its heading, until something is written in it. */
export function writtenBlocks(spec: SectionSpec): Block[] {
  const blocks = parseMarkdown(spec.markdown ?? '');
  if (blocks.length === 0) return [];
  return [...(spec.title ? [heading(2, spec.title)] : []), ...blocks];
}

/**
 * Builds every section of the minutes from the data, in the stored order. A section that fails to
 * build stops the rendering with an error naming it: the minutes are never printed with a hole.
 */
export async function composeSections(
  context: MinutesBuildContext,
  assembly: AssemblyRow,
  specs: readonly SectionSpec[],
  lang: Locale,
): Promise<ComposedSection[]> {
  const composed: ComposedSection[] = [];
  for (const spec of specs) {
    if (spec.kind === 'written') {
      composed.push({ spec, generated: null, blocks: writtenBlocks(spec), isOverridden: false });
      continue;
    }
    const sectionKind = findSectionKind(spec.kind);
    if (!sectionKind) throw new AppError('minutes_section_kind_unknown', { kind: spec.kind });
    let generated: Block[];
    try {
      generated = await sectionKind.build(context, assembly, lang);
    } catch (error) {
      const cause = error instanceof Error ? error.message : String(error);
      throw new AppError(
        'minutes_section_failed',
        { section: sectionKindLabel(sectionKind, lang), cause },
        { internal: error instanceof Error ? (error.stack ?? cause) : cause },
      );
    }
    const isOverridden = spec.markdown !== null;
    composed.push({
      spec,
      generated,
      blocks: isOverridden ? parseMarkdown(spec.markdown!) : generated,
      isOverridden,
    });
  }
  return composed;
}

export function documentOf(
  context: MinutesBuildContext,
  assembly: AssemblyRow,
  sections: readonly ComposedSection[],
  lang: Locale,
): MinutesDocument {
  const title = translate(lang, 'minutes:document_title', {
    assembly: assemblyWords(assembly, lang),
    day: withoutWeekday(formatLongDate(assembly.held_on, lang, context.association.timeZone)),
  });
  return {
    title,
    runningHeader: `${context.association.name} - ${title}`,
    lang,
    sections: sections.map((section) => ({
      key: section.spec.id,
      isOverridden: section.isOverridden,
      blocks: section.blocks,
    })),
  };
}
