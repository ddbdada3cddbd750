import {
  figureCovers,
  formatFigureDay,
  formatFte,
  parseFte,
  parseTeamFte,
  staffCountOn,
  type ContractKind,
  type FigurePrecision,
  type StaffPeriod,
} from '../../../../common/staff.ts';
import type {
  StaffFigureInput,
  StaffFiguresView,
  StaffFunctionInput,
  StaffFunctionLabels,
  StaffFunctionView,
  StaffHistoryView,
  StaffMemberInput,
  StaffMemberView,
} from '../../../../common/staff.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { AppError, invalidField } from '../../http/app-error.ts';
import { checkVersion, refusingStale, StaleVersionError } from '../../http/record-version.ts';
import { translate, type Language } from '../../i18n/translate.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import {
  deleteStaffFunctionRow,
  findStaffFunctionRow,
  insertStaffMember,
  listStaffFigures,
  listStaffFunctionRows,
  listStaffMembers,
  saveStaffFigure,
  saveStaffFunctionRow,
  setStaffFunctionPositions,
} from './staff.repository.ts';

type MemberRow = Awaited<ReturnType<typeof listStaffMembers>>[number];
type FigureRow = Awaited<ReturnType<typeof listStaffFigures>>[number];

const period = (row: MemberRow): StaffPeriod => ({
  contract: row.contract as ContractKind,
  startOn: row.start_on,
  endOn: row.end_on,
  fteHundredths: Number(row.fte_hundredths),
});

const figureView = (row: FigureRow, language: Language) => ({
  onDay: row.on_day,
  precision: row.precision as FigurePrecision,
  label: formatFigureDay(row.on_day, row.precision as FigurePrecision, language),
  headcount: row.headcount === null ? null : Number(row.headcount),
  fteHundredths: Number(row.fte_hundredths),
  fte: formatFte(Number(row.fte_hundredths), language),
  interns: Number(row.interns),
  source: row.source,
});

/** The staff members; their FTE ("0,8 ETP", "0.8 FTE") is worded in the language asked, French by default. */
export async function staffMembers(
  context: ServiceContext,
  language: Language = 'fr',
): Promise<StaffMemberView[]> {
  return (await listStaffMembers(context.database.db)).map((row) => ({
    id: row.id,
    displayName: row.display_name,
    jobTitle: row.job_title,
    function: row.function,
    contract: row.contract as ContractKind,
    startOn: row.start_on,
    endOn: row.end_on,
    fteHundredths: Number(row.fte_hundredths),
    fte: formatFte(Number(row.fte_hundredths), language),
  }));
}

async function figuresOn(db: DbOrTransaction, atDay: string, language: Language): Promise<StaffFiguresView> {
  const [members, figures, functions] = await Promise.all([
    listStaffMembers(db),
    listStaffFigures(db),
    listStaffFunctionRows(db),
  ]);
  const count = staffCountOn(members.map(period), atDay);
  const active = members.filter((row) => {
    const entry = period(row);
    return entry.startOn <= atDay && (entry.endOn === null || atDay <= entry.endOn);
  });
  const recorded = [...figures]
    .reverse()
    .find((row) => figureCovers(row.on_day, row.precision as FigurePrecision, atDay));
  return {
    atDay,
    ...count,
    fte: formatFte(count.fteHundredths, language),
    byFunction: functions
      .map((entry) => ({
        function: entry.code,
        label: language === 'en' ? entry.label_en : entry.label_fr,
        names: active
          .filter((row) => row.function === entry.code)
          .map((row) =>
            row.contract === 'internship'
              ? translate(language, 'budget:staff_intern_name', { name: row.display_name })
              : row.display_name,
          ),
      }))
      .filter((entry) => entry.names.length > 0),
    recorded: recorded ? figureView(recorded, language) : null,
  };
}

/**
 * The team on a day, for the staff page and the minutes: headcount and FTE computed from the staff
 * members ("10 salariés, 8,64 ETP, 1 stagiaire"), who does what by function, and the figure
 * recorded for that period where there is one (the reference's history names no one before 2017).
 * Labels and FTE are worded in the language asked, French by default.
 */
export async function staffFigures(
  context: ServiceContext,
  atDay: string,
  language: Language = 'fr',
): Promise<StaffFiguresView> {
  return figuresOn(context.database.db, atDay, language);
}

/**
 * Recorded figures and the figure computed at each change of the team, in day order: the chart's
 * points, their periods ("septembre 2014", "September 2014") and FTE worded in the language asked.
 */
export async function staffHistory(
  context: ServiceContext,
  language: Language = 'fr',
): Promise<StaffHistoryView> {
  const { db } = context.database;
  const [members, figures] = await Promise.all([listStaffMembers(db), listStaffFigures(db)]);
  const periods = members.map(period);
  const changeDays = new Set<string>();
  for (const entry of periods) {
    changeDays.add(entry.startOn);
    if (entry.endOn) {
      const next = new Date(`${entry.endOn}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      changeDays.add(next.toISOString().slice(0, 10));
    }
  }
  const computed = [...changeDays].map((onDay) => {
    const count = staffCountOn(periods, onDay);
    return {
      kind: 'computed' as const,
      onDay,
      precision: 'day' as const,
      label: formatFigureDay(onDay, 'day', language),
      headcount: count.headcount,
      fteHundredths: count.fteHundredths,
      fte: formatFte(count.fteHundredths, language),
      interns: count.interns,
      source: null,
    };
  });
  const recorded = figures.map((row) => ({ kind: 'recorded' as const, ...figureView(row, language) }));
  return {
    figures: [...recorded, ...computed].sort(
      (a, b) => a.onDay.localeCompare(b.onDay) || a.kind.localeCompare(b.kind),
    ),
  };
}

function requireFte(text: string, path: string): number {
  const fte = parseFte(text);
  if (fte === null)
    throw new AppError('staff_fte_invalid', { path }, { errors: [{ path, message: 'not_an_fte' }] });
  return fte;
}

export async function addStaffMember(
  context: ServiceContext,
  {
    actor,
    input,
    language = 'fr',
  }: { actor: SessionUser | null; input: StaffMemberInput; language?: Language },
): Promise<StaffMemberView> {
  const fteHundredths = requireFte(input.fte, 'body.fte');
  if (!(await findStaffFunctionRow(context.database.db, input.function)))
    throw invalidField('body.function', 'unknown_staff_function', { code: input.function });
  if (input.endOn !== null && input.endOn < input.startOn)
    throw new AppError('staff_ends_before_start', undefined, {
      errors: [{ path: 'body.endOn', message: 'before_start' }],
    });
  const id = newId();
  await context.database.db.transaction().execute(async (transaction) => {
    await insertStaffMember(transaction, { id, ...input, fteHundredths, now: nowIso() });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'staff.member_added',
      subjectType: 'staff_member',
      subjectId: id,
      details: { function: input.function, contract: input.contract, startOn: input.startOn },
    });
  });
  return (await staffMembers(context, language)).find((member) => member.id === id)!;
}

export async function recordStaffFigure(
  context: ServiceContext,
  {
    actor,
    input,
    language = 'fr',
  }: { actor: SessionUser | null; input: StaffFigureInput; language?: Language },
): Promise<StaffHistoryView> {
  const fteHundredths = parseTeamFte(input.fte);
  if (fteHundredths === null)
    throw new AppError(
      'team_fte_invalid',
      { path: 'body.fte' },
      { errors: [{ path: 'body.fte', message: 'not_an_fte' }] },
    );
  await context.database.db.transaction().execute(async (transaction) => {
    const id = newId();
    await saveStaffFigure(transaction, { id, ...input, fteHundredths, now: nowIso() });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'staff.figure_recorded',
      subjectType: 'staff_figure',
      subjectId: id,
      details: { onDay: input.onDay, fteHundredths, headcount: input.headcount },
    });
  });
  return staffHistory(context, language);
}

/** The association's staff functions in their order, each worded in the language asked, with its headcount. */
export async function listStaffFunctions(
  context: ServiceContext,
  language: Language = 'fr',
): Promise<StaffFunctionView[]> {
  const { db } = context.database;
  const [rows, members] = await Promise.all([listStaffFunctionRows(db), listStaffMembers(db)]);
  return rows.map((row) => ({
    code: row.code,
    version: row.version,
    labelFr: row.label_fr,
    labelEn: row.label_en,
    label: language === 'en' ? row.label_en : row.label_fr,
    position: Number(row.position),
    memberCount: members.filter((member) => member.function === row.code).length,
  }));
}

/** A new function at the end of the list; its code is its name in the data and cannot be taken twice. */
export async function addStaffFunction(
  context: ServiceContext,
  {
    actor,
    input,
    language = 'fr',
  }: { actor: SessionUser | null; input: StaffFunctionInput; language?: Language },
): Promise<StaffFunctionView[]> {
  await context.database.db.transaction().execute(async (transaction) => {
    if (await findStaffFunctionRow(transaction, input.code))
      throw new AppError(
        'staff_function_code_taken',
        { code: input.code },
        {
          errors: [{ path: 'body.code', message: 'staff_function_code_taken', params: { code: input.code } }],
        },
      );
    const id = newId();
    await saveStaffFunctionRow(transaction, { id, ...input, now: nowIso() });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'staff.function_added',
      subjectType: 'staff_function',
      subjectId: id,
      details: { ...input },
    });
  });
  return listStaffFunctions(context, language);
}

/** New labels for a function; the staff page, the API and the minutes word it so from then on. */
export async function renameStaffFunction(
  context: ServiceContext,
  {
    actor,
    code,
    labels,
    language = 'fr',
    expectedVersion,
  }: {
    actor: SessionUser | null;
    code: string;
    labels: StaffFunctionLabels;
    language?: Language;
    /** The version the labels were changed on (If-Match); a stale one is refused with the function as it now is. */
    expectedVersion?: number | undefined;
  },
): Promise<StaffFunctionView[]> {
  const write = () =>
    context.database.db.transaction().execute(async (transaction) => {
      const existing = await findStaffFunctionRow(transaction, code);
      if (!existing) throw new AppError('staff_function_not_found');
      checkVersion(existing, expectedVersion);
      const row = { id: existing.id, code, ...labels, now: nowIso() };
      if (!(await saveStaffFunctionRow(transaction, row, expectedVersion))) throw new StaleVersionError();
      await recordAuditEvent(transaction, {
        actorUserId: actor?.id ?? null,
        action: 'staff.function_renamed',
        subjectType: 'staff_function',
        subjectId: existing.id,
        details: {
          code,
          from: { labelFr: existing.label_fr, labelEn: existing.label_en },
          to: labels,
        },
      });
    });
  await refusingStale(write, async () =>
    (await listStaffFunctions(context, language)).find((entry) => entry.code === code)!,
  );
  return listStaffFunctions(context, language);
}

/** Removes a function nobody holds (409 naming how many hold it otherwise). */
export async function removeStaffFunction(
  context: ServiceContext,
  { actor, code, language = 'fr' }: { actor: SessionUser | null; code: string; language?: Language },
): Promise<StaffFunctionView[]> {
  await context.database.db.transaction().execute(async (transaction) => {
    const existing = await findStaffFunctionRow(transaction, code);
    if (!existing) throw new AppError('staff_function_not_found');
    const count = (await listStaffMembers(transaction)).filter((member) => member.function === code).length;
    if (count > 0) throw new AppError('staff_function_in_use', { count });
    await deleteStaffFunctionRow(transaction, code);
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'staff.function_removed',
      subjectType: 'staff_function',
      subjectId: existing.id,
      details: { code, labelFr: existing.label_fr, labelEn: existing.label_en },
    });
  });
  return listStaffFunctions(context, language);
}

/** Puts the functions in the order given: every function once, no other (the page and the minutes list them so). */
export async function reorderStaffFunctions(
  context: ServiceContext,
  {
    actor,
    codes,
    language = 'fr',
  }: { actor: SessionUser | null; codes: readonly string[]; language?: Language },
): Promise<StaffFunctionView[]> {
  await context.database.db.transaction().execute(async (transaction) => {
    const existing = (await listStaffFunctionRows(transaction)).map((row) => row.code);
    const isSameSet =
      codes.length === existing.length &&
      new Set(codes).size === codes.length &&
      codes.every((code) => existing.includes(code));
    if (!isSameSet) throw invalidField('body.codes', 'staff_function_order_incomplete');
    await setStaffFunctionPositions(transaction, codes, nowIso());
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'staff.functions_reordered',
      subjectType: 'staff_function',
      subjectId: null,
      details: { from: existing, to: codes },
    });
  });
  return listStaffFunctions(context, language);
}
