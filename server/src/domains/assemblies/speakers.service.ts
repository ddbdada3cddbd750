import { assemblyChannel } from '../../../../common/events.ts';
import { formatDisplayName } from '../../../../common/names.ts';
import type {
  ParticipantSpeakerList,
  SpeakerListSettings,
  SpeakerListView,
  SpeakerStatus,
} from '../../../../common/speakers.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { AppError, invalidField } from '../../http/app-error.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import { requireAssembly } from './assemblies.service.ts';
import { findAgendaItem, findAssemblyById, type AssemblyRow } from './assemblies.repository.ts';
import type { Participant } from './participants.service.ts';
import {
  bumpSpeakerList,
  deleteSpeaker,
  ensureSpeakerList,
  findAttendanceOfParticipant,
  findSheetRow,
  findSpeakerList,
  findSpeakerListById,
  insertSpeaker,
  listKeptInterventions,
  listSpeakerRows,
  updateSpeaker,
  updateWaitingSpeakersTime,
} from './speakers.repository.ts';

/** Three minutes each, until the chair says otherwise. */
const defaultSecondsPerSpeaker = 180;

type SpeakerRow = Awaited<ReturnType<typeof listSpeakerRows>>[number];
type ListRow = Awaited<ReturnType<typeof findSpeakerListById>>;

function speakerName(row: {
  first_name: string | null;
  last_name: string | null;
  organisation_name: string | null;
  label: string | null;
}): string {
  if (row.first_name !== null || row.last_name !== null)
    return formatDisplayName({ firstName: row.first_name ?? '', lastName: row.last_name ?? '' });
  return row.organisation_name ?? row.label ?? '';
}

function endsAt(row: SpeakerRow): string | null {
  if (!row.started_at) return null;
  return new Date(Date.parse(row.started_at) + row.allotted_seconds * 1000).toISOString();
}

const startedOrder = (row: SpeakerRow) => row.started_at ?? '';

/** Those who spoke and the one speaking in the order they took the floor, then the queue in the chair's order. */
function presentList(
  assembly: AssemblyRow,
  agendaItemId: string,
  list: ListRow | undefined,
  rows: readonly SpeakerRow[],
): SpeakerListView {
  const spoken = rows
    .filter((row) => row.status !== 'waiting')
    .sort((a, b) => startedOrder(a).localeCompare(startedOrder(b)));
  const waiting = rows.filter((row) => row.status === 'waiting');
  return {
    slug: assembly.slug,
    agendaItemId,
    isKept: list ? list.is_kept === 1 : true,
    secondsPerSpeaker: list?.seconds_per_speaker ?? defaultSecondsPerSpeaker,
    revision: list?.revision ?? 0,
    serverNow: nowIso(),
    speakers: [...spoken, ...waiting].map((row) => ({
      id: row.id,
      attendanceId: row.attendance_id,
      name: speakerName(row),
      status: row.status as SpeakerStatus,
      allottedSeconds: row.allotted_seconds,
      startedAt: row.started_at,
      endsAt: endsAt(row),
      endedAt: row.ended_at,
    })),
  };
}

async function requireItem(db: DbOrTransaction, assembly: AssemblyRow, agendaItemId: string) {
  const item = await findAgendaItem(db, assembly.id, agendaItemId);
  if (!item) throw new AppError('speakers_item_not_found');
  return item;
}

async function readList(db: DbOrTransaction, assembly: AssemblyRow, agendaItemId: string) {
  const list = await findSpeakerList(db, assembly.id, agendaItemId);
  return presentList(assembly, agendaItemId, list, list ? await listSpeakerRows(db, list.id) : []);
}

/** An agenda item's speaker list, as the control room and the projector show it. */
export async function getSpeakerList(
  context: ServiceContext,
  { slug, agendaItemId }: { slug: string; agendaItemId: string },
): Promise<SpeakerListView> {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  await requireItem(db, assembly, agendaItemId);
  return readList(db, assembly, agendaItemId);
}

function requireOpenSession(assembly: AssemblyRow): void {
  if (!assembly.actual_start_at || assembly.actual_end_at) throw new AppError('speakers_session_not_open');
}

function requireCurrentItem(assembly: AssemblyRow, agendaItemId: string): void {
  if (assembly.current_agenda_item_id !== agendaItemId) throw new AppError('speakers_item_not_current');
}

function isPresent(row: { status: string; left_at: string | null } | undefined): boolean {
  return row !== undefined && (row.status === 'present' || row.status === 'remote') && row.left_at === null;
}

interface Change {
  transaction: DbOrTransaction;
  list: ListRow;
  speakers: SpeakerRow[];
  now: string;
}

/**
 * One change to an item's list, in one transaction: the list is created if needed and its revision
 * raised first (which holds its row), then `write` checks against the speakers as they are and
 * changes them, and the audit event is written. After the commit every screen gets the new list.
 */
async function changeList(
  context: ServiceContext,
  {
    assembly,
    agendaItemId,
    action,
    actorUserId,
    settings = {},
  }: {
    assembly: AssemblyRow;
    agendaItemId: string;
    action: string;
    actorUserId: string | null;
    settings?: { is_kept?: number; seconds_per_speaker?: number };
  },
  write: (change: Change) => Promise<Record<string, unknown>>,
): Promise<SpeakerListView> {
  const { db } = context.database;
  const view = await db.transaction().execute(async (transaction) => {
    const now = nowIso();
    await ensureSpeakerList(transaction, {
      id: newId(),
      assembly_id: assembly.id,
      agenda_item_id: agendaItemId,
      is_kept: 1,
      seconds_per_speaker: defaultSecondsPerSpeaker,
      revision: 0,
      updated_at: now,
    });
    const found = await findSpeakerList(transaction, assembly.id, agendaItemId);
    if (!found) throw new Error('speaker list vanished');
    await bumpSpeakerList(transaction, found.id, { ...settings, updated_at: now });
    const list = await findSpeakerListById(transaction, found.id);
    const details = await write({
      transaction,
      list,
      speakers: await listSpeakerRows(transaction, list.id),
      now,
    });
    await recordAuditEvent(transaction, {
      actorUserId,
      action: `speakers.${action}`,
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: { agendaItemId, ...details },
    });
    return presentList(assembly, agendaItemId, list, await listSpeakerRows(transaction, list.id));
  });
  await publishSpeakerList(context, view);
  return view;
}

async function publishSpeakerList(context: ServiceContext, list: SpeakerListView): Promise<void> {
  try {
    await context.realtime.publish(assemblyChannel(list.slug), {
      type: 'speakers.state',
      slug: list.slug,
      list,
    });
  } catch (error) {
    // The change is saved; a screen that missed it reads the list again when it reconnects.
    context.logger.error({ err: error, slug: list.slug }, 'could not publish the speaker list');
  }
}

function nextPosition(speakers: readonly SpeakerRow[]): number {
  return speakers.reduce((highest, row) => Math.max(highest, row.position), 0) + 1;
}

function requireSpeaker(speakers: readonly SpeakerRow[], speakerId: string): SpeakerRow {
  const speaker = speakers.find((row) => row.id === speakerId);
  if (!speaker) throw new AppError('speaker_not_found');
  return speaker;
}

async function staffTarget(context: ServiceContext, slug: string, agendaItemId: string) {
  const assembly = await requireAssembly(context.database.db, slug);
  await requireItem(context.database.db, assembly, agendaItemId);
  return assembly;
}

/** The chair adds someone present to the queue (a raised hand in the room, a phone-less member). */
export async function addSpeaker(
  context: ServiceContext,
  options: { actor: SessionUser; slug: string; agendaItemId: string; attendanceId: string },
): Promise<SpeakerListView> {
  const assembly = await staffTarget(context, options.slug, options.agendaItemId);
  requireOpenSession(assembly);
  return changeList(
    context,
    { assembly, agendaItemId: options.agendaItemId, action: 'added', actorUserId: options.actor.id },
    async ({ transaction, list, speakers, now }) => {
      const row = await findSheetRow(transaction, assembly.id, options.attendanceId);
      if (!row) throw invalidField('body.attendanceId', 'speaker_not_present');
      if (!isPresent(row)) throw new AppError('speaker_not_present');
      return enqueue(transaction, { list, speakers, now, attendanceId: row.id });
    },
  );
}

async function enqueue(
  transaction: DbOrTransaction,
  {
    list,
    speakers,
    now,
    attendanceId,
  }: { list: ListRow; speakers: SpeakerRow[]; now: string; attendanceId: string },
) {
  if (speakers.some((row) => row.attendance_id === attendanceId && row.status !== 'done'))
    throw new AppError('speaker_already_asked');
  const id = newId();
  await insertSpeaker(transaction, {
    id,
    list_id: list.id,
    attendance_id: attendanceId,
    status: 'waiting',
    position: nextPosition(speakers),
    allotted_seconds: list.seconds_per_speaker,
    asked_at: now,
    started_at: null,
    ended_at: null,
  });
  return { speakerId: id, attendanceId };
}

/** Kept in the minutes or not, and the time each speaker gets (those waiting get it too). */
export async function setSpeakerListSettings(
  context: ServiceContext,
  options: { actor: SessionUser; slug: string; agendaItemId: string; settings: SpeakerListSettings },
): Promise<SpeakerListView> {
  const assembly = await staffTarget(context, options.slug, options.agendaItemId);
  const { isKept, secondsPerSpeaker } = options.settings;
  return changeList(
    context,
    {
      assembly,
      agendaItemId: options.agendaItemId,
      action: 'settings_changed',
      actorUserId: options.actor.id,
      settings: {
        ...(isKept === undefined ? {} : { is_kept: isKept ? 1 : 0 }),
        ...(secondsPerSpeaker === undefined ? {} : { seconds_per_speaker: secondsPerSpeaker }),
      },
    },
    async ({ transaction, list }) => {
      if (secondsPerSpeaker !== undefined)
        await updateWaitingSpeakersTime(transaction, list.id, secondsPerSpeaker);
      return { ...options.settings };
    },
  );
}

/** The queue in the chair's order: every waiting speaker named once. */
export async function orderSpeakers(
  context: ServiceContext,
  options: { actor: SessionUser; slug: string; agendaItemId: string; speakerIds: readonly string[] },
): Promise<SpeakerListView> {
  const assembly = await staffTarget(context, options.slug, options.agendaItemId);
  return changeList(
    context,
    { assembly, agendaItemId: options.agendaItemId, action: 'ordered', actorUserId: options.actor.id },
    async ({ transaction, speakers }) => {
      const waiting = new Set(speakers.filter((row) => row.status === 'waiting').map((row) => row.id));
      const given = new Set(options.speakerIds);
      if (
        given.size !== options.speakerIds.length ||
        given.size !== waiting.size ||
        options.speakerIds.some((id) => !waiting.has(id))
      )
        throw invalidField('body.speakerIds', 'speakers_order_mismatch');
      const first = nextPosition(speakers);
      for (const [index, id] of options.speakerIds.entries())
        await updateSpeaker(transaction, id, { position: first + index });
      return { speakerIds: [...options.speakerIds] };
    },
  );
}

/** Gives the floor: the one speaking, if any, is done; the time counts from the server's clock. */
export async function startSpeaker(
  context: ServiceContext,
  options: { actor: SessionUser; slug: string; agendaItemId: string; speakerId: string },
): Promise<SpeakerListView> {
  const assembly = await staffTarget(context, options.slug, options.agendaItemId);
  requireOpenSession(assembly);
  requireCurrentItem(assembly, options.agendaItemId);
  return changeList(
    context,
    { assembly, agendaItemId: options.agendaItemId, action: 'started', actorUserId: options.actor.id },
    async ({ transaction, speakers, now }) => {
      const speaker = requireSpeaker(speakers, options.speakerId);
      if (speaker.status !== 'waiting') throw new AppError('speaker_not_waiting');
      const speaking = speakers.find((row) => row.status === 'speaking');
      if (speaking) await updateSpeaker(transaction, speaking.id, { status: 'done', ended_at: now });
      await updateSpeaker(transaction, speaker.id, { status: 'speaking', started_at: now });
      return { speakerId: speaker.id, ...(speaking ? { stoppedSpeakerId: speaking.id } : {}) };
    },
  );
}

export async function stopSpeaker(
  context: ServiceContext,
  options: { actor: SessionUser; slug: string; agendaItemId: string; speakerId: string },
): Promise<SpeakerListView> {
  const assembly = await staffTarget(context, options.slug, options.agendaItemId);
  return changeList(
    context,
    { assembly, agendaItemId: options.agendaItemId, action: 'stopped', actorUserId: options.actor.id },
    async ({ transaction, speakers, now }) => {
      const speaker = requireSpeaker(speakers, options.speakerId);
      if (speaker.status !== 'speaking') throw new AppError('speaker_not_speaking');
      await updateSpeaker(transaction, speaker.id, { status: 'done', ended_at: now });
      return { speakerId: speaker.id };
    },
  );
}

/** The time one speaker gets: before they speak, or while they speak (the end moves for every screen). */
export async function setSpeakerTime(
  context: ServiceContext,
  options: {
    actor: SessionUser;
    slug: string;
    agendaItemId: string;
    speakerId: string;
    allottedSeconds: number;
  },
): Promise<SpeakerListView> {
  const assembly = await staffTarget(context, options.slug, options.agendaItemId);
  return changeList(
    context,
    { assembly, agendaItemId: options.agendaItemId, action: 'timed', actorUserId: options.actor.id },
    async ({ transaction, speakers }) => {
      const speaker = requireSpeaker(speakers, options.speakerId);
      if (speaker.status === 'done') throw new AppError('speaker_time_over');
      await updateSpeaker(transaction, speaker.id, { allotted_seconds: options.allottedSeconds });
      return { speakerId: speaker.id, allottedSeconds: options.allottedSeconds };
    },
  );
}

/** Takes someone off the list (the one speaking is stopped first): the minutes will not name them. */
export async function removeSpeaker(
  context: ServiceContext,
  options: { actor: SessionUser; slug: string; agendaItemId: string; speakerId: string },
): Promise<SpeakerListView> {
  const assembly = await staffTarget(context, options.slug, options.agendaItemId);
  return changeList(
    context,
    { assembly, agendaItemId: options.agendaItemId, action: 'removed', actorUserId: options.actor.id },
    async ({ transaction, speakers }) => {
      const speaker = requireSpeaker(speakers, options.speakerId);
      if (speaker.status === 'speaking') throw new AppError('speaker_is_speaking');
      await deleteSpeaker(transaction, speaker.id);
      return { speakerId: speaker.id };
    },
  );
}

async function participantAssembly(context: ServiceContext, participant: Participant) {
  const assembly = await findAssemblyById(context.database.db, participant.assemblyId);
  if (!assembly) throw new Error(`assembly ${participant.assemblyId} of a session vanished`);
  return assembly;
}

async function withMine(
  context: ServiceContext,
  assembly: AssemblyRow,
  participant: Participant,
  list: SpeakerListView,
): Promise<ParticipantSpeakerList> {
  const mine = await findAttendanceOfParticipant(context.database.db, assembly.id, participant);
  return { ...list, myAttendanceId: mine?.id ?? null };
}

/** The list of an item of the participant's assembly, with their own row on the sheet. */
export async function getParticipantSpeakerList(
  context: ServiceContext,
  { participant, agendaItemId }: { participant: Participant; agendaItemId: string },
): Promise<ParticipantSpeakerList> {
  const assembly = await participantAssembly(context, participant);
  await requireItem(context.database.db, assembly, agendaItemId);
  return withMine(
    context,
    assembly,
    participant,
    await readList(context.database.db, assembly, agendaItemId),
  );
}

/** From the phone: asks for the floor on the item under discussion, if present and not already waiting. */
export async function askToSpeak(
  context: ServiceContext,
  { participant, agendaItemId }: { participant: Participant; agendaItemId: string },
): Promise<ParticipantSpeakerList> {
  const assembly = await participantAssembly(context, participant);
  await requireItem(context.database.db, assembly, agendaItemId);
  requireOpenSession(assembly);
  requireCurrentItem(assembly, agendaItemId);
  const list = await changeList(
    context,
    { assembly, agendaItemId, action: 'asked', actorUserId: null },
    async ({ transaction, list, speakers, now }) => {
      const row = await findAttendanceOfParticipant(transaction, assembly.id, participant);
      if (!row || !isPresent(row)) throw new AppError('speaker_not_present');
      return enqueue(transaction, { list, speakers, now, attendanceId: row.id });
    },
  );
  return withMine(context, assembly, participant, list);
}

/** From the phone: gives up one's turn while still waiting. */
export async function withdrawFromSpeaking(
  context: ServiceContext,
  { participant, agendaItemId }: { participant: Participant; agendaItemId: string },
): Promise<ParticipantSpeakerList> {
  const assembly = await participantAssembly(context, participant);
  await requireItem(context.database.db, assembly, agendaItemId);
  const list = await changeList(
    context,
    { assembly, agendaItemId, action: 'withdrawn', actorUserId: null },
    async ({ transaction, speakers }) => {
      const row = await findAttendanceOfParticipant(transaction, assembly.id, participant);
      const mine = speakers.filter((speaker) => row && speaker.attendance_id === row.id);
      const waiting = mine.find((speaker) => speaker.status === 'waiting');
      if (!waiting) {
        if (mine.some((speaker) => speaker.status === 'speaking')) throw new AppError('speaker_not_waiting');
        throw new AppError('speaker_not_in_list');
      }
      await deleteSpeaker(transaction, waiting.id);
      return { speakerId: waiting.id };
    },
  );
  return withMine(context, assembly, participant, list);
}

/** For the minutes: under each agenda item whose list is kept, who took the floor, in order, once each. */
export async function listKeptSpeakers(context: ServiceContext, assemblyId: string) {
  const rows = await listKeptInterventions(context.database.db, assemblyId);
  const items: { agendaItemId: string; position: number; title: string; names: string[] }[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    let item = items.at(-1);
    if (item?.agendaItemId !== row.agenda_item_id) {
      item = {
        agendaItemId: row.agenda_item_id,
        position: row.agenda_item_position,
        title: row.agenda_item_title,
        names: [],
      };
      items.push(item);
    }
    const key = `${row.agenda_item_id}:${row.attendance_id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    item.names.push(speakerName(row));
  }
  return items;
}
