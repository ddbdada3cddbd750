import { adoptingResolutions } from '../votes/resolutions.service.ts';
import type { z } from 'zod';
import type { RateKind } from '../../../../common/membership-categories.schemas.ts';
import { formatMoney } from '../../../../common/format.ts';
import {
  amountOwedCents,
  paymentMethodLabels,
  summarizeMemberships,
  type MembershipCategory,
  type MembershipStatus,
  type MembershipSummary,
  type PaymentMethod,
} from '../../../../common/memberships.ts';
import type {
  FeeGridView,
  MembershipDetail,
  MembershipHistoryYear,
  MembershipRow,
} from '../../../../common/memberships.schemas.ts';
import { formatDisplayName } from '../../../../common/names.ts';
import type {
  feeCallInputSchema,
  MembershipInput,
  PaymentInput,
} from '../../../../common/register.schemas.ts';
import type { ServiceContext } from '../../context.ts';
import type { DbOrTransaction } from '../../db/database.ts';
import { AppError, invalidField } from '../../http/app-error.ts';
import { checkVersion, refusingStale } from '../../http/record-version.ts';
import { newId, nowIso } from '../../ids.ts';
import type { SessionUser } from '../accounts/accounts.ts';
import { associationLogo, getAssociation } from '../association/association.service.ts';
import { recordAuditEvent } from '../audit/audit.service.ts';
import { presentMembershipBrief } from '../register/persons.presenter.ts';
import {
  countReceiptsOfYear,
  findFeeGridEntry,
  findMembership,
  findMembershipFigures,
  findMembershipOf,
  findPayment,
  insertFeeCall,
  insertFeeGridEntry,
  insertMembership,
  insertPayment,
  insertStatusChange,
  listMembershipBriefs,
  listMembershipYears,
  organisationExists,
  personExists,
  updateFeeGridAmount,
  listFeeCalls,
  listFeeGrid,
  listMembershipRows,
  listMembershipsWithHistory,
  listPayments,
  listStatusChanges,
  type MembershipFilter,
} from './memberships.repository.ts';
import { findCategoryRow, listCategoryRows } from './categories.repository.ts';
import { requireCategoryFor } from './categories.service.ts';
import { resolveMembershipRate } from './rates.service.ts';
import { renderReceiptPdf } from './receipt.pdf.ts';

type Actor = SessionUser | null;

export async function createMembership(
  context: ServiceContext,
  { actor, membership }: { actor: Actor; membership: MembershipInput },
): Promise<MembershipDetail> {
  const id = newId();
  await context.database.db.transaction().execute(async (transaction) => {
    const category = await requireCategoryFor(transaction, {
      code: membership.category,
      holder: membership.personId ? 'person' : 'organisation',
    });
    if (membership.personId) {
      if (!(await personExists(transaction, membership.personId)))
        throw invalidField('body.personId', 'unknown_person');
    } else if (!(await organisationExists(transaction, membership.organisationId!)))
      throw invalidField('body.organisationId', 'unknown_organisation');
    if (category.hasPartner && !membership.partnerOrganisationId) {
      throw invalidField('body.partnerOrganisationId', 'cross_membership_partner_required');
    }
    const rate = await resolveMembershipRate(transaction, {
      year: membership.year,
      category: membership.category,
      rateKind: membership.rateKind,
      rateId: membership.rateId,
      amountCents: membership.amountCents,
    });
    if (
      await findMembershipOf(transaction, {
        year: membership.year,
        personId: membership.personId,
        organisationId: membership.organisationId,
      })
    ) {
      const params = { year: membership.year };
      throw new AppError('membership_exists', params, {
        errors: [{ path: 'body.year', message: 'membership_exists', params }],
      });
    }
    const now = nowIso();
    await insertMembership(transaction, {
      id,
      year: membership.year,
      person_id: membership.personId ?? null,
      organisation_id: membership.organisationId ?? null,
      category: membership.category,
      partner_organisation_id: category.hasPartner ? membership.partnerOrganisationId! : null,
      notes: membership.notes ?? null,
      rate_kind: rate.rateKind,
      rate_id: rate.rateId,
      amount_cents: rate.amountCents,
      created_at: now,
      updated_at: now,
    });
    await insertStatusChange(transaction, {
      id: newId(),
      membership_id: id,
      status: membership.status,
      effective_on: membership.effectiveOn,
      recorded_at: now,
      recorded_by: actor?.id ?? null,
    });
    await recordAuditEvent(transaction, {
      actorUserId: actor?.id ?? null,
      action: 'membership.created',
      subjectType: 'membership',
      subjectId: id,
      details: { ...membership },
    });
  });
  return getMembership(context, id);
}

export async function changeMembershipStatus(
  context: ServiceContext,
  options: { actor: Actor; membershipId: string; status: MembershipStatus; effectiveOn: string },
): Promise<MembershipDetail> {
  await context.database.db.transaction().execute(async (transaction) => {
    if (!(await findMembership(transaction, options.membershipId)))
      throw new AppError('membership_not_found');
    await insertStatusChange(transaction, {
      id: newId(),
      membership_id: options.membershipId,
      status: options.status,
      effective_on: options.effectiveOn,
      recorded_at: nowIso(),
      recorded_by: options.actor?.id ?? null,
    });
    await recordAuditEvent(transaction, {
      actorUserId: options.actor?.id ?? null,
      action: 'membership.status_changed',
      subjectType: 'membership',
      subjectId: options.membershipId,
      details: { status: options.status, effectiveOn: options.effectiveOn },
    });
  });
  return getMembership(context, options.membershipId);
}

function presentRow(row: Awaited<ReturnType<typeof listMembershipRows>>[number]): MembershipRow {
  return {
    ...presentMembershipBrief(row),
    personId: row.person_id,
    organisationId: row.organisation_id,
    memberName:
      row.organisation_name ??
      formatDisplayName({ firstName: row.first_name ?? '', lastName: row.last_name ?? '' }),
    partnerName: row.partner_name,
  };
}

export async function listMemberships(
  context: ServiceContext,
  filter: MembershipFilter,
): Promise<MembershipRow[]> {
  const rows = (await listMembershipRows(context.database.db, filter)).map(presentRow);
  return filter.isUnpaid ? rows.filter((row) => row.owedCents > 0) : rows;
}

export async function getMembership(
  context: ServiceContext,
  membershipId: string,
): Promise<MembershipDetail> {
  const { db } = context.database;
  const membership = await findMembership(db, membershipId);
  if (!membership) throw new AppError('membership_not_found');
  const [row] = (await listMembershipRows(db, { year: membership.year })).filter(
    (entry) => entry.id === membershipId,
  );
  return {
    ...presentRow(row!),
    notes: membership.notes,
    rateKind: (membership.rate_kind ?? null) as RateKind | null,
    rateId: membership.rate_id ?? null,
    amountCents: membership.amount_cents === null ? null : Number(membership.amount_cents),
    statusHistory: (await listStatusChanges(db, membershipId)).map((change) => ({
      status: change.status as MembershipStatus,
      effectiveOn: change.effective_on,
      recordedAt: change.recorded_at,
    })),
    feeCalls: (await listFeeCalls(db, membershipId)).map((call) => ({
      id: call.id,
      amountCents: Number(call.amount_cents),
      calledOn: call.called_on,
      dueOn: call.due_on,
    })),
    payments: (await listPayments(db, membershipId)).map((payment) => ({
      id: payment.id,
      amountCents: Number(payment.amount_cents),
      paidOn: payment.paid_on,
      method: payment.method as PaymentMethod,
      reference: payment.reference,
      receiptNumber: payment.receipt_number,
    })),
  };
}

export async function getFeeGrid(context: ServiceContext, year: number): Promise<FeeGridView> {
  const [rows, categories] = await Promise.all([
    listFeeGrid(context.database.db, year),
    listCategoryRows(context.database.db),
  ]);
  const resolutions = await adoptingResolutions(
    context,
    rows.flatMap((row) => (row.adopted_by_resolution_id ? [row.adopted_by_resolution_id] : [])),
  );
  return {
    year,
    entries: categories.map(({ code: category }) => {
      const row = rows.find((entry) => entry.category === category);
      return {
        category,
        amountCents: row ? Number(row.amount_cents) : null,
        adoptedByResolutionId: row?.adopted_by_resolution_id ?? null,
        adoptedByResolution: row?.adopted_by_resolution_id
          ? (resolutions.get(row.adopted_by_resolution_id) ?? null)
          : null,
      };
    }),
  };
}

export async function setFeeGrid(
  context: ServiceContext,
  options: { actor: Actor; year: number; entries: { category: MembershipCategory; amountCents: number }[] },
): Promise<FeeGridView> {
  const categories = options.entries.map((entry) => entry.category);
  if (new Set(categories).size !== categories.length) {
    throw invalidField('body.entries', 'duplicate_category');
  }
  await context.database.db.transaction().execute(async (transaction) => {
    const now = nowIso();
    for (const [index, entry] of options.entries.entries()) {
      if (!(await findCategoryRow(transaction, entry.category)))
        throw invalidField(`body.entries.${index}.category`, 'unknown_category', { code: entry.category });
    }
    for (const entry of options.entries) {
      const existing = await findFeeGridEntry(transaction, options.year, entry.category);
      if (existing) await updateFeeGridAmount(transaction, existing.id, entry.amountCents, now);
      else
        await insertFeeGridEntry(transaction, {
          id: newId(),
          year: options.year,
          category: entry.category,
          amount_cents: entry.amountCents,
          adopted_by_resolution_id: null,
          created_at: now,
          updated_at: now,
        });
    }
    await recordAuditEvent(transaction, {
      actorUserId: options.actor?.id ?? null,
      action: 'fee_grid.updated',
      subjectType: 'fee_grid',
      subjectId: String(options.year),
      details: { entries: options.entries },
    });
  });
  return getFeeGrid(context, options.year);
}

export async function callFee(
  context: ServiceContext,
  options: { actor: Actor; membershipId: string; call: z.infer<typeof feeCallInputSchema> },
): Promise<MembershipDetail> {
  await context.database.db.transaction().execute(async (transaction) => {
    const membership = await findMembership(transaction, options.membershipId);
    if (!membership) throw new AppError('membership_not_found');
    const grid = await listFeeGrid(transaction, membership.year);
    const amount =
      options.call.amountCents ??
      (membership.amount_cents === null ? null : Number(membership.amount_cents)) ??
      Number(grid.find((entry) => entry.category === membership.category)?.amount_cents ?? NaN);
    if (Number.isNaN(amount)) {
      throw invalidField('body.amountCents', 'fee_amount_required', { year: membership.year });
    }
    await insertFeeCall(transaction, {
      id: newId(),
      membership_id: membership.id,
      amount_cents: amount,
      called_on: options.call.calledOn,
      due_on: options.call.dueOn ?? null,
      created_at: nowIso(),
    });
    await recordAuditEvent(transaction, {
      actorUserId: options.actor?.id ?? null,
      action: 'fee.called',
      subjectType: 'membership',
      subjectId: membership.id,
      details: { amountCents: amount, calledOn: options.call.calledOn },
    });
  });
  return getMembership(context, options.membershipId);
}

export async function recordPayment(
  context: ServiceContext,
  options: {
    actor: Actor;
    membershipId: string;
    payment: PaymentInput;
    /** The membership's version the payment was typed on (If-Match); a stale one is refused. */
    expectedVersion?: number | undefined;
  },
): Promise<MembershipDetail> {
  const id = newId();
  const write = () =>
    context.database.db.transaction().execute(async (transaction) => {
      const membership = await findMembershipFigures(transaction, options.membershipId, {
        isLocked: context.database.engine === 'postgres',
      });
      if (!membership) throw new AppError('membership_not_found');
      checkVersion({ version: Number(membership.version) }, options.expectedVersion);
      // A fee is paid up to what is owed, never beyond: money over it is a gift or a slip, and the
      // receipt of a fee must not say more than the fee.
      const owed = amountOwedCents({
        calledCents: membership.called_cents === null ? null : Number(membership.called_cents),
        feeCents: Number(membership.grid_cents),
        paidCents: Number(membership.paid_cents),
      });
      if (options.payment.amountCents > owed)
        throw invalidField('body.amountCents', owed === 0 ? 'payment_nothing_owed' : 'payment_above_owed', {
          owed: formatMoney(owed, 'fr'),
        });
      const year = options.payment.paidOn.slice(0, 4);
      const count = await countReceiptsOfYear(transaction, year);
      const receiptNumber = `R${year}-${String(count + 1).padStart(5, '0')}`;
      await insertPayment(transaction, {
        id,
        membership_id: membership.id,
        amount_cents: options.payment.amountCents,
        paid_on: options.payment.paidOn,
        method: options.payment.method,
        reference: options.payment.reference ?? null,
        receipt_number: receiptNumber,
        created_at: nowIso(),
      });
      await recordAuditEvent(transaction, {
        actorUserId: options.actor?.id ?? null,
        action: 'payment.recorded',
        subjectType: 'membership',
        subjectId: membership.id,
        details: { paymentId: id, receiptNumber, ...options.payment },
      });
    });
  await refusingStale(write, () => getMembership(context, options.membershipId));
  return getMembership(context, options.membershipId);
}

export async function paymentReceipt(context: ServiceContext, paymentId: string) {
  const { db } = context.database;
  const payment = await findPayment(db, paymentId);
  if (!payment) throw new AppError('payment_not_found');
  const membership = await getMembership(context, payment.membership_id);
  const association = await getAssociation(context);
  const pdf = await renderReceiptPdf({
    associationName: association.name,
    logo: await associationLogo(context),
    receiptNumber: payment.receipt_number,
    memberName: membership.memberName,
    year: membership.year,
    categoryLabel: (await findCategoryRow(db, membership.category))?.label_fr ?? membership.category,
    amountCents: Number(payment.amount_cents),
    paidOn: payment.paid_on,
    methodLabel: paymentMethodLabels.fr[payment.method as PaymentMethod] ?? payment.method,
    reference: payment.reference,
    issuedOn: payment.created_at,
  });
  return { pdf, fileName: `recu-${payment.receipt_number}.pdf`, membership };
}

/** Counts per category and status as they stood on `at`, and the income the validated ones bring. */
export async function membershipSummary(
  context: ServiceContext,
  { year, at }: { year: number; at: string },
): Promise<MembershipSummary> {
  const { db } = context.database;
  const { memberships, changes } = await listMembershipsWithHistory(db, year);
  const byMembership = new Map<
    string,
    { status: MembershipStatus; effectiveOn: string; recordedAt: string }[]
  >();
  for (const change of changes) {
    const list = byMembership.get(change.membership_id) ?? [];
    list.push({
      status: change.status as MembershipStatus,
      effectiveOn: change.effective_on,
      recordedAt: change.recorded_at,
    });
    byMembership.set(change.membership_id, list);
  }
  const grid = await listFeeGrid(db, year);
  const fees = Object.fromEntries(grid.map((entry) => [entry.category, Number(entry.amount_cents)]));
  const categories = (await listCategoryRows(db)).map((category) => category.code);
  return summarizeMemberships(
    year,
    at,
    categories,
    memberships.map((membership) => ({
      category: membership.category,
      changes: byMembership.get(membership.id) ?? [],
      amountCents: membership.amount_cents === null ? null : Number(membership.amount_cents),
    })),
    fees,
  );
}

/** Validated memberships per category at the end of each year (or today for this year), for the chart. */
export async function membershipHistory(context: ServiceContext): Promise<MembershipHistoryYear[]> {
  const years = await listMembershipYears(context.database.db, 'asc');
  const today = new Date().toISOString().slice(0, 10);
  const series: MembershipHistoryYear[] = [];
  for (const year of years) {
    const at = `${year}-12-31` < today ? `${year}-12-31` : today;
    const summary = await membershipSummary(context, { year: Number(year), at });
    const validated = Object.fromEntries(
      summary.counts
        .filter((count) => count.status === 'validated')
        .map((count) => [count.category, count.count]),
    );
    series.push({ year: Number(year), at, validated });
  }
  return series;
}

/** The years that have memberships, newest first. */
export async function listYears(context: ServiceContext): Promise<number[]> {
  return listMembershipYears(context.database.db, 'desc');
}

/**
 * Memberships with their current status and money, for persons or organisations: what the register
 * shows beside a person (read inside the caller's transaction when it has one).
 */
export async function listMembershipBriefsOf(
  db: DbOrTransaction,
  owner: { personIds?: string[]; organisationIds?: string[] },
  year?: number,
) {
  return listMembershipBriefs(db, owner, year);
}
