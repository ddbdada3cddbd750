import type { Insertable } from 'kysely';
import type { DbOrTransaction } from '../../db/database.ts';
import type {
  FeeCallsTable,
  FeeGridEntriesTable,
  MembershipsTable,
  MembershipStatusChangesTable,
  PaymentsTable,
} from '../../db/tables.ts';

import {
  calledCents,
  calledOn,
  currentStatus,
  gridCents,
  lastPaidOn,
  membershipVersion,
  paidCents,
  paymentCount,
} from '../../db/membership-figures.ts';

export async function insertMembership(
  db: DbOrTransaction,
  row: Insertable<MembershipsTable>,
): Promise<void> {
  await db.insertInto('memberships').values(row).execute();
}

export async function insertStatusChange(db: DbOrTransaction, row: Insertable<MembershipStatusChangesTable>) {
  await db.insertInto('membership_status_changes').values(row).execute();
}

export async function findMembership(db: DbOrTransaction, id: string) {
  return db.selectFrom('memberships').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * A membership's money and version, read to record a payment on it: locked until the transaction
 * ends on PostgreSQL (SQLite writes one at a time), so two payments cannot both take what is owed.
 */
export async function findMembershipFigures(
  db: DbOrTransaction,
  id: string,
  { isLocked }: { isLocked: boolean },
) {
  // Locked first, read after: a statement that waited for the lock would still see the sums of
  // before (its snapshot is taken when it starts), the next one sees the payment that was waited for.
  if (isLocked) await db.selectFrom('memberships').select('id').where('id', '=', id).forUpdate().execute();
  return db
    .selectFrom('memberships as m')
    .select([
      'm.id',
      'm.year',
      paidCents.as('paid_cents'),
      calledCents.as('called_cents'),
      gridCents.as('grid_cents'),
      membershipVersion.as('version'),
    ])
    .where('m.id', '=', id)
    .executeTakeFirst();
}

export async function findMembershipOf(
  db: DbOrTransaction,
  {
    year,
    personId,
    organisationId,
  }: { year: number; personId?: string | null; organisationId?: string | null },
) {
  let query = db.selectFrom('memberships').selectAll().where('year', '=', year);
  query = personId
    ? query.where('person_id', '=', personId)
    : query.where('organisation_id', '=', organisationId ?? '');
  return query.executeTakeFirst();
}

export interface MembershipFilter {
  year?: number | undefined;
  category?: string | undefined;
  status?: string | undefined;
  isUnpaid?: boolean | undefined;
  personId?: string | undefined;
  organisationId?: string | undefined;
}

/** Memberships with their member's name, current status and money, for the memberships page. */
export async function listMembershipRows(db: DbOrTransaction, filter: MembershipFilter) {
  return db
    .selectFrom('memberships as m')
    .leftJoin('persons', 'persons.id', 'm.person_id')
    .leftJoin('organisations', 'organisations.id', 'm.organisation_id')
    .leftJoin('organisations as partner', 'partner.id', 'm.partner_organisation_id')
    .select([
      'm.id',
      'm.year',
      'm.category',
      'm.person_id',
      'm.organisation_id',
      'persons.first_name',
      'persons.last_name',
      'organisations.name as organisation_name',
      'partner.name as partner_name',
      currentStatus.as('status'),
      paidCents.as('paid_cents'),
      calledCents.as('called_cents'),
      gridCents.as('grid_cents'),
      calledOn.as('called_on'),
      lastPaidOn.as('last_paid_on'),
      paymentCount.as('payment_count'),
      membershipVersion.as('version'),
    ])
    .$if(filter.year !== undefined, (query) => query.where('m.year', '=', filter.year!))
    .$if(Boolean(filter.category), (query) => query.where('m.category', '=', filter.category!))
    .$if(Boolean(filter.personId), (query) => query.where('m.person_id', '=', filter.personId!))
    .$if(Boolean(filter.organisationId), (query) =>
      query.where('m.organisation_id', '=', filter.organisationId!),
    )
    .$if(Boolean(filter.status), (query) => query.where(currentStatus, '=', filter.status!))
    .orderBy('m.year', 'desc')
    .orderBy('organisations.name')
    .orderBy('persons.last_name')
    .execute();
}

/** Every membership of a year with its full status history, for the summary at a date. */
export async function listMembershipsWithHistory(db: DbOrTransaction, year: number) {
  const memberships = await db
    .selectFrom('memberships')
    .select(['id', 'category', 'amount_cents'])
    .where('year', '=', year)
    .execute();
  const changes = await db
    .selectFrom('membership_status_changes')
    .innerJoin('memberships', 'memberships.id', 'membership_status_changes.membership_id')
    .select(['membership_status_changes.membership_id', 'status', 'effective_on', 'recorded_at'])
    .where('memberships.year', '=', year)
    .execute();
  return { memberships, changes };
}

export async function listStatusChanges(db: DbOrTransaction, membershipId: string) {
  return db
    .selectFrom('membership_status_changes')
    .selectAll()
    .where('membership_id', '=', membershipId)
    .orderBy('effective_on')
    .orderBy('recorded_at')
    .execute();
}

export async function listFeeGrid(db: DbOrTransaction, year: number) {
  return db.selectFrom('fee_grid_entries').selectAll().where('year', '=', year).orderBy('category').execute();
}

export async function listPayments(db: DbOrTransaction, membershipId: string) {
  return db
    .selectFrom('payments')
    .selectAll()
    .where('membership_id', '=', membershipId)
    .orderBy('paid_on')
    .execute();
}

export async function listFeeCalls(db: DbOrTransaction, membershipId: string) {
  return db
    .selectFrom('fee_calls')
    .selectAll()
    .where('membership_id', '=', membershipId)
    .orderBy('called_on')
    .execute();
}

/** Memberships with their current status and money, for persons or organisations. */
export async function listMembershipBriefs(
  db: DbOrTransaction,
  owner: { personIds?: string[]; organisationIds?: string[] },
  year?: number,
) {
  const personIds = owner.personIds ?? [];
  const organisationIds = owner.organisationIds ?? [];
  if (personIds.length === 0 && organisationIds.length === 0) return [];
  return db
    .selectFrom('memberships as m')
    .select([
      'm.id',
      'm.year',
      'm.category',
      'm.person_id',
      'm.organisation_id',
      currentStatus.as('status'),
      paidCents.as('paid_cents'),
      calledCents.as('called_cents'),
      gridCents.as('grid_cents'),
      calledOn.as('called_on'),
      lastPaidOn.as('last_paid_on'),
      paymentCount.as('payment_count'),
      membershipVersion.as('version'),
    ])
    .where((eb) =>
      eb.or([
        ...(personIds.length ? [eb('m.person_id', 'in', personIds)] : []),
        ...(organisationIds.length ? [eb('m.organisation_id', 'in', organisationIds)] : []),
      ]),
    )
    .$if(year !== undefined, (query) => query.where('m.year', '=', year!))
    .orderBy('m.year', 'desc')
    .execute();
}

export async function personExists(db: DbOrTransaction, personId: string): Promise<boolean> {
  return Boolean(await db.selectFrom('persons').select('id').where('id', '=', personId).executeTakeFirst());
}

export async function organisationExists(db: DbOrTransaction, organisationId: string): Promise<boolean> {
  return Boolean(
    await db.selectFrom('organisations').select('id').where('id', '=', organisationId).executeTakeFirst(),
  );
}

export async function findFeeGridEntry(db: DbOrTransaction, year: number, category: string) {
  return db
    .selectFrom('fee_grid_entries')
    .select('id')
    .where('year', '=', year)
    .where('category', '=', category)
    .executeTakeFirst();
}

export async function updateFeeGridAmount(db: DbOrTransaction, id: string, amountCents: number, now: string) {
  await db
    .updateTable('fee_grid_entries')
    .set({ amount_cents: amountCents, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function insertFeeGridEntry(db: DbOrTransaction, row: Insertable<FeeGridEntriesTable>) {
  await db.insertInto('fee_grid_entries').values(row).execute();
}

export async function insertFeeCall(db: DbOrTransaction, row: Insertable<FeeCallsTable>) {
  await db.insertInto('fee_calls').values(row).execute();
}

/** How many receipts were numbered in a year (R2017-00001…). */
export async function countReceiptsOfYear(db: DbOrTransaction, year: string): Promise<number> {
  const row = await db
    .selectFrom('payments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('receipt_number', 'like', `R${year}-%`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertPayment(db: DbOrTransaction, row: Insertable<PaymentsTable>) {
  await db.insertInto('payments').values(row).execute();
}

export async function findPayment(db: DbOrTransaction, paymentId: string) {
  return db.selectFrom('payments').selectAll().where('id', '=', paymentId).executeTakeFirst();
}

/** The years that have memberships, in the order asked. */
export async function listMembershipYears(db: DbOrTransaction, order: 'asc' | 'desc'): Promise<number[]> {
  const rows = await db.selectFrom('memberships').select('year').distinct().orderBy('year', order).execute();
  return rows.map((row) => Number(row.year));
}
