import { z } from 'zod';

/** A category's kind: who holds its memberships. */
export const categoryKinds = ['person', 'organisation'] as const;

/** A category's code: its name in the data, stable once given ("member", "legal_entity"). */
export const categoryCodePattern = /^[a-z][a-z0-9_]{0,39}$/;
export const categoryCodeSchema = z.string().regex(categoryCodePattern, { error: 'invalid_category_code' });

/** A category as the association words it, in the language asked and in both. */
export const membershipCategorySchema = z.object({
  code: z.string(),
  /** Raised by every change; sent back in If-Match, a stale one is refused (409 `stale_version`). */
  version: z.number().int(),
  kind: z.enum(categoryKinds),
  labelFr: z.string(),
  pluralFr: z.string(),
  labelEn: z.string(),
  pluralEn: z.string(),
  /** How the minutes count its members ("adhésions individuelles"); null: its plural, in lower case. */
  countedAsFr: z.string().nullable(),
  countedAsEn: z.string().nullable(),
  label: z.string(),
  plural: z.string(),
  isVoting: z.boolean(),
  voteWeight: z.number().int(),
  /** A membership of it names a partner organisation (a cross-membership with another association). */
  hasPartner: z.boolean(),
  position: z.number().int(),
  isArchived: z.boolean(),
  membershipCount: z.number().int(),
});
export type MembershipCategoryView = z.infer<typeof membershipCategorySchema>;

export const membershipCategoryListSchema = z.object({ categories: z.array(membershipCategorySchema) });
export type MembershipCategoryList = z.infer<typeof membershipCategoryListSchema>;

const word = z.string().trim().min(1).max(120);
const optionalWord = z
  .string()
  .trim()
  .max(120)
  .nullable()
  .optional()
  .transform((value) => value || null);

export const categoryInputSchema = z.object({
  code: categoryCodeSchema,
  kind: z.enum(categoryKinds),
  labelFr: word,
  pluralFr: word,
  labelEn: word,
  pluralEn: word,
  countedAsFr: optionalWord,
  countedAsEn: optionalWord,
  isVoting: z.boolean(),
  voteWeight: z.number().int().min(1).max(1000),
  hasPartner: z.boolean().optional().default(false),
});
export type CategoryInput = z.infer<typeof categoryInputSchema>;

/**
 * What the category page edits: its words and vote, and its code and kind while no membership uses
 * it (left out, they stay as they are).
 */
export const categoryEditSchema = categoryInputSchema.extend({
  code: categoryCodeSchema.optional(),
  kind: z.enum(categoryKinds).optional(),
});
export type CategoryEditInput = z.infer<typeof categoryEditSchema>;

/** Every category's code, in the new order. */
export const categoryOrderSchema = z.object({ codes: z.array(z.string().max(40)).min(1).max(200) });

/** The rates of a year beside the fee grid's full rate. */
export const rateKinds = ['full', 'reduced', 'free', 'minimum'] as const;
export type RateKind = (typeof rateKinds)[number];
/** The rates kept in membership_rates; the full rate is the fee grid's. */
export const extraRateKinds = ['reduced', 'free', 'minimum'] as const;

export const membershipRateSchema = z.object({
  id: z.string(),
  /** Raised by every change; sent back in If-Match, a stale one is refused (409 `stale_version`). */
  version: z.number().int(),
  year: z.number().int(),
  category: z.string(),
  kind: z.enum(extraRateKinds),
  amountCents: z.number().int(),
  /** Who qualifies ("étudiants, demandeurs d’emploi"). */
  conditionsFr: z.string().nullable(),
  conditionsEn: z.string().nullable(),
  conditions: z.string().nullable(),
});
export type MembershipRateView = z.infer<typeof membershipRateSchema>;

/** A year's rates per category: the full rate (the fee grid's, null when not set) and the others. */
export const yearRatesSchema = z.object({
  year: z.number().int(),
  categories: z.array(
    z.object({
      category: z.string(),
      fullCents: z.number().int().nullable(),
      rates: z.array(membershipRateSchema),
    }),
  ),
});
export type YearRates = z.infer<typeof yearRatesSchema>;

const conditions = z
  .string()
  .trim()
  .max(300)
  .nullable()
  .optional()
  .transform((value) => value || null);

export const rateInputSchema = z
  .object({
    category: categoryCodeSchema,
    kind: z.enum(extraRateKinds),
    amountCents: z.number().int().min(0).max(100_000_000),
    conditionsFr: conditions,
    conditionsEn: conditions,
  })
  .refine((input) => input.kind !== 'free' || input.amountCents === 0, {
    error: 'free_rate_is_zero',
    path: ['amountCents'],
  })
  .refine((input) => input.kind !== 'reduced' || Boolean(input.conditionsFr), {
    error: 'reduced_rate_conditions_required',
    path: ['conditionsFr'],
  });
export type RateInput = z.infer<typeof rateInputSchema>;
