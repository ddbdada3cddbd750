import { z } from 'zod';
import { nameSchema } from './text.ts';
import { emailSchema } from './auth.schemas.ts';
import { categoryCodeSchema, rateKinds } from './membership-categories.schemas.ts';
import { customFieldValuesSchema } from './register-fields.schemas.ts';
import { membershipStatuses, paymentMethods } from './memberships.ts';
import { organisationKinds } from './organisations.ts';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

export const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalid_date' })
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
      new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    { error: 'invalid_date' },
  );
export const yearSchema = z.coerce.number().int().min(1901).max(2200);

/** Euros as typed ("5000", "5 000,50", "40.5") or cents: always stored as integer cents. */
export const centsSchema = z
  .number()
  .int({ error: 'amount_not_whole_cents' })
  .min(0, { error: 'amount_negative' })
  .max(1e13);

export const personInputSchema = z.object({
  civility: optionalText(20),
  firstName: nameSchema(100),
  lastName: nameSchema(100),
  /** The name the person goes by (usual name, pseudonym), beside the civil names. */
  usualName: optionalText(100),
  email: z
    .union([emailSchema, z.literal('').transform(() => null)])
    .nullable()
    .optional(),
  phone: optionalText(40),
  addressLine: optionalText(200),
  postalCode: optionalText(20),
  city: optionalText(100),
  country: optionalText(100),
  notes: optionalText(2000),
  hasEmailConsent: z.boolean().optional(),
  /** Values of the register's own fields, by code; left out: kept as they are. */
  customFields: customFieldValuesSchema.optional(),
});
export type PersonInput = z.infer<typeof personInputSchema>;

/** What members change on their own record: not the staff's notes nor the register's own fields. */
export const ownPersonInputSchema = personInputSchema.omit({ notes: true, customFields: true });

export const affiliationViewSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  title: z.string().nullable(),
  isStaff: z.boolean(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
});

export const membershipBriefSchema = z.object({
  id: z.string(),
  year: z.number().int(),
  category: z.string(),
  status: z.enum(membershipStatuses).nullable(),
  feeCents: z.number().int(),
  paidCents: z.number().int(),
  owedCents: z.number().int(),
  /** The day of the latest fee call and of the latest payment (null before any), and how many payments. */
  calledOn: z.string().nullable(),
  lastPaidOn: z.string().nullable(),
  paymentCount: z.number().int(),
  /** How many facts were recorded on it; a payment names it in If-Match, a stale one is refused (409). */
  version: z.number().int(),
});

export const personListItemSchema = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  displayName: z.string(),
  administrativeName: z.string(),
  usualName: z.string().nullable(),
  email: z.string().nullable(),
  organisations: z.array(z.string()),
  membership: membershipBriefSchema.nullable(),
});
export type PersonListItem = z.infer<typeof personListItemSchema>;

export const personViewSchema = personListItemSchema.extend({
  civility: z.string().nullable(),
  phone: z.string().nullable(),
  addressLine: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  notes: z.string().nullable(),
  emailConsentAt: z.string().nullable(),
  erasedAt: z.string().nullable(),
  /** The register's own fields that have a value for this person, by code. */
  customFields: z.record(z.string(), z.string()),
  affiliations: z.array(affiliationViewSchema),
  memberships: z.array(membershipBriefSchema),
  /** Raised by every change; sent back in If-Match, a stale one is refused (409 `stale_version`). */
  version: z.number().int(),
});
export type PersonView = z.infer<typeof personViewSchema>;

/** A page of the register's search, and how many persons match in all. */
export const personSearchResultSchema = z.object({
  persons: z.array(personListItemSchema),
  total: z.number().int(),
});
export type PersonSearchResult = z.infer<typeof personSearchResultSchema>;

/**
 * Everything Quorum holds about a person (RGPD right of access), downloaded as a JSON file: the
 * record, the statuses and payments of their memberships, and what the audit log says about them
 * (`details` as recorded: a JSON text).
 */
export const personDataExportSchema = z.object({
  exportedAt: z.string(),
  person: personViewSchema,
  statusChanges: z.array(
    z.object({
      id: z.string(),
      membershipId: z.string(),
      status: z.enum(membershipStatuses),
      effectiveOn: z.string(),
      recordedAt: z.string(),
      recordedBy: z.string().nullable(),
    }),
  ),
  payments: z.array(
    z.object({
      id: z.string(),
      membershipId: z.string(),
      amountCents: z.number().int(),
      paidOn: z.string(),
      method: z.enum(paymentMethods),
      reference: z.string().nullable(),
      receiptNumber: z.string(),
      createdAt: z.string(),
    }),
  ),
  history: z.array(z.object({ occurredAt: z.string(), action: z.string(), details: z.string() })),
});
export type PersonDataExport = z.infer<typeof personDataExportSchema>;

export const registerQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  year: yearSchema.optional(),
  category: categoryCodeSchema.optional(),
  status: z.enum(membershipStatuses).optional(),
  unpaid: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type RegisterQuery = z.infer<typeof registerQuerySchema>;

export const organisationInputSchema = z.object({
  name: nameSchema(200),
  kind: z.enum(organisationKinds),
  aliases: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
  email: z
    .union([emailSchema, z.literal('').transform(() => null)])
    .nullable()
    .optional(),
  notes: optionalText(2000),
  /** The register's own fields for organisations, by code; a field left out keeps its value. */
  customFields: customFieldValuesSchema.optional(),
});
export type OrganisationInput = z.infer<typeof organisationInputSchema>;

export const organisationViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(organisationKinds),
  aliases: z.array(z.string()),
  email: z.string().nullable(),
  notes: z.string().nullable(),
  customFields: z.record(z.string(), z.string()),
  /** Raised by every change; sent back in If-Match, a stale one is refused (409 `stale_version`). */
  version: z.number().int(),
});
export type OrganisationView = z.infer<typeof organisationViewSchema>;

export const organisationListSchema = z.object({ organisations: z.array(organisationViewSchema) });
export type OrganisationList = z.infer<typeof organisationListSchema>;

/** An organisation and the people who speak for it. */
export const organisationDetailSchema = organisationViewSchema.extend({
  people: z.array(
    z.object({
      personId: z.string(),
      displayName: z.string(),
      title: z.string().nullable(),
      isStaff: z.boolean(),
    }),
  ),
});
export type OrganisationDetail = z.infer<typeof organisationDetailSchema>;

const personBriefSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  administrativeName: z.string(),
  email: z.string().nullable(),
});

/** Two records likely to be the same person, and why. */
export const duplicatePairSchema = z.object({
  a: personBriefSchema,
  b: personBriefSchema,
  score: z.number(),
  reason: z.string(),
});
export type DuplicatePair = z.infer<typeof duplicatePairSchema>;

export const duplicatesSchema = z.object({ pairs: z.array(duplicatePairSchema) });
export type Duplicates = z.infer<typeof duplicatesSchema>;

export const mergeInputSchema = z.object({ keepId: z.string().min(1), removeId: z.string().min(1) });

/** The kept record's empty fields a merge fills from the removed one, with their values. */
const filledFieldsSchema = z.object({
  civility: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  addressLine: z.string().optional(),
  postalCode: z.string().optional(),
  city: z.string().optional(),
  country: z.string().optional(),
  notes: z.string().optional(),
  emailConsentAt: z.string().optional(),
  usualName: z.string().optional(),
});

/** What merging two persons would do, shown before it is made. */
export const mergePreviewSchema = z.object({
  keep: personViewSchema,
  remove: personViewSchema,
  moves: z.object({
    affiliations: z.number().int(),
    memberships: z.number().int(),
    accounts: z.number().int(),
    attendances: z.number().int(),
  }),
  filledFields: filledFieldsSchema,
});
export type MergePreview = z.infer<typeof mergePreviewSchema>;

export const affiliationInputSchema = z.object({
  organisationId: z.string().min(1),
  title: optionalText(200),
  isStaff: z.boolean().optional(),
  startsOn: daySchema.nullable().optional(),
  endsOn: daySchema.nullable().optional(),
});

export const membershipInputSchema = z
  .object({
    year: yearSchema,
    personId: z.string().min(1).optional(),
    organisationId: z.string().min(1).optional(),
    category: categoryCodeSchema,
    partnerOrganisationId: z.string().min(1).optional(),
    status: z.enum(membershipStatuses),
    effectiveOn: daySchema,
    notes: optionalText(2000),
    /** The rate that applies: the full rate of the grid when not said; another rate by its id. */
    rateKind: z.enum(rateKinds).optional(),
    rateId: z.string().min(1).max(100).optional(),
    /** The amount the member chose, for a "from X €" rate (at least its minimum). */
    amountCents: centsSchema.optional(),
  })
  .refine((input) => Boolean(input.personId) !== Boolean(input.organisationId), {
    error: 'person_or_organisation',
    path: ['personId'],
  });
export type MembershipInput = z.infer<typeof membershipInputSchema>;

export const statusChangeInputSchema = z.object({
  status: z.enum(membershipStatuses),
  effectiveOn: daySchema,
});

export const feeGridSchema = z.object({
  entries: z
    .array(z.object({ category: categoryCodeSchema, amountCents: centsSchema }))
    .min(1)
    .max(200),
});

export const feeCallInputSchema = z.object({
  amountCents: centsSchema.optional(),
  calledOn: daySchema,
  dueOn: daySchema.nullable().optional(),
});

/** A payment above this is a typing slip (cents typed as euros, a digit too many), not a fee. */
export const maxPaymentCents = 100_000_000;

export const paymentInputSchema = z.object({
  amountCents: centsSchema
    .refine((value) => value > 0, { error: 'amount_not_positive' })
    .refine((value) => value <= maxPaymentCents, { error: 'payment_too_large' }),
  paidOn: daySchema.refine(
    (value) =>
      value >= '1901-01-01' && Date.parse(`${value}T00:00:00Z`) <= Date.now() + 366 * 24 * 3600 * 1000,
    { error: 'payment_date_out_of_range' },
  ),
  method: z.enum(paymentMethods),
  reference: optionalText(200),
});
export type PaymentInput = z.infer<typeof paymentInputSchema>;

export const summaryQuerySchema = z.object({ year: yearSchema, at: daySchema });
