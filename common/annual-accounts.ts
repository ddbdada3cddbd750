/**
 * The annual accounts read from a year's actual: total products and charges without the result
 * line, the result they give, and the share of chosen accounts in total products, as the reference
 * states them ("plus de 60 % … subventions et mécénat", "12 % chacune").
 */
export interface ActualLine {
  side: 'charges' | 'products';
  accountCode: string;
  isResult: boolean;
  amountCents: number;
}

export interface ActualSummary {
  chargesCents: number;
  productsCents: number;
  /** Products less charges: negative for a loss. */
  resultCents: number;
}

/** Sums the lines of an actual, leaving out the result line that only balances the table. */
export function summarizeActual(lines: readonly ActualLine[]): ActualSummary {
  let chargesCents = 0;
  let productsCents = 0;
  for (const line of lines) {
    if (line.isResult) continue;
    if (line.side === 'charges') chargesCents += line.amountCents;
    else productsCents += line.amountCents;
  }
  return { chargesCents, productsCents, resultCents: productsCents - chargesCents };
}

/** Reads "74" or "706, 708" as a list of account prefixes; null when one of them is not a code. */
export function parseAccountPrefixes(text: string): string[] | null {
  const codes = text
    .split(/[,;\s]+/)
    .map((code) => code.trim())
    .filter(Boolean);
  if (codes.length === 0 || codes.some((code) => !/^\d{2,6}$/.test(code))) return null;
  return [...new Set(codes)];
}

/** The products lines (result line excepted) whose account code starts with one of the prefixes. */
export function productsOfAccounts(lines: readonly ActualLine[], prefixes: readonly string[]): number {
  return lines
    .filter(
      (line) =>
        line.side === 'products' &&
        !line.isResult &&
        prefixes.some((prefix) => line.accountCode.startsWith(prefix)),
    )
    .reduce((sum, line) => sum + line.amountCents, 0);
}
