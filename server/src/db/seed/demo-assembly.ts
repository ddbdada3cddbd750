import { normalizeName } from '../../../../common/names.ts';
import { zonedTimeToUtc } from '../../../../common/time-zones.ts';
import { statutesToColumns } from '../../domains/assemblies/statutes.ts';
import { listVotingMembers } from '../../domains/assemblies/voting-members.ts';
import { computeSheet } from '../../domains/assemblies/attendance.service.ts';
import { statutesFromRow } from '../../domains/assemblies/statutes.ts';
import { newId, nowIso } from '../../ids.ts';
import type { Db, DbOrTransaction } from '../database.ts';
import { assembly, closedAt, excused, openedAt, present, statutes, team } from './la-27e-region.assembly.ts';
import { ensurePerson } from './seed-helpers.ts';
import { loadDemoWorkshops } from './la-27e-region.workshops.ts';

async function organisationIdByLabel(db: DbOrTransaction, label: string | null): Promise<string | null> {
  if (!label) return null;
  const row = await db
    .selectFrom('organisation_aliases')
    .select('organisation_id')
    .where('normalized_alias', '=', normalizeName(label))
    .executeTakeFirst();
  return row?.organisation_id ?? null;
}

/**
 * The 2017 assembly: rules, agenda and the attendance sheet exactly as the reference lists it. Each
 * present person carries the vote of their own membership or of the member they attend for, when
 * that member was entitled to vote on the day; the others are on the sheet without a vote.
 */
export async function loadDemoAssembly(database: Db): Promise<void> {
  await database.transaction().execute(async (db) => {
    if (await db.selectFrom('assemblies').select('id').where('slug', '=', assembly.slug).executeTakeFirst())
      return;
    const statutesId = newId();
    const now = nowIso();
    await db
      .insertInto('statutes_versions')
      .values({ id: statutesId, ...statutesToColumns(statutes), created_at: now, created_by: null })
      .execute();
    const statutesRow = await db
      .selectFrom('statutes_versions')
      .selectAll()
      .where('id', '=', statutesId)
      .executeTakeFirstOrThrow();
    const voting = await listVotingMembers(db, {
      year: assembly.membershipYear,
      day: assembly.heldOn,
      statutes: statutesFromRow(statutesRow),
    });

    const chair = await ensurePerson(db, { firstName: 'Christian', lastName: 'Paul' });
    const assemblyId = newId();
    await db
      .insertInto('assemblies')
      .values({
        id: assemblyId,
        slug: assembly.slug,
        kind: assembly.kind,
        title: assembly.title,
        held_on: assembly.heldOn,
        place: assembly.place,
        planned_start_at: zonedTimeToUtc(assembly.heldOn, assembly.plannedStart, 'Europe/Paris'),
        planned_end_at: zonedTimeToUtc(assembly.heldOn, assembly.plannedEnd!, 'Europe/Paris'),
        actual_start_at: null,
        actual_end_at: null,
        chair_person_id: chair,
        secretary_person_id: null,
        membership_year: assembly.membershipYear,
        is_second_convocation: 0,
        statutes_version_id: statutesId,
        quorum_snapshot: null,
        current_agenda_item_id: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    for (const [index, item] of (assembly.agenda ?? []).entries()) {
      await db
        .insertInto('agenda_items')
        .values({
          id: newId(),
          assembly_id: assemblyId,
          position: index + 1,
          kind: item.kind,
          title: item.title,
          presenter: item.presenter ?? null,
          planned_minutes: item.plannedMinutes ?? null,
        })
        .execute();
    }

    let position = 0;
    const addRows = async (lines: typeof present, status: 'present' | 'excused', isStaff: boolean) => {
      for (const [firstName, lastName, label] of lines) {
        const personId = await ensurePerson(db, { firstName, lastName });
        const own = voting.find((member) => member.personId === personId);
        const organisationId = await organisationIdByLabel(db, label);
        const forOrganisation = organisationId
          ? voting.find((member) => member.organisationId === organisationId)
          : undefined;
        const membership = isStaff ? undefined : (own ?? forOrganisation);
        position += 1;
        await db
          .insertInto('attendances')
          .values({
            id: newId(),
            assembly_id: assemblyId,
            person_id: personId,
            organisation_id: organisationId,
            membership_id: membership?.membershipId ?? null,
            label,
            role: isStaff ? 'staff' : membership ? 'voting_member' : 'guest',
            status,
            position,
            arrived_at: status === 'present' ? openedAt : null,
            left_at: null,
            updated_at: now,
          })
          .execute();
      }
    };
    await addRows(present, 'present', false);
    await addRows(team, 'present', true);
    await addRows(excused, 'excused', false);
    await loadDemoWorkshops(db, assemblyId);

    // Christian Paul opened the session at 14h00 and closed it at 17h00: the quorum is frozen then.
    const row = await db
      .selectFrom('assemblies')
      .selectAll()
      .where('id', '=', assemblyId)
      .executeTakeFirstOrThrow();
    const sheet = await computeSheet(db, row);
    await db
      .updateTable('assemblies')
      .set({
        actual_start_at: openedAt,
        actual_end_at: closedAt,
        quorum_snapshot: JSON.stringify({ ...sheet.quorum, frozenAt: openedAt }),
      })
      .where('id', '=', assemblyId)
      .execute();
  });
}
