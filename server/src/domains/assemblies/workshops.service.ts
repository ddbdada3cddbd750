import { formatAdministrativeName } from '../../../../common/names.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import type { Language } from '../../../../common/i18n/messages.ts';
import { invalidField } from '../../http/app-error.ts';
import { translate } from '../../i18n/translate.ts';
import { newId } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import { requireAssembly } from './assemblies.service.ts';
import { splitIntoGroups, type GroupAttendee } from './workshop-groups.ts';
import {
  deleteWorkshopMembers,
  deleteWorkshops,
  findAttendanceOfAssembly,
  insertWorkshop,
  insertWorkshopMember,
  listAffiliationRows,
  listWorkshopCandidateRows,
  listWorkshopMemberRows,
  listWorkshopRows,
  updateWorkshop,
} from './workshops.repository.ts';
import type { GroupSize, WorkshopInput } from '../../../../common/assemblies.schemas.ts';

function parseItems(json: string): string[] {
  const items: unknown = JSON.parse(json);
  return Array.isArray(items) ? items.filter((item): item is string => typeof item === 'string') : [];
}

/** The assembly's workshops in order, each with its items and its members. */
export async function presentWorkshops(db: DbOrTransaction, assemblyId: string) {
  const rows = await listWorkshopRows(db, assemblyId);
  const members = await listWorkshopMemberRows(db, assemblyId);
  return rows.map((row) => ({
    id: row.id,
    position: row.position,
    topic: row.topic,
    minutes: row.minutes,
    problems: parseItems(row.problems),
    proposals: parseItems(row.proposals),
    members: members
      .filter((member) => member.workshop_id === row.id)
      .map((member) => ({
        attendanceId: member.attendance_id,
        administrativeName: member.first_name
          ? formatAdministrativeName({ firstName: member.first_name, lastName: member.last_name ?? '' })
          : null,
        label: member.label,
      })),
  }));
}

export async function listWorkshops(context: ServiceContext, slug: string) {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  return { workshops: await presentWorkshops(db, assembly.id) };
}

/**
 * Writes the list of workshops as given, inside the caller's transaction: a workshop named by its
 * id keeps its members, one left out is removed with its members, one without an id is added.
 */
export async function writeWorkshops(
  db: DbOrTransaction,
  assemblyId: string,
  workshops: readonly WorkshopInput[],
): Promise<void> {
  const existing = new Set((await listWorkshopRows(db, assemblyId)).map((row) => row.id));
  const kept = new Set<string>();
  for (const [index, workshop] of workshops.entries()) {
    if (!workshop.topic.trim())
      throw invalidField(`body.workshops.${index}.topic`, 'workshop_topic_required');
    if (workshop.id === undefined) continue;
    if (!existing.has(workshop.id) || kept.has(workshop.id)) {
      throw invalidField(
        `body.workshops.${index}.id`,
        kept.has(workshop.id) ? 'duplicate_workshop' : 'unknown_workshop',
      );
    }
    kept.add(workshop.id);
  }
  await deleteWorkshops(
    db,
    [...existing].filter((id) => !kept.has(id)),
  );
  for (const [index, workshop] of workshops.entries()) {
    const values = {
      position: index + 1,
      topic: workshop.topic.trim(),
      minutes: workshop.minutes ?? null,
      problems: JSON.stringify(workshop.problems),
      proposals: JSON.stringify(workshop.proposals),
    };
    if (workshop.id) await updateWorkshop(db, workshop.id, values);
    else await insertWorkshop(db, { id: newId(), assembly_id: assemblyId, ...values });
  }
}

export async function saveWorkshops(
  context: ServiceContext,
  {
    actor,
    slug,
    workshops,
  }: { actor: SessionUser | null; slug: string; workshops: readonly WorkshopInput[] },
) {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  await db.transaction().execute(async (transaction) => {
    await writeWorkshops(transaction, assembly.id, workshops);
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'workshops.saved',
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: { topics: workshops.map((workshop) => workshop.topic) },
    });
  });
  return listWorkshops(context, slug);
}

/**
 * The people present (voting members and guests, not the team), each with the organisation that
 * keeps colleagues apart: the one they attend for, or else their own affiliation.
 */
async function workshopCandidates(db: DbOrTransaction, assemblyId: string): Promise<GroupAttendee[]> {
  const rows = await listWorkshopCandidateRows(db, assemblyId);
  const affiliations = await listAffiliationRows(
    db,
    rows.flatMap((row) => (row.person_id && !row.organisation_id ? [row.person_id] : [])),
  );
  return rows.map((row) => {
    const affiliation = row.organisation_id
      ? undefined
      : affiliations.find((entry) => entry.person_id === row.person_id);
    const organisationId = row.organisation_id ?? affiliation?.organisation_id ?? null;
    const kind = (row.organisation_id ? row.organisation_kind : affiliation?.kind) ?? 'individual';
    return { id: row.id, organisationId, kind };
  });
}

/**
 * Splits the people present into the assembly's workshops (one group each), replacing their
 * members, inside the caller's transaction. Returns the groups' sizes.
 */
export async function splitIntoWorkshops(
  db: DbOrTransaction,
  assemblyId: string,
  { minSize, maxSize }: GroupSize,
): Promise<number[]> {
  if (minSize > maxSize) throw invalidField('body.minSize', 'min_above_max');
  const workshops = await listWorkshopRows(db, assemblyId);
  if (workshops.length === 0) throw invalidField('workshops', 'no_workshops');
  const candidates = await workshopCandidates(db, assemblyId);
  if (candidates.length === 0) throw invalidField('attendance', 'nobody_present');
  const groups = splitIntoGroups(candidates, { groupCount: workshops.length, minSize, maxSize });
  await deleteWorkshopMembers(db, assemblyId);
  for (const [index, group] of groups.entries()) {
    for (const attendee of group) {
      await insertWorkshopMember(db, {
        id: newId(),
        workshop_id: workshops[index]!.id,
        attendance_id: attendee.id,
      });
    }
  }
  return workshops.map((_, index) => groups[index]?.length ?? 0);
}

export async function splitWorkshopMembers(
  context: ServiceContext,
  {
    actor,
    slug,
    minSize,
    maxSize,
    language,
  }: { actor: SessionUser | null; slug: string; language: Language } & GroupSize,
) {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  const sizes = await db.transaction().execute(async (transaction) => {
    const groupSizes = await splitIntoWorkshops(transaction, assembly.id, { minSize, maxSize });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'workshops.split',
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: { minSize, maxSize, sizes: groupSizes },
    });
    return groupSizes;
  });
  // The number of groups is the number of workshops: say so when that misses the size asked for.
  const outside = sizes.filter((size) => size < minSize || size > maxSize);
  const warning =
    outside.length > 0
      ? translate(language, 'assemblies:workshop_sizes_outside', {
          workshops: sizes.length,
          sizes: sizes.join(', '),
          minSize,
          maxSize,
        })
      : null;
  return { ...(await listWorkshops(context, slug)), warning };
}

/** Puts one person in a workshop by hand (out of the one they were in), or out of every workshop. */
export async function moveWorkshopMember(
  context: ServiceContext,
  {
    actor,
    slug,
    attendanceId,
    workshopId,
  }: { actor: SessionUser | null; slug: string; attendanceId: string; workshopId: string | null },
) {
  const { db } = context.database;
  const assembly = await requireAssembly(db, slug);
  await db.transaction().execute(async (transaction) => {
    if (!(await findAttendanceOfAssembly(transaction, assembly.id, attendanceId))) {
      throw invalidField('body.attendanceId', 'unknown_attendance');
    }
    const workshops = await listWorkshopRows(transaction, assembly.id);
    if (workshopId !== null && !workshops.some((workshop) => workshop.id === workshopId)) {
      throw invalidField('body.workshopId', 'unknown_workshop');
    }
    await deleteWorkshopMembers(transaction, assembly.id, attendanceId);
    if (workshopId !== null)
      await insertWorkshopMember(transaction, {
        id: newId(),
        workshop_id: workshopId,
        attendance_id: attendanceId,
      });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'workshops.member_moved',
      subjectType: 'assembly',
      subjectId: assembly.id,
      details: { attendanceId, workshopId },
    });
  });
  return listWorkshops(context, slug);
}
