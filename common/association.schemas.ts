import { z } from 'zod';

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('fr-FR', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Spaces and dots people type inside official numbers ("W751 234 567", "123 456 789 00012"). */
export function compactNumber(text: string): string {
  return text.replace(/[\s.\u00a0\u202f-]/g, '').toUpperCase();
}

/** An RNA number (Répertoire national des associations): W then 9 digits (2A/2B for Corsica). */
export function isRnaNumber(text: string): boolean {
  return /^W(\d{9}|2[AB]\d{7})$/.test(text);
}

/**
 * A SIRET: 14 digits passing the Luhn check; La Poste's establishments (SIREN 356000000) are
 * numbered by a digit sum that is a multiple of 5 instead.
 */
export function isSiret(text: string): boolean {
  if (!/^\d{14}$/.test(text)) return false;
  const digits = [...text].map(Number);
  if (text.startsWith('356000000')) return digits.reduce((sum, digit) => sum + digit, 0) % 5 === 0;
  const sum = digits.reduce((total, digit, index) => {
    if (index % 2 === 1) return total + digit;
    const doubled = digit * 2;
    return total + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return sum % 10 === 0;
}

/** The logo's limit: a letterhead logo, not a photograph. */
export const maxLogoBytes = 512 * 1024;
export const logoMediaTypes = ['image/png', 'image/jpeg'] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable();

const officialNumber = (check: (text: string) => boolean, code: string) =>
  z
    .string()
    .transform(compactNumber)
    .refine((value) => value === '' || check(value), { error: code })
    .transform((value) => (value === '' ? null : value))
    .nullable();

/** The settings every page reads: name, time zone, language. */
export const associationSettingsSchema = z.object({
  name: z.string().trim().min(1).max(200),
  shortName: z.string().trim().min(1).max(60),
  timeZone: z.string().refine(isTimeZone, { error: 'unknown_time_zone' }),
  locale: z.enum(['fr', 'en']),
});
export type AssociationSettings = z.infer<typeof associationSettingsSchema>;

/** What a form sends to change the identity: any of its fields; empty text clears an optional one. */
export const associationPatchSchema = associationSettingsSchema
  .extend({
    legalForm: optionalText(120),
    address: optionalText(300),
    postcode: optionalText(12),
    city: optionalText(120),
    rnaNumber: officialNumber(isRnaNumber, 'invalid_rna_number'),
    siret: officialNumber(isSiret, 'invalid_siret'),
    foundingYear: z
      .number()
      .int({ error: 'founding_year_invalid' })
      .min(1800, { error: 'founding_year_invalid' })
      .max(2200, { error: 'founding_year_invalid' })
      .nullable(),
    /** The convocations' sender name; empty: the association's name. */
    mailSenderName: optionalText(120).refine((value) => value === null || !/[<>"\r\n]/.test(value), {
      error: 'invalid_sender_name',
    }),
    /** The convocations' sender address; empty: the server's (MAIL_FROM). */
    mailSenderAddress: z
      .string()
      .trim()
      .max(254)
      .refine((value) => value === '' || z.email().safeParse(value).success, { error: 'invalid_email' })
      .transform((value) => (value === '' ? null : value.toLowerCase()))
      .nullable(),
  })
  .partial()
  .strict();
export type AssociationPatch = z.infer<typeof associationPatchSchema>;

/** The association as the pages and documents read it. */
export const associationSchema = associationSettingsSchema.extend({
  /**
   * Raised by every change (0 before the first save); sent back in If-Match, a stale one is refused
   * (409 `stale_version`).
   */
  version: z.number().int(),
  legalForm: z.string().nullable(),
  address: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  rnaNumber: z.string().nullable(),
  siret: z.string().nullable(),
  foundingYear: z.number().int().nullable(),
  /** Where the logo is served from, with a version so that a new logo is fetched again; null without one. */
  logoUrl: z.string().nullable(),
  /** Administrators and treasurers must sign in with a second factor (TOTP). */
  twoFactorRequired: z.boolean(),
  /** The convocations' sender as set; null: the defaults (the association's name, MAIL_FROM's address). */
  mailSenderName: z.string().nullable(),
  mailSenderAddress: z.string().nullable(),
});
export type AssociationView = z.infer<typeof associationSchema>;

/** The years a year field offers: from the founding year (or the first year with data) to next year. */
export const associationYearsSchema = z.object({
  first: z.number().int(),
  current: z.number().int(),
  last: z.number().int(),
  /** Newest first. */
  years: z.array(z.number().int()),
});
export type AssociationYears = z.infer<typeof associationYearsSchema>;

export const setupStepKeys = ['identity', 'statutes', 'fees', 'board', 'members', 'assembly'] as const;
export type SetupStepKey = (typeof setupStepKeys)[number];

/** The first-run checklist: each step, done or not, from the data. */
export const setupChecklistSchema = z.object({
  steps: z.array(z.object({ key: z.enum(setupStepKeys), isDone: z.boolean() })),
  isComplete: z.boolean(),
});
export type SetupChecklist = z.infer<typeof setupChecklistSchema>;
