import { z } from 'zod';

/** What a field of the register the association defines holds: free text, a day, or one of its options. */
export const registerFieldTypes = ['text', 'date', 'choice'] as const;
export type RegisterFieldType = (typeof registerFieldTypes)[number];

/** Whose field it is: a person's (a medical certificate) or an organisation's (a federation number). */
export const registerFieldOwners = ['person', 'organisation'] as const;
export type RegisterFieldOwner = (typeof registerFieldOwners)[number];

const fieldCode = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { error: 'invalid_register_field_code' });
const label = z.string().trim().min(1).max(120);
const options = z.array(z.string().trim().min(1).max(100)).max(50);

export const registerFieldSchema = z.object({
  code: z.string(),
  /** Raised by every change; sent back in If-Match, a stale one is refused (409 `stale_version`). */
  version: z.number().int(),
  labelFr: z.string(),
  labelEn: z.string(),
  label: z.string(),
  type: z.enum(registerFieldTypes),
  appliesTo: z.enum(registerFieldOwners),
  options: z.array(z.string()),
  position: z.number().int(),
  isArchived: z.boolean(),
  /** How many persons (or organisations, for an organisation's field) have a value in it. */
  valueCount: z.number().int(),
});
export type RegisterFieldView = z.infer<typeof registerFieldSchema>;

export const registerFieldListSchema = z.object({ fields: z.array(registerFieldSchema) });
export type RegisterFieldList = z.infer<typeof registerFieldListSchema>;

const needsOptions = (input: { type?: RegisterFieldType; options: string[] }) =>
  input.type !== 'choice' || input.options.length > 0;

export const registerFieldInputSchema = z
  .object({
    code: fieldCode,
    labelFr: label,
    labelEn: label,
    type: z.enum(registerFieldTypes),
    appliesTo: z.enum(registerFieldOwners).optional().default('person'),
    options: options.optional().default([]),
  })
  .refine(needsOptions, { error: 'choice_options_required', path: ['options'] });
export type RegisterFieldInput = z.infer<typeof registerFieldInputSchema>;

/** Labels and options change; the code and the type stay (values were written for them). */
export const registerFieldEditSchema = z.object({
  labelFr: label,
  labelEn: label,
  options: options.optional().default([]),
});
export type RegisterFieldEdit = z.infer<typeof registerFieldEditSchema>;

/** A person's (or an organisation's) values of the register's own fields, by code; an empty text clears a value. */
export const customFieldValuesSchema = z.record(z.string().max(40), z.string().trim().max(500));
