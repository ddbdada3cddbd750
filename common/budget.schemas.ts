import { z } from 'zod';
import { budgetSides } from './budget.ts';
import { daySchema } from './register.schemas.ts';

export const budgetYearSchema = z.coerce.number().int().min(1901).max(2200);

const amountText = z
  .string()
  .max(40)
  .nullable()
  .describe('An amount as typed ("1 124 849", "12,50"); null blanks the cell');

/** One edit of a budget, saved whole or not at all. */
export const budgetEditSchema = z.object({
  amounts: z
    .array(
      z.object({ lineId: z.string().min(1).max(100), column: z.string().min(1).max(60), amount: amountText }),
    )
    .max(2000)
    .default([]),
  totals: z
    .array(z.object({ side: z.enum(budgetSides), column: z.string().min(1).max(60), amount: amountText }))
    .max(20)
    .default([]),
  feeCounts: z
    .array(z.object({ lineId: z.string().min(1).max(100), count: z.number().int().min(0).max(1_000_000) }))
    .max(100)
    .default([]),
});
export type BudgetEdit = z.infer<typeof budgetEditSchema>;

const cellSchema = z.object({
  computedCents: z.number().int().nullable(),
  declaredCents: z.number().int().nullable(),
  differenceCents: z.number().int().nullable(),
});

export const budgetColumnSchema = z.object({
  key: z.string(),
  label: z.string(),
  kind: z.enum(['forecast', 'actual']),
  year: z.number().int(),
  /** The day an actual of the budget's own year stands at ("réalisé au 31 mai"); null otherwise. */
  asOf: z.string().nullable(),
  chargesCents: z.number().int(),
  productsCents: z.number().int(),
  declaredChargesCents: z.number().int().nullable(),
  declaredProductsCents: z.number().int().nullable(),
  isBalanced: z.boolean(),
  imbalanceCents: z.number().int(),
});

export const budgetRowSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  side: z.enum(budgetSides),
  accountCode: z.string(),
  label: z.string(),
  level: z.number().int(),
  isSubtotal: z.boolean(),
  isResult: z.boolean(),
  funder: z.object({ id: z.string(), name: z.string() }).nullable(),
  fee: z
    .object({
      category: z.string(),
      forecastCount: z.number().int(),
      feeCents: z.number().int().nullable(),
      validatedCount: z.number().int(),
      validatedIncomeCents: z.number().int(),
      countedOn: z.string(),
    })
    .nullable(),
  /** Cells the fee grid computes cannot be typed. */
  computedColumns: z.array(z.string()),
  cells: z.record(z.string(), cellSchema),
});

export const budgetDifferenceSchema = z.object({
  account: z.string(),
  label: z.string(),
  side: z.enum(budgetSides),
  lineId: z.string().nullable(),
  column: z.string(),
  declaredCents: z.number().int(),
  computedCents: z.number().int(),
  differenceCents: z.number().int(),
});

export const budgetTableSchema = z.object({
  year: z.number().int(),
  title: z.string(),
  asOf: z.string().nullable(),
  columns: z.array(budgetColumnSchema),
  rows: z.array(budgetRowSchema),
  differences: z.array(budgetDifferenceSchema),
  /** Raised by every change of the budget (a cell, a total, a line); sent back in If-Match when saving. */
  version: z.number().int(),
});
export type BudgetTableView = z.infer<typeof budgetTableSchema>;

/** A new budget: empty (the chart's families) or copying the previous year's lines and structure. */
export const budgetCreateSchema = z.object({
  year: z.number().int().min(1901).max(2200),
  from: z
    .enum(['empty', 'previous'])
    .describe('empty: the CERFA families only; previous: the lines of the previous year’s budget'),
  title: z.string().trim().min(1).max(200).optional(),
});
export type BudgetCreate = z.infer<typeof budgetCreateSchema>;

/** The budget's own year's actual as it stands on a day, in a column beside the forecast. */
export const budgetActualToDateSchema = z.object({
  asOf: daySchema.describe('The day the actual stands at, within the budget’s year (YYYY-MM-DD)'),
});
export type BudgetActualToDate = z.infer<typeof budgetActualToDateSchema>;

/** A line added under another (or a family at the top of a side when parentId is null). */
export const budgetLineInputSchema = z.object({
  parentId: z.string().min(1).max(100).nullable(),
  side: z.enum(budgetSides).optional().describe('Required for a top line; otherwise the parent’s side'),
  accountCode: z
    .string()
    .trim()
    .regex(/^\d{2,10}$/, 'account_code_digits'),
  label: z.string().trim().max(200).default(''),
});
export type BudgetLineInput = z.infer<typeof budgetLineInputSchema>;

/** The budgets Quorum holds, newest first. */
export const budgetListSchema = z.object({
  budgets: z.array(z.object({ year: z.number().int(), title: z.string() })),
});
export type BudgetList = z.infer<typeof budgetListSchema>;

/** `GET /api/budgets/:year/check` and `quorum budget check --json`: totals, balance and differences. */
export const budgetCheckSchema = z.object({
  year: z.number().int(),
  columns: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      charges_cents: z.number().int(),
      products_cents: z.number().int(),
      declared_charges_cents: z.number().int().nullable(),
      declared_products_cents: z.number().int().nullable(),
      balanced: z.boolean(),
    }),
  ),
  differences: z.array(
    z.object({
      account: z.string(),
      label: z.string(),
      column: z.string(),
      declared_cents: z.number().int(),
      computed_cents: z.number().int(),
    }),
  ),
});
export type BudgetCheckView = z.infer<typeof budgetCheckSchema>;

/** Years that hold something (recorded accounts, programmes), newest first. */
export const yearListSchema = z.object({ years: z.array(z.number().int()) });
