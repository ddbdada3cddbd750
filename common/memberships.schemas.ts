import { z } from 'zod';
import { rateKinds } from './membership-categories.schemas.ts';
import { membershipStatuses, paymentMethods } from './memberships.ts';
import { membershipBriefSchema } from './register.schemas.ts';

/** What the memberships routes answer (their inputs are in register.schemas.ts). */

/** A membership in a list: its money as of today and whom it belongs to. */
export const membershipRowSchema = membershipBriefSchema.extend({
  personId: z.string().nullable(),
  organisationId: z.string().nullable(),
  memberName: z.string(),
  partnerName: z.string().nullable(),
});
export type MembershipRow = z.infer<typeof membershipRowSchema>;

export const membershipListSchema = z.object({ memberships: z.array(membershipRowSchema) });
export type MembershipList = z.infer<typeof membershipListSchema>;

/** A membership with its dated statuses, fee calls and payments (each with its receipt number). */
export const membershipDetailSchema = membershipRowSchema.extend({
  notes: z.string().nullable(),
  /** The rate that applied (null: none chosen, the full rate of the grid) and the amount agreed. */
  rateKind: z.enum(rateKinds).nullable(),
  rateId: z.string().nullable(),
  amountCents: z.number().int().nullable(),
  statusHistory: z.array(
    z.object({ status: z.enum(membershipStatuses), effectiveOn: z.string(), recordedAt: z.string() }),
  ),
  feeCalls: z.array(
    z.object({
      id: z.string(),
      amountCents: z.number().int(),
      calledOn: z.string(),
      dueOn: z.string().nullable(),
    }),
  ),
  payments: z.array(
    z.object({
      id: z.string(),
      amountCents: z.number().int(),
      paidOn: z.string(),
      method: z.enum(paymentMethods),
      reference: z.string().nullable(),
      receiptNumber: z.string(),
    }),
  ),
});
export type MembershipDetail = z.infer<typeof membershipDetailSchema>;

/** A year's fee per category (null when not set), with the resolution that adopted it. */
export const feeGridViewSchema = z.object({
  year: z.number().int(),
  entries: z.array(
    z.object({
      category: z.string(),
      amountCents: z.number().int().nullable(),
      adoptedByResolutionId: z.string().nullable(),
      adoptedByResolution: z
        .object({
          id: z.string(),
          title: z.string(),
          position: z.number().int(),
          assemblySlug: z.string(),
          assemblyTitle: z.string(),
          heldOn: z.string(),
        })
        .nullable(),
    }),
  ),
});
export type FeeGridView = z.infer<typeof feeGridViewSchema>;

/** A figure per category code, the association's categories in their order. */
const perCategory = z.record(z.string(), z.number().int());

/** Counts per category and status at a date, and the fee income the validated ones bring. */
export const membershipSummarySchema = z.object({
  year: z.number().int(),
  at: z.string(),
  counts: z.array(
    z.object({
      category: z.string(),
      status: z.enum(membershipStatuses),
      count: z.number().int(),
    }),
  ),
  expected_income_cents: perCategory,
});

export const membershipYearsSchema = z.object({ years: z.array(z.number().int()) });
export type MembershipYears = z.infer<typeof membershipYearsSchema>;

/** Validated memberships per category at the end of each year (today for the current one). */
export const membershipHistorySchema = z.object({
  years: z.array(z.object({ year: z.number().int(), at: z.string(), validated: perCategory })),
});
export type MembershipHistory = z.infer<typeof membershipHistorySchema>;
export type MembershipHistoryYear = MembershipHistory['years'][number];
