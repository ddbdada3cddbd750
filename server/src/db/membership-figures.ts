import { sql } from 'kysely';

/*
 * SQL fragments over a membership aliased `m`: the memberships' lists and the register's search
 * (status, unpaid) both read them, so they live with the database layer rather than in either domain.
 */

/** The status a membership has now: its latest change. */
export const currentStatus = sql<
  string | null
>`(select c.status from membership_status_changes c where c.membership_id = m.id order by c.effective_on desc, c.recorded_at desc limit 1)`;
export const paidCents = sql<number>`coalesce((select sum(p.amount_cents) from payments p where p.membership_id = m.id), 0)`;
export const calledCents = sql<
  number | null
>`(select f.amount_cents from fee_calls f where f.membership_id = m.id order by f.called_on desc, f.created_at desc limit 1)`;
/** What the membership is due: the amount its rate agreed, else the year's fee grid for its category. */
export const gridCents = sql<number>`coalesce(m.amount_cents, (select g.amount_cents from fee_grid_entries g where g.year = m.year and g.category = m.category), 0)`;
/** The day of the latest fee call, null before any. */
export const calledOn = sql<
  string | null
>`(select f.called_on from fee_calls f where f.membership_id = m.id order by f.called_on desc, f.created_at desc limit 1)`;
/** The day of the latest payment, null before any. */
export const lastPaidOn = sql<
  string | null
>`(select max(p.paid_on) from payments p where p.membership_id = m.id)`;
export const paymentCount = sql<number>`(select count(*) from payments p where p.membership_id = m.id)`;
/**
 * A membership's version: how many facts were recorded on it (statuses, fee calls, payments). They
 * are only ever added, so the count rises with each write and names the state a write was made on.
 */
export const membershipVersion = sql<number>`((select count(*) from membership_status_changes c where c.membership_id = m.id) + (select count(*) from fee_calls f where f.membership_id = m.id) + (select count(*) from payments p where p.membership_id = m.id))`;
