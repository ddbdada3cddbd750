import { formatMoney } from '../../../../common/format.ts';
import type {
  MembershipRateView,
  RateInput,
  RateKind,
  YearRates,
} from '../../../../common/membership-categories.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { AppError, invalidField } from '../../http/app-error.ts';
import { checkVersion, refusingStale, StaleVersionError } from '../../http/record-version.ts';
import type { Language } from '../../i18n/translate.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import {
  countMembershipsOfRate,
  deleteRateRow,
  findCategoryRow,
  findRateRow,
  insertRateRow,
  listCategoryRows,
  listRateRows,
  updateRateRow,
} from './categories.repository.ts';
import { listFeeGrid } from './memberships.repository.ts';

type Actor = SessionUser | null;
type RateRow = NonNullable<Awaited<ReturnType<typeof findRateRow>>>;

function presentRate(row: RateRow, language: Language): MembershipRateView {
  return {
    id: row.id,
    version: row.version,
    year: Number(row.year),
    category: row.category,
    kind: row.kind as MembershipRateView['kind'],
    amountCents: Number(row.amount_cents),
    conditionsFr: row.conditions_fr,
    conditionsEn: row.conditions_en,
    conditions: (language === 'en' ? (row.conditions_en ?? row.conditions_fr) : row.conditions_fr) ?? null,
  };
}

/** A year's rates, category by category in the association's order: the grid's full rate and the others. */
export async function yearRates(
  db: DbOrTransaction,
  year: number,
  language: Language = 'fr',
): Promise<YearRates> {
  const [categories, grid, rates] = await Promise.all([
    listCategoryRows(db),
    listFeeGrid(db, year),
    listRateRows(db, year),
  ]);
  return {
    year,
    categories: categories.map((category) => {
      const full = grid.find((entry) => entry.category === category.code);
      return {
        category: category.code,
        fullCents: full ? Number(full.amount_cents) : null,
        rates: rates
          .filter((rate) => rate.category === category.code)
          .map((rate) => presentRate(rate, language)),
      };
    }),
  };
}

/**
 * The rate a membership records and the amount it agrees, checked against its year and category:
 * the full rate (the grid's amount, followed if the grid changes), a reduced or free rate at its
 * amount, a "from X €" rate at what the member chose, not below X.
 */
export async function resolveMembershipRate(
  db: DbOrTransaction,
  {
    year,
    category,
    rateKind,
    rateId,
    amountCents,
  }: { year: number; category: string; rateKind?: RateKind; rateId?: string; amountCents?: number },
): Promise<{ rateKind: RateKind | null; rateId: string | null; amountCents: number | null }> {
  if (!rateId && (rateKind === undefined || rateKind === 'full'))
    return { rateKind: rateKind ?? null, rateId: null, amountCents: null };
  if (!rateId) throw invalidField('body.rateId', 'rate_required', { year });
  const rate = await findRateRow(db, rateId);
  if (!rate) throw invalidField('body.rateId', 'rate_not_found');
  if (rate.category !== category || Number(rate.year) !== year)
    throw invalidField('body.rateId', 'rate_of_another_category', { year });
  const minimum = Number(rate.amount_cents);
  if (rate.kind !== 'minimum') return { rateKind: rate.kind as RateKind, rateId, amountCents: minimum };
  const chosen = amountCents ?? minimum;
  if (chosen < minimum)
    throw invalidField('body.amountCents', 'amount_below_minimum', { minimum: formatMoney(minimum, 'fr') });
  return { rateKind: 'minimum', rateId, amountCents: chosen };
}

/** Adds a rate of a year to a category: reduced (who qualifies), free or honorary, or "from X €". */
export async function addRate(
  context: ServiceContext,
  {
    actor,
    year,
    input,
    language = 'fr',
  }: { actor: Actor; year: number; input: RateInput; language?: Language },
): Promise<YearRates> {
  await context.database.db.transaction().execute(async (transaction) => {
    if (!(await findCategoryRow(transaction, input.category)))
      throw invalidField('body.category', 'unknown_category', { code: input.category });
    const id = newId();
    const now = nowIso();
    await insertRateRow(transaction, {
      id,
      year,
      category: input.category,
      kind: input.kind,
      amount_cents: input.amountCents,
      conditions_fr: input.conditionsFr ?? null,
      conditions_en: input.conditionsEn ?? null,
      created_at: now,
      updated_at: now,
    });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'membership_rate.added',
      subjectType: 'membership_rate',
      subjectId: id,
      details: { year, ...input },
    });
  });
  return yearRates(context.database.db, year, language);
}

/** Changes a rate's amount or who qualifies (memberships that chose it keep the amount they agreed). */
export async function editRate(
  context: ServiceContext,
  {
    actor,
    rateId,
    input,
    language = 'fr',
    expectedVersion,
  }: {
    actor: Actor;
    rateId: string;
    input: RateInput;
    language?: Language;
    /** The version the change was made on (If-Match); a stale one is refused with the rate as it now is. */
    expectedVersion?: number | undefined;
  },
): Promise<YearRates> {
  const write = () =>
    context.database.db.transaction().execute(async (transaction) => {
      const existing = await findRateRow(transaction, rateId);
      if (!existing) throw new AppError('rate_not_found');
      if (existing.category !== input.category)
        throw invalidField('body.category', 'rate_of_another_category', { year: Number(existing.year) });
      checkVersion(existing, expectedVersion);
      const changes = {
        kind: input.kind,
        amount_cents: input.amountCents,
        conditions_fr: input.conditionsFr ?? null,
        conditions_en: input.conditionsEn ?? null,
        updated_at: nowIso(),
      };
      if (!(await updateRateRow(transaction, rateId, changes, expectedVersion)))
        throw new StaleVersionError();
      await recordAuditEvent(transaction, {
        actorUserId: actor?.id ?? null,
        action: 'membership_rate.edited',
        subjectType: 'membership_rate',
        subjectId: rateId,
        details: { from: presentRate(existing, 'fr'), to: input },
      });
      return Number(existing.year);
    });
  const year = await refusingStale(write, async () => {
    const row = await findRateRow(context.database.db, rateId);
    if (!row) throw new AppError('rate_not_found');
    return presentRate(row, language);
  });
  return yearRates(context.database.db, year, language);
}

/** Removes a rate no membership chose (409 otherwise). */
export async function removeRate(
  context: ServiceContext,
  { actor, rateId, language = 'fr' }: { actor: Actor; rateId: string; language?: Language },
): Promise<YearRates> {
  const year = await context.database.db.transaction().execute(async (transaction) => {
    const existing = await findRateRow(transaction, rateId);
    if (!existing) throw new AppError('rate_not_found');
    const count = await countMembershipsOfRate(transaction, rateId);
    if (count > 0) throw new AppError('rate_in_use', { count });
    await deleteRateRow(transaction, rateId);
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'membership_rate.removed',
      subjectType: 'membership_rate',
      subjectId: rateId,
      details: presentRate(existing, 'fr'),
    });
    return Number(existing.year);
  });
  return yearRates(context.database.db, year, language);
}
