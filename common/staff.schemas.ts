import { z } from 'zod';
import { contractKinds, figurePrecisions, staffFunctionCodePattern } from './staff.ts';

const functionCode = z.string().regex(staffFunctionCodePattern, { error: 'invalid_staff_function_code' });

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const staffMemberSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  jobTitle: z.string().nullable(),
  function: z.string(),
  contract: z.enum(contractKinds),
  startOn: z.string(),
  endOn: z.string().nullable(),
  fteHundredths: z.number().int(),
  fte: z.string(),
});
export type StaffMemberView = z.infer<typeof staffMemberSchema>;

export const staffMemberInputSchema = z.object({
  displayName: z.string().trim().min(1).max(200),
  jobTitle: z.string().trim().max(200).nullable().default(null),
  function: functionCode,
  contract: z.enum(contractKinds),
  startOn: day,
  endOn: day.nullable().default(null),
  fte: z.string().max(10).describe('Full-time equivalent as typed: "1", "0,57"'),
});
export type StaffMemberInput = z.infer<typeof staffMemberInputSchema>;

export const staffFigureInputSchema = z.object({
  onDay: day,
  precision: z.enum(figurePrecisions).default('day'),
  headcount: z.number().int().min(0).max(100_000).nullable().default(null),
  fte: z.string().max(10).describe('"8,64"'),
  interns: z.number().int().min(0).max(10_000).default(0),
  source: z.string().max(500).nullable().default(null),
});
export type StaffFigureInput = z.infer<typeof staffFigureInputSchema>;

const figureSchema = z.object({
  onDay: z.string(),
  precision: z.enum(figurePrecisions),
  label: z.string(),
  headcount: z.number().int().nullable(),
  fteHundredths: z.number().int(),
  fte: z.string(),
  interns: z.number().int(),
  source: z.string().nullable(),
});

/** The team on a day, computed from the staff members, beside the figure recorded for that period. */
export const staffFiguresSchema = z.object({
  atDay: z.string(),
  headcount: z.number().int(),
  fteHundredths: z.number().int(),
  fte: z.string(),
  interns: z.number().int(),
  byFunction: z.array(z.object({ function: z.string(), label: z.string(), names: z.array(z.string()) })),
  recorded: figureSchema.nullable(),
});
export type StaffFiguresView = z.infer<typeof staffFiguresSchema>;

export const staffHistorySchema = z.object({
  figures: z.array(figureSchema.extend({ kind: z.enum(['recorded', 'computed']) })),
});
export type StaffHistoryView = z.infer<typeof staffHistorySchema>;

export const staffMemberListSchema = z.object({ members: z.array(staffMemberSchema) });
export type StaffMemberList = z.infer<typeof staffMemberListSchema>;

/** One of the association's staff functions: its code, its labels, and the label in the language asked. */
export const staffFunctionSchema = z.object({
  code: z.string(),
  /** Raised by every change; sent back in If-Match, a stale one is refused (409 `stale_version`). */
  version: z.number().int(),
  labelFr: z.string(),
  labelEn: z.string(),
  label: z.string(),
  position: z.number().int(),
  memberCount: z.number().int(),
});
export type StaffFunctionView = z.infer<typeof staffFunctionSchema>;

export const staffFunctionListSchema = z.object({ functions: z.array(staffFunctionSchema) });
export type StaffFunctionList = z.infer<typeof staffFunctionListSchema>;

export const staffFunctionInputSchema = z.object({
  code: functionCode,
  labelFr: z.string().trim().min(1).max(120),
  labelEn: z.string().trim().min(1).max(120),
});
export type StaffFunctionInput = z.infer<typeof staffFunctionInputSchema>;

export const staffFunctionLabelsSchema = staffFunctionInputSchema.omit({ code: true });
export type StaffFunctionLabels = z.infer<typeof staffFunctionLabelsSchema>;

/** Every function's code, in the new order. */
export const staffFunctionOrderSchema = z.object({ codes: z.array(z.string().max(40)).min(1).max(200) });
