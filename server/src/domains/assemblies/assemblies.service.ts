import type { AgendaItemView, AssemblyInput, AssemblyView } from '../../../../common/assemblies.schemas.ts';
import { formatDisplayName } from '../../../../common/names.ts';
import { utcToZonedTime, zonedTimeToUtc } from '../../../../common/time-zones.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { AppError, invalidField } from '../../http/app-error.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { getAssociation } from '../association/association.service.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import {
  findAgendaItem,
  findAssemblyBySlug,
  findPersonName,
  insertAgendaItem,
  insertAssembly,
  listAgendaItems,
  listAssemblyRows,
  listAttendanceRows,
  updateAssembly,
  type AssemblyRow,
} from './assemblies.repository.ts';
import { personExists } from './attendance.repository.ts';
import { publishAssemblyState } from './assembly-state.ts';
import { computeSheet } from './attendance.service.ts';

export async function requireAssembly(db: DbOrTransaction, slug: string): Promise<AssemblyRow> {
  const assembly = await findAssemblyBySlug(db, slug);
  if (!assembly) throw new AppError('assembly_not_found', { slug });
  return assembly;
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
    });
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
  { actor, slug, at }: { actor: SessionUser | null; slug: string; at?: string },
) {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  if (assembly.actual_start_at) throw new AppError('session_already_open');
  const sheet = await computeSheet(db, assembly);
  const openedAt = at ?? nowIso();
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
      details: { quorum: sheet.quorum.statement.fr },
    });
  });
  await publishAssemblyState(context, slug);
  return getAssembly(context, slug);
}

export async function closeSession(
  context: ServiceContext,
  { actor, slug, at }: { actor: SessionUser | null; slug: string; at?: string },
) {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  if (!assembly.actual_start_at) throw new AppError('session_not_open');
  if (assembly.actual_end_at) throw new AppError('session_already_closed');
  await db.transaction().execute(async (transaction) => {
    await updateAssembly(transaction, assembly.id, { actual_end_at: at ?? nowIso(), updated_at: nowIso() });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'assembly.closed',
      subjectType: 'assembly',
      subjectId: assembly.id,
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
  await updateAssembly(db, assembly.id, { current_agenda_item_id: agendaItemId, updated_at: nowIso() });
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
