import { newId, nowIso } from '../../ids.ts';
import type { Db } from '../database.ts';
import { assembly } from './la-27e-region.assembly.ts';
import { board2017, boardSince, resolutions2017 } from './la-27e-region.votes.ts';
import { ensurePerson } from './seed-helpers.ts';

/**
 * The 2017 assembly's resolutions as recorded, the 2017 fee grid linked to the resolution that
 * adopted it, and the board with its délégué général. Running it again adds nothing.
 */
export async function loadDemoVotes(database: Db): Promise<void> {
  await database.transaction().execute(async (db) => {
    const row = await db
      .selectFrom('assemblies')
      .selectAll()
      .where('slug', '=', assembly.slug)
      .executeTakeFirst();
    if (!row) return;
    const existing = await db
      .selectFrom('resolutions')
      .select('id')
      .where('assembly_id', '=', row.id)
      .executeTakeFirst();
    if (!existing) {
      const items = await db
        .selectFrom('agenda_items')
        .selectAll()
        .where('assembly_id', '=', row.id)
        .execute();
      for (const [index, resolution] of resolutions2017.entries()) {
        const item = items.find((entry) => entry.position === resolution.agendaItem);
        if (!item) throw new Error(`demo agenda has no item ${resolution.agendaItem}`);
        const id = newId();
        await db
          .insertInto('resolutions')
          .values({
            id,
            assembly_id: row.id,
            agenda_item_id: item.id,
            position: index + 1,
            title: resolution.title,
            text: resolution.text,
            text_en: resolution.textEn,
            note: resolution.note,
            majority: 'simple',
            base: 'expressed',
            method: 'show_of_hands',
            recorded_as: resolution.recordedAs,
            votes_for: null,
            votes_against: null,
            votes_abstain: null,
            votes_blank: null,
            is_adopted: 1,
            decided_at: row.actual_start_at,
            created_at: nowIso(),
            updated_at: nowIso(),
          })
          .execute();
        if (resolution.isFeeGrid) {
          await db
            .updateTable('fee_grid_entries')
            .set({ adopted_by_resolution_id: id })
            .where('year', '=', assembly.membershipYear)
            .execute();
        }
      }
    }
    const hasBoard = await db.selectFrom('mandates').select('id').executeTakeFirst();
    if (!hasBoard) {
      for (const [index, mandate] of board2017.entries()) {
        const [firstName, lastName] = mandate.person;
        await db
          .insertInto('mandates')
          .values({
            id: newId(),
            person_id: await ensurePerson(db, { firstName, lastName }),
            role: mandate.role,
            title_form: mandate.titleForm ?? null,
            printed_name: mandate.printedName,
            organisation_label: mandate.organisationLabel ?? null,
            position: index + 1,
            starts_on: boardSince,
            ends_on: null,
            election_id: null,
            created_at: nowIso(),
          })
          .execute();
      }
    }
  });
}
