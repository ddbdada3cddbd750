import type {
  AgendaItemView,
  AssemblyInput,
  AssemblyUpdate,
  AssemblyView,
} from '../../../../common/assemblies.schemas.ts';
import { formatDisplayName } from '../../../../common/names.ts';
import { daysBetween, shiftByDays, utcToZonedTime, zonedTimeToUtc } from '../../../../common/time-zones.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { AppError, invalidField } from '../../http/app-error.ts';
import { checkVersion, refusingStale, StaleVersionError } from '../../http/record-version.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { getAssociation } from '../association/association.service.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import {
  areMinutesSigned,
  deleteAgendaItem,
  deleteAssemblyRow,
  findAgendaItem,
  findAssemblyBySlug,
  findPersonName,
  hasRecords,
  insertAgendaItem,
  insertAssembly,
  isAgendaItemUsed,
  listAgendaItems,
  listAssemblyRows,
  listAttendanceRows,
  listScrutineers,
  listSessionTimes,
  replaceScrutineers,
  updateAgendaItem,
  setCurrentAgendaItemRow,
  updateAssembly,
  updateSessionTimes,
  type AssemblyRow,
  type SessionTime,
} from './assemblies.repository.ts';
import { personExists } from './attendance.repository.ts';
import { publishAssemblyState } from './assembly-state.ts';
import { computeSheet } from './attendance.service.ts';

export async function requireAssembly(db: DbOrTransaction, slug: string): Promise<AssemblyRow> {
  const assembly = await findAssemblyBySlug(db, slug);
  if (!assembly) throw new AppError('assembly_not_found', { slug });
  return assembly;
}

/**
 * Who holds the keys of the assembly's encrypted polls: its scrutineers, else its chair and its
 * secretary (once each), as persons with their names.
 */
export async function keyHolders(
  db: DbOrTransaction,
  assembly: AssemblyRow,
): Promise<{ personId: string; name: string }[]> {
  const scrutineers = await listScrutineers(db, assembly.id);
  if (scrutineers.length > 0) {
    return scrutineers.map((row) => ({
      personId: row.id,
      name: formatDisplayName({ firstName: row.first_name, lastName: row.last_name }),
    }));
  }
  const officers = [...new Set([assembly.chair_person_id, assembly.secretary_person_id])];
  const named = await Promise.all(officers.map((personId) => personName(db, personId)));
  return named.filter((person) => person !== null);
}

async function personName(db: DbOrTransaction, personId: string | null) {
  if (!personId) return null;
  const row = await findPersonName(db, personId);
  return row
    ? { personId: row.id, name: formatDisplayName({ firstName: row.first_name, lastName: row.last_name }) }
    : null;
}

export async function presentAssembly(context: ServiceContext, assembly: AssemblyRow): Promise<AssemblyView> {
  const { db } = context.database;
  const { timeZone } = await getAssociation(context);
  const local = (instant: string | null) => (instant ? utcToZonedTime(instant, timeZone) : null);
  const agenda = await listAgendaItems(db, assembly.id);
  return {
    id: assembly.id,
    version: assembly.version,
    slug: assembly.slug,
    kind: assembly.kind as AssemblyView['kind'],
    title: assembly.title,
    heldOn: assembly.held_on,
    place: assembly.place,
    plannedStart: local(assembly.planned_start_at)!,
    plannedEnd: local(assembly.planned_end_at),
    actualStart: local(assembly.actual_start_at),
    actualEnd: local(assembly.actual_end_at),
    plannedStartAt: assembly.planned_start_at,
    actualStartAt: assembly.actual_start_at,
    actualEndAt: assembly.actual_end_at,
    chair: await personName(db, assembly.chair_person_id),
    secretary: await personName(db, assembly.secretary_person_id),
    scrutineers: (await listScrutineers(db, assembly.id)).map((row) => ({
      personId: row.id,
      name: formatDisplayName({ firstName: row.first_name, lastName: row.last_name }),
    })),
    videoLink: assembly.video_link,
    isEditable: !(await areMinutesSigned(db, assembly.id)),
    isDeletable: !(await hasRecords(db, assembly.id)),
    membershipYear: assembly.membership_year,
    isSecondConvocation: assembly.is_second_convocation === 1,
    currentAgendaItemId: assembly.current_agenda_item_id,
    agenda: agenda.map((item) => ({
      id: item.id,
      position: item.position,
      kind: item.kind as AgendaItemView['kind'],
      title: item.title,
      presenter: item.presenter,
      plannedMinutes: item.planned_minutes,
    })),
  };
}

export async function listAssemblies(context: ServiceContext) {
  const rows = await listAssemblyRows(context.database.db);
  return Promise.all(rows.map((row) => presentAssembly(context, row)));
}

export async function getAssembly(context: ServiceContext, slug: string) {
  return presentAssembly(context, await requireAssembly(context.database.db, slug));
}

async function assertPerson(db: DbOrTransaction, personId: string | null | undefined, field: string) {
  if (!personId) return;
  if (!(await personExists(db, personId))) throw invalidField(`body.${field}`, 'unknown_person');
}

export async function createAssembly(
  context: ServiceContext,
  { actor, assembly }: { actor: SessionUser | null; assembly: AssemblyInput },
) {
  const { timeZone } = await getAssociation(context);
  const id = newId();
  await context.database.db.transaction().execute(async (transaction) => {
    if (await findAssemblyBySlug(transaction, assembly.slug)) {
      throw new AppError(
        'assembly_slug_taken',
        { slug: assembly.slug },
        { errors: [{ path: 'body.slug', message: 'slug_taken' }] },
      );
    }
    await assertPerson(transaction, assembly.chairPersonId, 'chairPersonId');
    await assertPerson(transaction, assembly.secretaryPersonId, 'secretaryPersonId');
    await assertScrutineers(transaction, assembly.scrutineerPersonIds);
    const now = nowIso();
    await insertAssembly(transaction, {
      id,
      slug: assembly.slug,
      kind: assembly.kind,
      title: assembly.title,
      held_on: assembly.heldOn,
      place: assembly.place,
      planned_start_at: zonedTimeToUtc(assembly.heldOn, assembly.plannedStart, timeZone),
      planned_end_at: assembly.plannedEnd
        ? zonedTimeToUtc(assembly.heldOn, assembly.plannedEnd, timeZone)
        : null,
      actual_start_at: null,
      actual_end_at: null,
      chair_person_id: assembly.chairPersonId ?? null,
      secretary_person_id: assembly.secretaryPersonId ?? null,
      membership_year: assembly.membershipYear,
      is_second_convocation: assembly.isSecondConvocation ? 1 : 0,
      statutes_version_id: null,
      quorum_snapshot: null,
      current_agenda_item_id: null,
      created_at: now,
      updated_at: now,
      video_link: assembly.videoLink ?? null,
    });
    await writeScrutineers(transaction, id, assembly.scrutineerPersonIds ?? []);
    for (const [index, item] of (assembly.agenda ?? []).entries()) {
      await insertAgendaItem(transaction, {
        id: newId(),
        assembly_id: id,
        position: index + 1,
        kind: item.kind,
        title: item.title,
        presenter: item.presenter ?? null,
        planned_minutes: item.plannedMinutes ?? null,
      });
    }
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'assembly.created',
      subjectType: 'assembly',
      subjectId: id,
      details: { slug: assembly.slug, title: assembly.title },
    });
  });
  return getAssembly(context, assembly.slug);
}

/**
 * The chair opens the session: the start time is recorded and the quorum, with its statement,
 * frozen as it stands then. Opening twice is refused.
 */
export async function openSession(
  context: ServiceContext,
  { actor, slug, at, time }: { actor: SessionUser | null; slug: string; at?: string; time?: string | null },
) {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  await requireEditable(db, assembly);
  if (assembly.actual_start_at) throw new AppError('session_already_open');
  // A typed time (the session recorded after it happened) counts the sheet as it stood then.
  const openedAt = at ?? (await sessionInstant(context, assembly.held_on, time));
  const sheet = await computeSheet(db, assembly, time ? { at: openedAt } : undefined);
  await db.transaction().execute(async (transaction) => {
    await updateAssembly(transaction, assembly.id, {
      actual_start_at: openedAt,
      statutes_version_id: sheet.statutesId,
      quorum_snapshot: JSON.stringify({ ...sheet.quorum, frozenAt: openedAt }),
      updated_at: nowIso(),
    });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'assembly.opened',
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: { quorum: sheet.quorum.statement.fr, at: openedAt, isTyped: Boolean(time) },
    });
  });
  await publishAssemblyState(context, slug);
  return getAssembly(context, slug);
}

export async function closeSession(
  context: ServiceContext,
  { actor, slug, at, time }: { actor: SessionUser | null; slug: string; at?: string; time?: string | null },
) {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  await requireEditable(db, assembly);
  if (!assembly.actual_start_at) throw new AppError('session_not_open');
  if (assembly.actual_end_at) throw new AppError('session_already_closed');
  const closedAt = at ?? (await sessionInstant(context, assembly.held_on, time));
  if (closedAt < assembly.actual_start_at) throw invalidField('body.time', 'end_before_start');
  await db.transaction().execute(async (transaction) => {
    await updateAssembly(transaction, assembly.id, { actual_end_at: closedAt, updated_at: nowIso() });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'assembly.closed',
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: { at: closedAt, isTyped: Boolean(time) },
    });
  });
  await publishAssemblyState(context, slug);
  return getAssembly(context, slug);
}

export async function setCurrentAgendaItem(
  context: ServiceContext,
  { slug, agendaItemId }: { slug: string; agendaItemId: string | null },
) {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  if (agendaItemId) {
    const item = await findAgendaItem(db, assembly.id, agendaItemId);
    if (!item) throw invalidField('body.agendaItemId', 'unknown_agenda_item');
  }
  await setCurrentAgendaItemRow(db, assembly.id, agendaItemId, nowIso());
  await publishAssemblyState(context, slug);
  return getAssembly(context, slug);
}

export type { AssemblyRow };

/** An assembly's agenda items in order, for the minutes. */
export async function agendaItemsOf(db: DbOrTransaction, assemblyId: string) {
  return listAgendaItems(db, assemblyId);
}

/** An assembly's attendance rows in the sheet's order, for the minutes. */
export async function attendanceRowsOf(db: DbOrTransaction, assemblyId: string) {
  return listAttendanceRows(db, assemblyId);
}

/** Every assembly's row, for the register of minutes. */
export async function allAssemblies(db: DbOrTransaction): Promise<AssemblyRow[]> {
  return listAssemblyRows(db);
}

/** The instant of a moment of the session: the time typed ("14:20", the association's zone, the assembly's day), else now. */
export async function sessionInstant(
  context: ServiceContext,
  heldOn: string,
  time: string | null | undefined,
): Promise<string> {
  if (!time) return nowIso();
  const { timeZone } = await getAssociation(context);
  return zonedTimeToUtc(heldOn, time, timeZone);
}

/** Refuses any change once the assembly's minutes are signed. */
export async function requireEditable(db: DbOrTransaction, assembly: AssemblyRow): Promise<void> {
  if (await areMinutesSigned(db, assembly.id)) throw new AppError('assembly_minutes_signed');
}

async function assertScrutineers(db: DbOrTransaction, personIds: readonly string[] | undefined) {
  const seen = new Set<string>();
  for (const [index, personId] of (personIds ?? []).entries()) {
    if (seen.has(personId)) throw invalidField(`body.scrutineerPersonIds.${index}`, 'duplicate_scrutineer');
    seen.add(personId);
    await assertPerson(db, personId, `scrutineerPersonIds.${index}`);
  }
}

async function writeScrutineers(db: DbOrTransaction, assemblyId: string, personIds: readonly string[]) {
  await replaceScrutineers(
    db,
    assemblyId,
    personIds.map((personId, index) => ({
      id: newId(),
      assembly_id: assemblyId,
      person_id: personId,
      position: index + 1,
    })),
  );
}

/** The agenda as edited: items kept (moved, reworded), added, removed (refused while they carry votes). */
async function writeAgenda(
  db: DbOrTransaction,
  assemblyId: string,
  agenda: NonNullable<AssemblyUpdate['agenda']>,
) {
  const current = await listAgendaItems(db, assemblyId);
  const byId = new Map(current.map((item) => [item.id, item]));
  const kept = new Set<string>();
  for (const [index, item] of agenda.entries()) {
    if (!item.id) continue;
    if (!byId.has(item.id)) throw invalidField(`body.agenda.${index}.id`, 'unknown_agenda_item');
    if (kept.has(item.id)) throw invalidField(`body.agenda.${index}.id`, 'duplicate_agenda_item');
    kept.add(item.id);
  }
  for (const item of current) {
    if (kept.has(item.id)) continue;
    if (await isAgendaItemUsed(db, item.id)) throw new AppError('agenda_item_in_use', { title: item.title });
    await deleteAgendaItem(db, assemblyId, item.id);
  }
  for (const [index, item] of agenda.entries()) {
    const columns = {
      position: index + 1,
      kind: item.kind,
      title: item.title,
      presenter: item.presenter ?? null,
      planned_minutes: item.plannedMinutes ?? null,
    };
    if (item.id) await updateAgendaItem(db, item.id, columns);
    else await insertAgendaItem(db, { id: newId(), assembly_id: assemblyId, ...columns });
  }
}

/**
 * Edits an assembly until its minutes are signed: what, when, where, the officers of the session, the agenda,
 * and the opening and closing times as recorded. Every change audited with what it was and what it became.
 */
export async function editAssembly(
  context: ServiceContext,
  {
    actor,
    slug,
    changes,
    expectedVersion,
  }: {
    actor: SessionUser | null;
    slug: string;
    changes: AssemblyUpdate;
    /** The version the change was made on (If-Match); a stale one is refused with the assembly as it now is. */
    expectedVersion?: number | undefined;
  },
) {
  const { db } = context.database;
  const { timeZone } = await getAssociation(context);
  const write = () =>
    db.transaction().execute(async (transaction) => {
      const assembly = await requireAssembly(transaction, slug);
      await requireEditable(transaction, assembly);
      checkVersion(assembly, expectedVersion);
      await assertPerson(transaction, changes.chairPersonId, 'chairPersonId');
      await assertPerson(transaction, changes.secretaryPersonId, 'secretaryPersonId');
      await assertScrutineers(transaction, changes.scrutineerPersonIds);
      const heldOn = changes.heldOn ?? assembly.held_on;
      const local = (instant: string | null) => (instant ? utcToZonedTime(instant, timeZone) : null);
      const at = (time: string) => zonedTimeToUtc(heldOn, time, timeZone);
      const plannedStart = changes.plannedStart ?? local(assembly.planned_start_at)!;
      const plannedEnd =
        changes.plannedEnd === undefined ? local(assembly.planned_end_at) : changes.plannedEnd;
      if (plannedEnd && plannedEnd < plannedStart) throw invalidField('body.plannedEnd', 'end_before_start');
      if (changes.actualStart && !assembly.actual_start_at)
        throw invalidField('body.actualStart', 'session_time_not_open');
      if (changes.actualEnd && !assembly.actual_end_at)
        throw invalidField('body.actualEnd', 'session_time_not_closed');
      const actualStart = changes.actualStart ?? local(assembly.actual_start_at);
      const actualEnd = changes.actualEnd ?? local(assembly.actual_end_at);
      if (actualStart && actualEnd && actualEnd < actualStart)
        throw invalidField('body.actualEnd', 'end_before_start');
      // A new day moves every time already recorded to it, at the same clock time (seconds kept).
      const days = daysBetween(assembly.held_on, heldOn);
      const moved = (instant: string | null) =>
        instant && days !== 0 ? shiftByDays(instant, days, timeZone) : instant;
      const recorded = (typed: string | undefined, instant: string | null) =>
        typed ? at(typed) : moved(instant);
      const columns = {
        kind: changes.kind ?? assembly.kind,
        title: changes.title ?? assembly.title,
        held_on: heldOn,
        place: changes.place ?? assembly.place,
        video_link: changes.videoLink === undefined ? assembly.video_link : changes.videoLink,
        planned_start_at: at(plannedStart),
        planned_end_at: plannedEnd ? at(plannedEnd) : null,
        actual_start_at: recorded(changes.actualStart, assembly.actual_start_at),
        actual_end_at: recorded(changes.actualEnd, assembly.actual_end_at),
        chair_person_id:
          changes.chairPersonId === undefined ? assembly.chair_person_id : changes.chairPersonId,
        secretary_person_id:
          changes.secretaryPersonId === undefined ? assembly.secretary_person_id : changes.secretaryPersonId,
        membership_year: changes.membershipYear ?? assembly.membership_year,
        is_second_convocation:
          changes.isSecondConvocation === undefined
            ? assembly.is_second_convocation
            : changes.isSecondConvocation
              ? 1
              : 0,
      };
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(columns)) {
        const previous = assembly[key as keyof AssemblyRow];
        if (previous !== value) {
          before[key] = previous;
          after[key] = value;
        }
      }
      const movedTimes: (SessionTime & { before: string })[] = [];
      if (days !== 0) {
        for (const time of await listSessionTimes(transaction, assembly.id))
          movedTimes.push({ ...time, before: time.value, value: shiftByDays(time.value, days, timeZone) });
        await updateSessionTimes(transaction, movedTimes);
      }
      // The quorum frozen at the opening moves with a corrected opening time.
      let snapshot = assembly.quorum_snapshot;
      if (assembly.actual_start_at && columns.actual_start_at !== assembly.actual_start_at) {
        const sheet = await computeSheet(
          transaction,
          { ...assembly, ...columns, quorum_snapshot: null },
          {
            at: columns.actual_start_at!,
          },
        );
        snapshot = JSON.stringify({ ...sheet.quorum, frozenAt: columns.actual_start_at });
      }
      const isUpdated = await updateAssembly(
        transaction,
        assembly.id,
        { ...columns, quorum_snapshot: snapshot, updated_at: nowIso() },
        expectedVersion,
      );
      if (!isUpdated) throw new StaleVersionError();
      if (changes.scrutineerPersonIds) {
        before.scrutineers = (await listScrutineers(transaction, assembly.id)).map((row) => row.id);
        after.scrutineers = changes.scrutineerPersonIds;
        await writeScrutineers(transaction, assembly.id, changes.scrutineerPersonIds);
      }
      if (changes.agenda) {
        before.agenda = (await listAgendaItems(transaction, assembly.id)).map((item) => item.title);
        after.agenda = changes.agenda.map((item) => item.title);
        await writeAgenda(transaction, assembly.id, changes.agenda);
      }
      await recordAuditEvent(transaction, {
        actorUserId: actor?.id ?? null,
        action: 'assembly.edited',
        subjectType: 'assembly',
        subjectId: assembly.id,
        details: {
          before,
          after,
          ...(movedTimes.length > 0
            ? {
                movedTimes: movedTimes.map((time) => ({
                  table: time.table,
                  id: time.id,
                  column: time.column,
                  before: time.before,
                  after: time.value,
                })),
              }
            : {}),
        },
      });
    });
  await refusingStale(write, () => getAssembly(context, slug));
  await publishAssemblyState(context, slug);
  return getAssembly(context, slug);
}

/** Deletes an assembly while nothing is recorded for it (no attendance, proxy, vote, convocation sent, minutes). */
export async function deleteAssembly(
  context: ServiceContext,
  { actor, slug }: { actor: SessionUser | null; slug: string },
): Promise<void> {
  await context.database.db.transaction().execute(async (transaction) => {
    const assembly = await requireAssembly(transaction, slug);
    if (await hasRecords(transaction, assembly.id)) throw new AppError('assembly_has_records');
    await deleteAssemblyRow(transaction, assembly.id);
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'assembly.deleted',
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: { slug: assembly.slug, title: assembly.title, heldOn: assembly.held_on },
    });
  });
}
