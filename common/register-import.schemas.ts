import { z } from 'zod';
import { yearSchema } from './register.schemas.ts';

/** The register fields a file's columns can be mapped to, in the order the mapping step shows them. */
export const importFields = [
  'lastName',
  'firstName',
  /** "Nom & prénom" in one column (Paheko's member list): split into last and first name. */
  'fullName',
  'email',
  'phone',
  'addressLine',
  'postalCode',
  'city',
  'country',
  'organisation',
  'title',
  'membershipYear',
  'category',
  /** The rate of the year that applied: "plein", "réduit", "gratuit", or who qualifies as the rate says. */
  'rate',
  'status',
  'effectiveOn',
  'notes',
] as const;
export type ImportField = (typeof importFields)[number];

/** Field → the file's column header it is read from. */
export type ImportMapping = Partial<Record<ImportField, string>>;

const columnName = z.string().trim().max(200);

/** Quorum field → the file column (its header) it is read from; unmapped fields are left out. */
export const importMappingSchema = z
  .object({
    lastName: columnName.optional(),
    firstName: columnName.optional(),
    fullName: columnName.optional(),
    email: columnName.optional(),
    phone: columnName.optional(),
    addressLine: columnName.optional(),
    postalCode: columnName.optional(),
    city: columnName.optional(),
    country: columnName.optional(),
    organisation: columnName.optional(),
    title: columnName.optional(),
    membershipYear: columnName.optional(),
    category: columnName.optional(),
    rate: columnName.optional(),
    status: columnName.optional(),
    effectiveOn: columnName.optional(),
    notes: columnName.optional(),
  })
  .strict() satisfies z.ZodType<Partial<Record<ImportField, string>>>;

export const importRunSchema = z.object({ mapping: importMappingSchema });

export const importIdParams = z.object({ importId: z.uuid() });

export const uploadQuerySchema = z.object({ fileName: z.string().trim().max(255).optional() });

const phaseSchema = z.enum(['uploaded', 'checking', 'checked', 'importing', 'imported', 'failed']);

export const importViewSchema = z.object({
  importId: z.string(),
  fileName: z.string().nullable(),
  format: z.enum(['csv', 'xlsx']),
  columns: z.array(z.string()),
  phase: phaseSchema,
  processed: z.number().int(),
  total: z.number().int().nullable(),
  error: z.string().nullable(),
});
export type ImportViewResponse = z.infer<typeof importViewSchema>;

/** The tool a file was exported from, recognised by its headers; `spreadsheet` for any other. */
export const importSources = ['paheko', 'helloasso', 'spreadsheet'] as const;
export type ImportSource = (typeof importSources)[number];

/** Why a recognised column is not imported: the register has no place for it. */
export const ignoredColumnReasons = [
  'member_number',
  'order_reference',
  'payment',
  'payer',
  'birth_date',
  'registration_date',
  'member_group',
] as const;
export type IgnoredColumnReason = (typeof ignoredColumnReasons)[number];

export const uploadResponseSchema = importViewSchema.extend({
  sampleRows: z.array(z.array(z.string())),
  rowCount: z.number().int().nullable(),
  suggestedMapping: z.record(z.string(), z.string()),
  source: z.enum(importSources),
  ignoredColumns: z.array(z.object({ column: z.string(), reason: z.enum(ignoredColumnReasons) })),
});
export type UploadResponse = z.infer<typeof uploadResponseSchema>;

const counts = {
  rows: z.number().int(),
  valid: z.number().int(),
  newPersons: z.number().int(),
  newOrganisations: z.number().int(),
  newAffiliations: z.number().int(),
  newMemberships: z.number().int(),
  existingMemberships: z.number().int(),
  updatedPersons: z.number().int(),
};

export const importReportSchema = z.object({
  ...counts,
  rejected: z.array(
    z.object({ row: z.number().int(), field: z.string(), reason: z.string(), message: z.string() }),
  ),
  matchedPersons: z.array(
    z.object({
      row: z.number().int(),
      personId: z.string(),
      name: z.string(),
      matchedBy: z.enum(['email', 'name']),
    }),
  ),
  matchedOrganisations: z.array(
    z.object({ row: z.number().int(), organisationId: z.string(), name: z.string() }),
  ),
  /** How the rate column's values are read: a rate of the year, or a category at its full rate. */
  rates: z.array(
    z.object({
      value: z.string(),
      year: z.number().int(),
      rows: z.number().int(),
      readAs: z.enum(['rate', 'category']),
      category: z.string(),
      kind: z.enum(['full', 'reduced', 'free', 'minimum']),
      conditions: z.string().nullable(),
      amountCents: z.number().int().nullable(),
    }),
  ),
});
export type ImportReportResponse = z.infer<typeof importReportSchema>;

export const importResultSchema = z.object({
  ...counts,
  matchedPersons: z.number().int(),
  matchedOrganisations: z.number().int(),
});
export type ImportResultResponse = z.infer<typeof importResultSchema>;

export const pasteInputSchema = z.object({
  text: z.string().max(200_000),
  dryRun: z.boolean(),
});

const linkSchema = z.object({ id: z.string().nullable(), name: z.string(), isNew: z.boolean() });

export const pasteReportSchema = z.object({
  lines: z.array(
    z.object({
      line: z.number().int(),
      text: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      title: z.string().nullable(),
      label: z.string().nullable(),
      person: linkSchema,
      organisation: linkSchema.nullable(),
      affiliation: z.enum(['new', 'existing', 'none']),
    }),
  ),
  rejected: z.array(
    z.object({
      line: z.number().int(),
      text: z.string(),
      reason: z.enum(['first_name_missing', 'name_missing']),
      message: z.string(),
    }),
  ),
  matchedPersons: z.number().int(),
  matchedOrganisations: z.number().int(),
  newPersons: z.number().int(),
  newOrganisations: z.number().int(),
  newAffiliations: z.number().int(),
  isWritten: z.boolean(),
});
export type PasteReportResponse = z.infer<typeof pasteReportSchema>;

export const exportQuerySchema = z.object({ year: yearSchema.optional() });
