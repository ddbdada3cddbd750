import crypto from 'node:crypto';
import type { Locale } from '../../../../common/format.ts';
import type {
  MinutesFormat,
  MinutesItemNoteView,
  MinutesRegisterView,
  MinutesState,
  MinutesView,
} from '../../../../common/minutes.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { associationLogo } from '../association/association.service.ts';
import type { MinutesDocument } from '../../../../common/documents/blocks.ts';
import { renderBlocksMarkdown } from '../../../../common/documents/markdown.ts';
import { contentTypes, renderDocument } from '../../documents/render.ts';
import { checkVersion, refusingStale, StaleVersionError } from '../../http/record-version.ts';
import { AppError, invalidField } from '../../http/app-error.ts';
import { translate } from '../../i18n/translate.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { agendaItemsOf, allAssemblies, type AssemblyRow } from '../assemblies/assemblies.service.ts';
import { requireAssembly } from '../assemblies/assemblies.service.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import {
  composeSections,
  createBuildContext,
  documentOf,
  type ComposedSection,
  type SectionSpec,
} from './minutes.document.ts';
import {
  deleteSection,
  findCurrentMinutes,
  findMinutesVersion,
  insertDraftMinutes,
  insertItemNotes,
  insertSections,
  listItemNotes,
  listMinutesVersions,
  listSectionRows,
  updateMinutes,
  moveSection,
  updateItemNote,
  updateSection,
  type MinutesRow,
} from './minutes.repository.ts';
import { canReadMinutes, canWriteMinutes } from './minutes.policy.ts';
import { findSectionKind, listSectionKinds, sectionKindLabel, writtenSectionsFor } from './section-kinds.ts';

type Actor = SessionUser | null;

function presentVersion(
  row: Pick<
    MinutesRow,
    | 'id'
    | 'version'
    | 'previous_id'
    | 'state'
    | 'approved_at'
    | 'approved_by_name'
    | 'signed_at'
    | 'signed_by_name'
    | 'signed_pdf_sha256'
  >,
) {
  return {
    id: row.id,
    version: row.version,
    previousId: row.previous_id,
    state: row.state as MinutesState,
    approvedAt: row.approved_at,
    approvedBy: row.approved_by_name,
    signedAt: row.signed_at,
    signedBy: row.signed_by_name,
    pdfSha256: row.signed_pdf_sha256,
  };
}

/** The layout of new minutes for that kind of meeting: its generated kinds and prose sections, in default order. */
export function defaultSectionSpecs(
  lang: Locale,
  meetingKind: string,
): (SectionSpec & { defaultPosition: number })[] {
  return [
    ...listSectionKinds(meetingKind).map((kind) => ({
      id: `default-${kind.kind}`,
      kind: kind.kind,
      title: null,
      markdown: null,
      defaultPosition: kind.defaultPosition,
    })),
    ...writtenSectionsFor(meetingKind).map((section, index) => ({
      id: `default-written-${index + 1}`,
      kind: 'written',
      title: translate(lang, section.title),
      markdown: '',
      defaultPosition: section.defaultPosition,
    })),
  ].sort((a, b) => a.defaultPosition - b.defaultPosition);
}

function requireWriter(actor: Actor) {
  if (!canWriteMinutes(actor)) throw new AppError('minutes_writers_only');
}

function refuseUnlessDraft(minutes: MinutesRow) {
  if (minutes.state === 'signed') throw new AppError('minutes_signed', { version: minutes.version });
  if (minutes.state === 'approved') throw new AppError('minutes_approved', { version: minutes.version });
}

async function requireCurrentMinutes(db: DbOrTransaction, assembly: AssemblyRow): Promise<MinutesRow> {
  const minutes = await findCurrentMinutes(db, assembly.id);
  if (!minutes) throw new AppError('minutes_not_found', { slug: assembly.slug });
  return minutes;
}

/** A draft written before a section kind existed (a later version of Quorum) gets it at its place. */
async function addMissingKinds(db: DbOrTransaction, minutes: MinutesRow, meetingKind: string) {
  const rows = await listSectionRows(db, minutes.id);
  const present = new Set(rows.map((row) => row.kind));
  const missing = listSectionKinds(meetingKind).filter((kind) => !present.has(kind.kind));
  if (missing.length === 0) return;
  const order: { id: string; kind: string; isNew: boolean }[] = rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    isNew: false,
  }));
  for (const kind of missing) {
    let at = 0;
    order.forEach((entry, index) => {
      const position = findSectionKind(entry.kind)?.defaultPosition;
      if (position !== undefined && position <= kind.defaultPosition) at = index + 1;
    });
    order.splice(at, 0, { id: newId(), kind: kind.kind, isNew: true });
  }
  const now = nowIso();
  for (const [index, entry] of order.entries()) {
    if (entry.isNew)
      await insertSections(db, [
        {
          id: entry.id,
          minutes_id: minutes.id,
          position: index + 1,
          kind: entry.kind,
          title: null,
          markdown: null,
          updated_at: now,
        },
      ]);
    else await moveSection(db, entry.id, index + 1);
  }
}

export async function createMinutes(
  context: ServiceContext,
  { actor, slug }: { actor: Actor; slug: string },
) {
  requireWriter(actor);
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  const lang = (await createBuildContext(context)).association.locale;
  await db.transaction().execute(async (transaction) => {
    if (await findCurrentMinutes(transaction, assembly.id)) throw new AppError('minutes_exist');
    const id = newId();
    const now = nowIso();
    await insertDraftMinutes(transaction, {
      id,
      assemblyId: assembly.id,
      version: 1,
      previousId: null,
      now,
    });
    await insertSections(
      transaction,
      defaultSectionSpecs(lang, assembly.kind).map((spec, index) => ({
        id: newId(),
        minutes_id: id,
        position: index + 1,
        kind: spec.kind,
        title: spec.title,
        markdown: spec.kind === 'written' ? spec.markdown : null,
        updated_at: now,
      })),
    );
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'minutes.created',
      subjectType: 'minutes',
      subjectId: id,
      details: { slug },
    });
  });
  return getMinutes(context, { actor, slug });
}

function specOf(row: {
  id: string;
  kind: string;
  title: string | null;
  markdown: string | null;
}): SectionSpec {
  return { id: row.id, kind: row.kind, title: row.title, markdown: row.markdown };
}

/** The current version of an assembly's minutes, each section with what the data gives now. */
export async function getMinutes(
  context: ServiceContext,
  { actor, slug }: { actor: Actor; slug: string },
): Promise<MinutesView> {
  requireWriter(actor);
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  let minutes = await requireCurrentMinutes(db, assembly);
  if (minutes.state === 'draft') {
    await db.transaction().execute((transaction) => addMissingKinds(transaction, minutes, assembly.kind));
    minutes = await requireCurrentMinutes(db, assembly);
  }
  const rows = await listSectionRows(db, minutes.id);
  const buildContext = await createBuildContext(context);
  const lang = buildContext.association.locale;
  const composed = await composeSections(buildContext, assembly, rows.map(specOf), lang);
  const versions = (await listMinutesVersions(db)).filter((row) => row.assembly_id === assembly.id);
  return {
    ...presentVersion(minutes),
    assembly: { slug: assembly.slug, title: assembly.title, heldOn: assembly.held_on },
    sections: composed.map((section, index) => presentSection(section, rows[index]!, lang)),
    notes: await itemNotesOf(db, assembly, minutes),
    versions: versions.map(presentVersion),
  };
}

/** Every agenda item with the secretary's notes under it (version 0: nothing written yet). */
async function itemNotesOf(
  db: DbOrTransaction,
  assembly: AssemblyRow,
  minutes: MinutesRow,
): Promise<MinutesItemNoteView[]> {
  const notes = new Map((await listItemNotes(db, minutes.id)).map((row) => [row.agenda_item_id, row]));
  return (await agendaItemsOf(db, assembly.id)).map((item) => ({
    agendaItemId: item.id,
    position: item.position,
    title: item.title,
    markdown: notes.get(item.id)?.markdown ?? '',
    version: notes.get(item.id)?.version ?? 0,
  }));
}

/**
 * The secretary's notes under an agenda item, typed as the meeting goes (Markdown, printed under the
 * item in the minutes). Versioned like a section: a note not yet written is at version 0.
 */
export async function saveItemNote(
  context: ServiceContext,
  {
    actor,
    slug,
    agendaItemId,
    markdown,
    expectedVersion,
  }: {
    actor: Actor;
    slug: string;
    agendaItemId: string;
    markdown: string;
    /** The note's version the text was written on (If-Match); a stale one is refused with the note as it now is. */
    expectedVersion?: number | undefined;
  },
) {
  requireWriter(actor);
  const assembly = await requireAssembly(context.database.db, slug);
  const items = await agendaItemsOf(context.database.db, assembly.id);
  if (!items.some((item) => item.id === agendaItemId))
    throw invalidField('params.agendaItemId', 'unknown_agenda_item');
  const write = () =>
    changeDraft(
      context,
      { actor, slug, action: 'minutes.note_saved', details: { agendaItemId } },
      async (transaction, minutes) => {
        const note = (await listItemNotes(transaction, minutes.id)).find(
          (row) => row.agenda_item_id === agendaItemId,
        );
        const now = nowIso();
        if (!note) {
          if (expectedVersion !== undefined && expectedVersion !== 0) throw new StaleVersionError();
          await insertItemNotes(transaction, [
            { id: newId(), minutes_id: minutes.id, agenda_item_id: agendaItemId, markdown, updated_at: now },
          ]);
          return;
        }
        checkVersion(note, expectedVersion);
        if (!(await updateItemNote(transaction, note.id, { markdown, updated_at: now }, expectedVersion)))
          throw new StaleVersionError();
      },
    );
  return refusingStale(write, async () => {
    const minutes = await getMinutes(context, { actor, slug });
    return minutes.notes.find((note) => note.agendaItemId === agendaItemId)!;
  });
}

function presentSection(section: ComposedSection, row: { position: number; version: number }, lang: Locale) {
  const { spec } = section;
  return {
    id: spec.id,
    position: row.position,
    kind: spec.kind,
    label: sectionLabel(spec, lang),
    title: spec.title,
    markdown: spec.markdown,
    isOverridden: section.isOverridden,
    generatedMarkdown: section.generated ? renderBlocksMarkdown(section.generated) : null,
    version: row.version,
  };
}

function sectionLabel(spec: SectionSpec, lang: Locale): string {
  if (spec.kind === 'written') return spec.title ?? '';
  const sectionKind = findSectionKind(spec.kind);
  return sectionKind ? sectionKindLabel(sectionKind, lang) : spec.kind;
}

/** Runs a change on the current draft, in one transaction, and answers the minutes as they then are. */
async function changeDraft(
  context: ServiceContext,
  {
    actor,
    slug,
    action,
    details,
  }: { actor: Actor; slug: string; action: string; details?: Record<string, unknown> },
  change: (transaction: DbOrTransaction, minutes: MinutesRow) => Promise<void>,
) {
  requireWriter(actor);
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  await db.transaction().execute(async (transaction) => {
    const minutes = await requireCurrentMinutes(transaction, assembly);
    refuseUnlessDraft(minutes);
    await change(transaction, minutes);
    await updateMinutes(transaction, minutes.id, { updated_at: nowIso() });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action,
      subjectType: 'minutes',
      subjectId: minutes.id,
      details: details ?? {},
    });
  });
  return getMinutes(context, { actor, slug });
}

async function requireSection(db: DbOrTransaction, minutes: MinutesRow, sectionId: string) {
  const section = (await listSectionRows(db, minutes.id)).find((row) => row.id === sectionId);
  if (!section) throw new AppError('minutes_section_not_found', { section: sectionId });
  return section;
}

/** A written section's text (and heading), or the wording that overrides a generated section. */
export async function saveSectionText(
  context: ServiceContext,
  {
    actor,
    slug,
    sectionId,
    title,
    markdown,
    expectedVersion,
  }: {
    actor: Actor;
    slug: string;
    sectionId: string;
    title?: string;
    markdown: string;
    /** The section's version the text was written on (If-Match); a stale one is refused with the section as it now is. */
    expectedVersion?: number | undefined;
  },
) {
  const write = () =>
    changeDraft(
      context,
      { actor, slug, action: 'minutes.section_saved', details: { sectionId } },
      async (transaction, minutes) => {
        const section = await requireSection(transaction, minutes, sectionId);
        if (title !== undefined && section.kind !== 'written')
          throw invalidField('body.title', 'generated_title');
        checkVersion(section, expectedVersion);
        const isUpdated = await updateSection(
          transaction,
          sectionId,
          { markdown, ...(title !== undefined ? { title } : {}), updated_at: nowIso() },
          expectedVersion,
        );
        if (!isUpdated) throw new StaleVersionError();
      },
    );
  return refusingStale(write, async () => {
    const minutes = await getMinutes(context, { actor, slug });
    return minutes.sections.find((section) => section.id === sectionId)!;
  });
}

/** Back to the generated wording of a section. */
export async function revertSection(
  context: ServiceContext,
  { actor, slug, sectionId }: { actor: Actor; slug: string; sectionId: string },
) {
  return changeDraft(
    context,
    { actor, slug, action: 'minutes.section_reverted', details: { sectionId } },
    async (transaction, minutes) => {
      const section = await requireSection(transaction, minutes, sectionId);
      if (section.kind === 'written') throw new AppError('written_section_not_generated');
      await updateSection(transaction, sectionId, { markdown: null, updated_at: nowIso() });
    },
  );
}

export async function addWrittenSection(
  context: ServiceContext,
  { actor, slug, title, markdown }: { actor: Actor; slug: string; title: string; markdown: string },
) {
  return changeDraft(
    context,
    { actor, slug, action: 'minutes.section_added', details: { title } },
    async (transaction, minutes) => {
      const rows = await listSectionRows(transaction, minutes.id);
      // Before the closing, which stays last with what follows it (signatures, annexes).
      const closing = rows.findIndex((row) => row.kind === 'closing');
      const at = closing >= 0 ? closing : rows.length;
      for (const [index, row] of rows.entries())
        if (index >= at) await moveSection(transaction, row.id, index + 2);
      await insertSections(transaction, [
        {
          id: newId(),
          minutes_id: minutes.id,
          position: at + 1,
          kind: 'written',
          title,
          markdown,
          updated_at: nowIso(),
        },
      ]);
    },
  );
}

export async function removeWrittenSection(
  context: ServiceContext,
  { actor, slug, sectionId }: { actor: Actor; slug: string; sectionId: string },
) {
  return changeDraft(
    context,
    { actor, slug, action: 'minutes.section_removed', details: { sectionId } },
    async (transaction, minutes) => {
      const section = await requireSection(transaction, minutes, sectionId);
      if (section.kind !== 'written') throw new AppError('generated_section_kept');
      await deleteSection(transaction, sectionId);
    },
  );
}

/** The sections in a new order: the list must name each section once. */
export async function reorderSections(
  context: ServiceContext,
  { actor, slug, sectionIds }: { actor: Actor; slug: string; sectionIds: string[] },
) {
  return changeDraft(
    context,
    { actor, slug, action: 'minutes.sections_reordered' },
    async (transaction, minutes) => {
      const rows = await listSectionRows(transaction, minutes.id);
      const known = new Set(rows.map((row) => row.id));
      const unknown = sectionIds.findIndex((id) => !known.has(id));
      if (unknown >= 0)
        throw invalidField(`body.sectionIds.${unknown}`, 'unknown_section', {
          section: sectionIds[unknown]!,
        });
      if (new Set(sectionIds).size !== sectionIds.length || sectionIds.length !== rows.length)
        throw invalidField('body.sectionIds', 'not_a_permutation');
      for (const [index, id] of sectionIds.entries()) await moveSection(transaction, id, index + 1);
    },
  );
}

export async function approveMinutes(
  context: ServiceContext,
  { actor, slug }: { actor: Actor; slug: string },
) {
  requireWriter(actor);
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  // Approving checks that every section renders: nothing unprintable gets approved.
  await renderMinutesFile(context, { actor, slug, format: 'md' });
  await db.transaction().execute(async (transaction) => {
    const minutes = await requireCurrentMinutes(transaction, assembly);
    refuseUnlessDraft(minutes);
    const now = nowIso();
    await updateMinutes(transaction, minutes.id, {
      state: 'approved',
      approved_at: now,
      approved_by: actor?.id ?? null,
      approved_by_name: actor?.name ?? 'quorum',
      updated_at: now,
    });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'minutes.approved',
      subjectType: 'minutes',
      subjectId: minutes.id,
    });
  });
  return getMinutes(context, { actor, slug });
}

/**
 * Signs approved minutes: the document as it stands (both languages) and its PDF are frozen, with
 * the PDF's SHA-256. Later changes to the data change neither.
 */
export async function signMinutes(context: ServiceContext, { actor, slug }: { actor: Actor; slug: string }) {
  requireWriter(actor);
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  const minutes = await requireCurrentMinutes(db, assembly);
  if (minutes.state !== 'approved')
    throw new AppError(minutes.state === 'signed' ? 'minutes_already_signed' : 'minutes_not_approved');
  const buildContext = await createBuildContext(context);
  const specs = (await listSectionRows(db, minutes.id)).map(specOf);
  const documents = {
    fr: documentOf(buildContext, assembly, await composeSections(buildContext, assembly, specs, 'fr'), 'fr'),
    en: documentOf(buildContext, assembly, await composeSections(buildContext, assembly, specs, 'en'), 'en'),
  };
  const lang = buildContext.association.locale;
  const pdf = await renderDocument(documents[lang], 'pdf', { logo: await associationLogo(context) });
  const sha256 = crypto.createHash('sha256').update(pdf).digest('hex');
  await db.transaction().execute(async (transaction) => {
    const current = await requireCurrentMinutes(transaction, assembly);
    if (current.id !== minutes.id || current.state !== 'approved') throw new AppError('minutes_changed');
    const now = nowIso();
    await updateMinutes(transaction, minutes.id, {
      state: 'signed',
      signed_at: now,
      signed_by: actor?.id ?? null,
      signed_by_name: actor?.name ?? 'quorum',
      frozen_document: JSON.stringify({ lang, documents }),
      signed_pdf_base64: pdf.toString('base64'),
      signed_pdf_sha256: sha256,
      updated_at: now,
    });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'minutes.signed',
      subjectType: 'minutes',
      subjectId: minutes.id,
      details: { sha256 },
    });
  });
  return getMinutes(context, { actor, slug });
}

/** A correction: a new draft version, its sections copied from the signed one it points to. */
export async function correctMinutes(
  context: ServiceContext,
  { actor, slug }: { actor: Actor; slug: string },
) {
  requireWriter(actor);
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  await db.transaction().execute(async (transaction) => {
    const previous = await requireCurrentMinutes(transaction, assembly);
    if (previous.state !== 'signed') throw new AppError('minutes_not_signed_for_correction');
    const id = newId();
    const now = nowIso();
    await insertDraftMinutes(transaction, {
      id,
      assemblyId: assembly.id,
      version: previous.version + 1,
      previousId: previous.id,
      now,
    });
    const rows = await listSectionRows(transaction, previous.id);
    await insertSections(
      transaction,
      rows.map((row) => ({ ...row, id: newId(), minutes_id: id, updated_at: now })),
    );
    const notes = await listItemNotes(transaction, previous.id);
    await insertItemNotes(
      transaction,
      notes.map((note) => ({ ...note, id: newId(), minutes_id: id, updated_at: now })),
    );
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'minutes.corrected',
      subjectType: 'minutes',
      subjectId: id,
      details: { previousId: previous.id },
    });
  });
  return getMinutes(context, { actor, slug });
}

export interface RenderedFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

/**
 * The minutes as a file. Signed minutes come from what was frozen at signing (the PDF byte for
 * byte); the others are built from the data now. An assembly without minutes yet renders with the
 * default layout, so the CLI prints any assembly.
 */
export async function renderMinutesFile(
  context: ServiceContext,
  {
    actor,
    slug,
    format,
    lang,
    version,
    isPreview,
  }: {
    actor: Actor;
    slug: string;
    format: MinutesFormat;
    lang?: Locale;
    version?: number;
    isPreview?: boolean;
  },
): Promise<RenderedFile> {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  const minutes = version
    ? await findMinutesVersion(db, assembly.id, version)
    : await findCurrentMinutes(db, assembly.id);
  if (version && !minutes) throw new AppError('minutes_version_not_found', { version });
  if (!canReadMinutes(actor, minutes?.state ?? 'draft')) throw new AppError('minutes_not_signed_yet');
  const buildContext = await createBuildContext(context);
  const language = lang ?? buildContext.association.locale;
  const fileName = `proces-verbal-${assembly.slug}${minutes ? `-v${minutes.version}` : ''}${language === 'fr' ? '' : `-${language}`}.${format}`;
  const file = (body: Buffer) => ({ body, contentType: contentTypes[format], fileName });
  if (minutes?.state === 'signed' && minutes.frozen_document) {
    const frozen = JSON.parse(minutes.frozen_document) as {
      lang: Locale;
      documents: Record<Locale, MinutesDocument>;
    };
    if (format === 'pdf' && language === frozen.lang && minutes.signed_pdf_base64)
      return file(Buffer.from(minutes.signed_pdf_base64, 'base64'));
    return file(
      await renderDocument(frozen.documents[language], format, { logo: await associationLogo(context) }),
    );
  }
  const specs = minutes
    ? (await listSectionRows(db, minutes.id)).map(specOf)
    : defaultSectionSpecs(language, assembly.kind);
  const composed = await composeSections(buildContext, assembly, specs, language);
  const document = documentOf(buildContext, assembly, composed, language);
  return file(
    await renderDocument(document, format, {
      showOverrides: isPreview === true,
      logo: await associationLogo(context),
    }),
  );
}

/** Every assembly with its minutes' current state and versions; members see the same list. */
export async function listMinutesRegister(context: ServiceContext): Promise<MinutesRegisterView> {
  const { db } = context.database;
  const assemblies = await allAssemblies(db);
  const versions = await listMinutesVersions(db);
  return {
    assemblies: assemblies.map((assembly) => {
      const own = versions.filter((row) => row.assembly_id === assembly.id).map(presentVersion);
      return {
        slug: assembly.slug,
        title: assembly.title,
        heldOn: assembly.held_on,
        current: own.at(-1) ?? null,
        versions: own,
      };
    }),
  };
}
