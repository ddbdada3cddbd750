import type { AssemblyInput } from '../../../../common/assemblies.schemas.ts';
import { formatDisplayName } from '../../../../common/names.ts';
import { utcToZonedTime, zonedTimeToUtc } from '../../../../common/time-zones.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { AppError, invalidField, notFound } from '../../http/app-error.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { getAssociation } from '../association/association.service.ts';
import { recordAuditEvent } from '../audit/audit.repository.ts';
import {
  findAssemblyBySlug,
  listAgendaItems,
  listAssemblyRows,
  type AssemblyRow,
} from './assemblies.repository.ts';
import { publishAssemblyState } from './assembly-state.ts';
import { computeSheet } from './attendance.service.ts';

export async function requireAssembly(db: DbOrTransaction, slug: string): Promise<AssemblyRow> {
  const assembly = await findAssemblyBySlug(db, slug);
  if (!assembly) throw notFound(`Assemblée « ${slug} »`);
  return assembly;
}

async function personName(db: DbOrTransaction, personId: string | null) {
  if (!personId) return null;
  const row = await db
    .selectFrom('persons')
    .select(['id', 'first_name', 'last_name'])
    .where('id', '=', personId)
    .executeTakeFirst();
  return row
    ? { personId: row.id, name: formatDisplayName({ firstName: row.first_name, lastName: row.last_name }) }
    : null;
}

export async function presentAssembly(context: ServiceContext, assembly: AssemblyRow) {
  const { db } = context.database;
  const { timeZone } = await getAssociation(context);
  const local = (instant: string | null) => (instant ? utcToZonedTime(instant, timeZone) : null);
  const agenda = await listAgendaItems(db, assembly.id);
  return {
    id: assembly.id,
    slug: assembly.slug,
    kind: assembly.kind as AssemblyInput['kind'],
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
      kind: item.kind as 'informative' | 'deliberative' | 'election',
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
  if (!(await db.selectFrom('persons').select('id').where('id', '=', personId).executeTakeFirst())) {
    throw invalidField(`body.${field}`, 'unknown_person', 'Personne inconnue.');
  }
}

export async function createAssembly(
  context: ServiceContext,
  { actor, assembly }: { actor: SessionUser | null; assembly: AssemblyInput },
) {
  const { timeZone } = await getAssociation(context);
  const id = newId();
  await context.database.db.transaction().execute(async (transaction) => {
    if (await findAssemblyBySlug(transaction, assembly.slug)) {
      throw new AppError('conflict', `L’identifiant « ${assembly.slug} » est déjà pris.`, {
        errors: [{ path: 'body.slug', message: 'slug_taken' }],
      });
    }
    await assertPerson(transaction, assembly.chairPersonId, 'chairPersonId');
    await assertPerson(transaction, assembly.secretaryPersonId, 'secretaryPersonId');
    const now = nowIso();
    await transaction
      .insertInto('assemblies')
      .values({
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
      })
      .execute();
    for (const [index, item] of (assembly.agenda ?? []).entries()) {
      await transaction
        .insertInto('agenda_items')
        .values({
          id: newId(),
          assembly_id: id,
          position: index + 1,
          kind: item.kind,
          title: item.title,
          presenter: item.presenter ?? null,
          planned_minutes: item.plannedMinutes ?? null,
        })
        .execute();
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
  if (assembly.actual_start_at) throw new AppError('conflict', 'La séance est déjà ouverte.');
  const sheet = await computeSheet(db, assembly);
  const openedAt = at ?? nowIso();
  await db.transaction().execute(async (transaction) => {
    await transaction
      .updateTable('assemblies')
      .set({
        actual_start_at: openedAt,
        statutes_version_id: sheet.statutesId,
        quorum_snapshot: JSON.stringify({ ...sheet.quorum, frozenAt: openedAt }),
        updated_at: nowIso(),
      })
      .where('id', '=', assembly.id)
      .execute();
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
  if (!assembly.actual_start_at) throw new AppError('conflict', 'La séance n’a pas été ouverte.');
  if (assembly.actual_end_at) throw new AppError('conflict', 'La séance est déjà close.');
  await db.transaction().execute(async (transaction) => {
    await transaction
      .updateTable('assemblies')
      .set({ actual_end_at: at ?? nowIso(), updated_at: nowIso() })
      .where('id', '=', assembly.id)
      .execute();
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
    const item = await db
      .selectFrom('agenda_items')
      .select('id')
      .where('id', '=', agendaItemId)
      .where('assembly_id', '=', assembly.id)
      .executeTakeFirst();
    if (!item)
      throw invalidField(
        'body.agendaItemId',
        'unknown_agenda_item',
        'Ce point n’est pas à l’ordre du jour de cette assemblée.',
      );
  }
  await db
    .updateTable('assemblies')
    .set({ current_agenda_item_id: agendaItemId, updated_at: nowIso() })
    .where('id', '=', assembly.id)
    .execute();
  await publishAssemblyState(context, slug);
  return getAssembly(context, slug);
}
