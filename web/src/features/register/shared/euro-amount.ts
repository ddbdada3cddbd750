import { z } from 'zod';

export type EuroAmountError = 'required' | 'amount_invalid' | 'amount_negative' | 'amount_too_precise';

export type EuroAmountResult = { isValid: true; cents: number } | { isValid: false; error: EuroAmountError };

const largestCents = 1e13;

/**
 * When a comma and a point are both typed, the last one separates the cents and the other groups
 * thousands ("1.234,50" as in France, "1,234.50" as in England); alone, either separates the cents.
 */
function withoutGroupSeparators(compact: string): string | null {
  const lastComma = compact.lastIndexOf(',');
  const lastPoint = compact.lastIndexOf('.');
  if (lastComma === -1 || lastPoint === -1) return compact;
  const group = lastComma > lastPoint ? '.' : ',';
  const decimalAt = Math.max(lastComma, lastPoint);
  const whole = compact.slice(0, decimalAt);
  if (!/^\d{1,3}(?:[.,]\d{3})*$/.test(whole) || whole.includes(group === '.' ? ',' : '.')) return null;
  return whole.split(group).join('') + compact.slice(decimalAt);
}

/**
 * Reads euros typed the French way ("5 000", "40,50", "40.5 €") into integer cents, by string
 * arithmetic: a float never carries money. Negative amounts and more than two decimals are refused.
 */
export function parseEuroAmount(text: string): EuroAmountResult {
  const typed = text.replace(/[\s\u00a0\u202f]/g, '').replace(/(€|EUR)$/i, '');
  if (typed === '') return { isValid: false, error: 'required' };
  if (/^[-−]/.test(typed)) return { isValid: false, error: 'amount_negative' };
  const compact = withoutGroupSeparators(typed);
  if (compact === null) return { isValid: false, error: 'amount_invalid' };
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(compact);
  if (!match) return { isValid: false, error: 'amount_invalid' };
  const decimals = match[2] ?? '';
  if (decimals.length > 2) return { isValid: false, error: 'amount_too_precise' };
  const cents = Number(match[1]) * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents) || cents > largestCents)
    return { isValid: false, error: 'amount_invalid' };
  return { isValid: true, cents };
}

/** Cents as a person would type them back: "5 000", "40,50" (French) or "40.50" (English). */
export function formatEuroInput(cents: number, locale: 'fr' | 'en' = 'fr'): string {
  const euros = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'fr' ? ' ' : ',');
  const rest = cents % 100;
  if (rest === 0) return euros;
  return `${euros}${locale === 'fr' ? ',' : '.'}${String(rest).padStart(2, '0')}`;
}

function euroField(isOptional: boolean) {
  return z.string().transform((text, context): number | undefined => {
    if (isOptional && text.trim() === '') return undefined;
    const result = parseEuroAmount(text);
    if (result.isValid) return result.cents;
    context.addIssue({ code: 'custom', message: result.error, input: text });
    return z.NEVER;
  });
}

/** A form field of euros that becomes integer cents, or the field error that says why not. */
export const euroAmountField = euroField(false) as z.ZodType<number, string>;
export const optionalEuroAmountField = euroField(true);
