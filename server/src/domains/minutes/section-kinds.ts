import type { AssociationView } from '../../../../common/association.schemas.ts';
import type { Locale } from '../../../../common/format.ts';
import type { ServiceContext } from '../../context.ts';
import { hasMessage, translate } from '../../i18n/translate.ts';
import type { Block } from '../../../../common/documents/blocks.ts';
import type { AssemblyRow } from '../assemblies/assemblies.service.ts';
import { assemblyKindOf, type AssemblyKind as MeetingKind } from './sections/words.ts';

/**
 * What a generated section is given to build its blocks: the services' context, the association,
 * and `shared`, which loads a piece of data once per rendering (the attendance sheet is read by the
 * attendance, opening, closing and signature sections alike).
 */
export interface MinutesBuildContext extends ServiceContext {
  association: AssociationView;
  shared<T>(key: string, load: () => Promise<T>): Promise<T>;
}

/**
 * A kind of generated section: computed from the data each time the minutes are rendered. Other
 * domains add theirs (resolutions, board, accounts, budget, staff, programmes) with one file that
 * calls `registerSectionKind`, imported by sections/index.ts.
 */
export interface SectionKind {
  kind: string;
  /**
   * How the section is listed on the minutes page, for a kind the minutes catalog does not name
   * (`minutes:section_<kind>`, minutes.messages.ts names every kind of sections/).
   */
  label?: Record<Locale, string>;
  /** Where a new minutes document places it; written sections sit between, see defaultWrittenSections. */
  defaultPosition: number;
  /**
   * The kinds of meeting whose minutes hold it (the year's accounts, budget, team and memberships are
   * an ordinary assembly's business); every kind when absent.
   */
  meetingKinds?: readonly MeetingKind[];
  build(context: MinutesBuildContext, assembly: AssemblyRow, lang: Locale): Promise<Block[]>;
}

const registry = new Map<string, SectionKind>();

export function registerSectionKind(sectionKind: SectionKind): void {
  if (sectionKind.kind === 'written') throw new Error('"written" is reserved for the secretary’s sections');
  registry.set(sectionKind.kind, sectionKind);
}

/** Removes a kind; for tests that register a kind of their own. */
export function unregisterSectionKind(kind: string): void {
  registry.delete(kind);
}

export function findSectionKind(kind: string): SectionKind | undefined {
  return registry.get(kind);
}

/** How the minutes page names a kind of section: from the catalog, or the kind's own label. */
export function sectionKindLabel(sectionKind: SectionKind, lang: Locale): string {
  const key = `minutes:section_${sectionKind.kind}`;
  if (hasMessage(key)) return translate(lang, key);
  return sectionKind.label?.[lang] ?? sectionKind.kind;
}

/** Every registered kind a meeting of that kind holds, in default order. */
export function listSectionKinds(meetingKind: string): SectionKind[] {
  const kind = assemblyKindOf(meetingKind);
  return [...registry.values()]
    .filter((entry) => !entry.meetingKinds || entry.meetingKinds.includes(kind))
    .sort((a, b) => a.defaultPosition - b.defaultPosition);
}

/**
 * The prose sections a new minutes document starts with, for the secretary to write, per kind of
 * meeting: an extraordinary assembly has no activity report nor debates of its own; a board or bureau
 * meeting keeps a single section for its discussion. The secretary adds and removes others.
 */
const defaultWrittenSections: Record<MeetingKind, { defaultPosition: number; title: string }[]> = {
  ordinary: [
    { defaultPosition: 60, title: 'minutes:written_activity_report' },
    { defaultPosition: 130, title: 'minutes:written_discussion' },
  ],
  extraordinary: [],
  board: [{ defaultPosition: 130, title: 'minutes:written_discussion' }],
  bureau: [{ defaultPosition: 130, title: 'minutes:written_discussion' }],
};

export function writtenSectionsFor(meetingKind: string) {
  return defaultWrittenSections[assemblyKindOf(meetingKind)];
}
