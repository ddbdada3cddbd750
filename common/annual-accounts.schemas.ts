import { z } from 'zod';

const amountText = z.string().min(1).max(40).describe('An amount as typed ("-14 071", "178 138")');

/** The accounts of a closed year as the treasurer records them, saved whole or not at all. */
export const annualAccountsEditSchema = z.object({
  result: amountText.describe('The year’s result: negative for a loss ("-14 071")'),
  equity: amountText.describe('Equity (fonds propres) at the end of the year'),
  balanceSheetTotal: amountText.describe('The balance-sheet total'),
  notes: z.string().max(4000).nullable().default(null),
  shares: z
    .array(
      z.object({
        label: z.string().trim().min(1).max(200),
        accounts: z
          .string()
          .max(200)
          .describe('Account codes whose products lines it sums: "74", "706, 708"'),
      }),
    )
    .max(20)
    .default([]),
});
export type AnnualAccountsEdit = z.infer<typeof annualAccountsEditSchema>;

export const annualAccountsSchema = z.object({
  year: z.number().int(),
  /**
   * The recorded accounts' version, raised by every change (0 while none are recorded); sent back in
   * If-Match, a stale one is refused (409 `stale_version`).
   */
  version: z.number().int(),
  recorded: z
    .object({
      resultCents: z.number().int(),
      equityCents: z.number().int(),
      balanceSheetTotalCents: z.number().int(),
      notes: z.string().nullable(),
    })
    .nullable(),
  /** The year's actual as a budget holds it ("2016 réalisé" beside the 2017 budget); null if none. */
  actual: z
    .object({
      budgetYear: z.number().int(),
      column: z.string(),
      chargesCents: z.number().int(),
      productsCents: z.number().int(),
      resultCents: z.number().int(),
      provisionReversalCents: z.number().int(),
    })
    .nullable(),
  /** Whether the recorded result is the one the actual's lines give; null when either is missing. */
  resultAgrees: z.boolean().nullable(),
  shares: z.array(
    z.object({
      label: z.string(),
      accounts: z.array(z.string()),
      amountCents: z.number().int().nullable(),
      shareTenths: z.number().int().nullable(),
      share: z.string(),
    }),
  ),
});
export type AnnualAccountsView = z.infer<typeof annualAccountsSchema>;
