import { insertDraftMinutes } from '../../domains/minutes/minutes.repository.ts';
import { defaultSectionSpecs } from '../../domains/minutes/minutes.service.ts';
import { newId, nowIso } from '../../ids.ts';
import type { Db } from '../database.ts';
import { assembly } from './la-27e-region.assembly.ts';
import { activityReport, activityReportTitle, discussion, discussionTitle } from './la-27e-region.minutes.ts';

/**
 * The draft minutes of the 2017 assembly: every generated section, and the two prose sections
 * filled with what the secretary wrote; the questions after the closing, as the reference has them. Left alone when the minutes already exist.
 */
export async function loadDemoMinutes(database: Db): Promise<void> {
  await database.transaction().execute(async (db) => {
    const row = await db
      .selectFrom('assemblies')
      .select('id')
      .where('slug', '=', assembly.slug)
      .executeTakeFirst();
    if (!row) return;
    if (await db.selectFrom('minutes').select('id').where('assembly_id', '=', row.id).executeTakeFirst())
      return;
    const id = newId();
    const now = nowIso();
    await insertDraftMinutes(db, { id, assemblyId: row.id, version: 1, previousId: null, now });
    const prose = [
      { title: activityReportTitle, markdown: activityReport },
      { title: discussionTitle, markdown: discussion },
    ];
    let written = 0;
    // The reference prints the questions asked as an account after the closing of the session.
    const specs = defaultSectionSpecs('fr', assembly.kind);
    const questions = specs.findIndex((spec) => spec.kind === 'questions');
    const [asked] = specs.splice(questions, 1);
    specs.splice(specs.findIndex((spec) => spec.kind === 'closing') + 1, 0, asked!);
    await db
      .insertInto('minutes_sections')
      .values(
        specs.map((spec, index) => {
          const text = spec.kind === 'written' ? prose[written++] : undefined;
          return {
            id: newId(),
            minutes_id: id,
            position: index + 1,
            kind: spec.kind,
            title: text?.title ?? spec.title,
            markdown: text?.markdown ?? (spec.kind === 'written' ? '' : null),
            updated_at: now,
          };
        }),
      )
      .execute();
  });
}
