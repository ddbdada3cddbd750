import type { DbOrTransaction } from '../../db/database.ts';
import { nextVersion } from '../../db/record-version.ts';

export async function listStaffMembers(db: DbOrTransaction) {
  return db.selectFrom('staff_members').selectAll().orderBy('start_on').orderBy('display_name').execute();
}

export async function listStaffFigures(db: DbOrTransaction) {
  return db.selectFrom('staff_figures').selectAll().orderBy('on_day').execute();
}

export async function insertStaffMember(
  db: DbOrTransaction,
  row: {
    id: string;
    displayName: string;
    jobTitle: string | null;
    function: string;
    contract: string;
    startOn: string;
    endOn: string | null;
    fteHundredths: number;
    now: string;
  },
) {
  await db
    .insertInto('staff_members')
    .values({
      id: row.id,
      person_id: null,
      display_name: row.displayName,
      job_title: row.jobTitle,
      function: row.function,
      contract: row.contract,
      start_on: row.startOn,
      end_on: row.endOn,
      fte_hundredths: row.fteHundredths,
      created_at: row.now,
      updated_at: row.now,
    })
    .execute();
}

/** Records the figure of a day, replacing the one recorded for that day. */
export async function saveStaffFigure(
  db: DbOrTransaction,
  row: {
    id: string;
    onDay: string;
    precision: string;
    headcount: number | null;
    fteHundredths: number;
    interns: number;
    source: string | null;
    now: string;
  },
) {
  await db.deleteFrom('staff_figures').where('on_day', '=', row.onDay).execute();
  await db
    .insertInto('staff_figures')
    .values({
      id: row.id,
      on_day: row.onDay,
      precision: row.precision,
      headcount: row.headcount,
      fte_hundredths: row.fteHundredths,
      interns: row.interns,
      source: row.source,
      created_at: row.now,
    })
    .execute();
}

export async function listStaffFunctionRows(db: DbOrTransaction) {
  return db.selectFrom('staff_functions').selectAll().orderBy('position').orderBy('code').execute();
}

export async function findStaffFunctionRow(db: DbOrTransaction, code: string) {
  return db.selectFrom('staff_functions').selectAll().where('code', '=', code).executeTakeFirst();
}

/**
 * Adds a function at the end of the list, or rewords the one with that code and raises its version;
 * false (nothing changed) when `expectedVersion` is no longer its version.
 */
export async function saveStaffFunctionRow(
  db: DbOrTransaction,
  row: { id: string; code: string; labelFr: string; labelEn: string; now: string },
  expectedVersion?: number,
): Promise<boolean> {
  const existing = await findStaffFunctionRow(db, row.code);
  if (existing) {
    let query = db
      .updateTable('staff_functions')
      .set({ label_fr: row.labelFr, label_en: row.labelEn, updated_at: row.now, version: nextVersion })
      .where('id', '=', existing.id);
    if (expectedVersion !== undefined) query = query.where('version', '=', expectedVersion);
    const result = await query.executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }
  const last = await db
    .selectFrom('staff_functions')
    .select((builder) => builder.fn.max('position').as('position'))
    .executeTakeFirst();
  await db
    .insertInto('staff_functions')
    .values({
      id: row.id,
      code: row.code,
      label_fr: row.labelFr,
      label_en: row.labelEn,
      position: Number(last?.position ?? 0) + 1,
      created_at: row.now,
      updated_at: row.now,
    })
    .execute();
  return true;
}

export async function deleteStaffFunctionRow(db: DbOrTransaction, code: string) {
  await db.deleteFrom('staff_functions').where('code', '=', code).execute();
}

/** The functions' order; their versions stay (a form open on one is not made stale by moving it). */
export async function setStaffFunctionPositions(db: DbOrTransaction, codes: readonly string[], now: string) {
  for (const [index, code] of codes.entries())
    await db
      .updateTable('staff_functions')
      .set({ position: index + 1, updated_at: now })
      .where('code', '=', code)
      .execute();
}
