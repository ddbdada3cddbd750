import type { Locale } from './format.ts';

/** Why an amount typed by a person was refused; the web app and the API word each one. */
export type AmountError = 'empty' | 'not_a_number' | 'negative' | 'too_many_decimals' | 'too_large';

export type AmountParse = { ok: true; cents: number } | { ok: false; error: AmountError };

// Groups of three digits may be separated by a space, a no-break space or a narrow no-break space.
const amountPattern = /^(-)?(\d{1,3}(?: \d{3})+|\d+)(?:[.,](\d+))?$/;

/**
 * Reads an amount as people type it in France and elsewhere into integer cents:
 * "1 124 849" → 112484900, "1124849,50" → 112484950, "12.5" → 1250, "40 €" → 4000.
 * Refuses anything else rather than guessing: "1.234.567", "12,345", "douze".
 */
export function parseAmount(text: string, options: { allowNegative?: boolean } = {}): AmountParse {
  const normalized = text
    .replace(/[\u00a0\u202f\t]/g, ' ')
    .replace(/€/g, '')
    // The minus sign formatMoney prints ("−312 €") reads back as the hyphen people type.
    .replace(/\u2212/g, '-')
    .trim()
    .replace(/^-\s+/, '-')
    .replace(/ +/g, ' ');
  if (normalized === '') return { ok: false, error: 'empty' };
  const match = amountPattern.exec(normalized);
  if (!match) return { ok: false, error: 'not_a_number' };
  const [, minus, whole, decimals = ''] = match;
  if (decimals.length > 2) return { ok: false, error: 'too_many_decimals' };
  const euros = Number(whole!.replace(/ /g, ''));
  const cents = euros * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents) || euros > 1e13) return { ok: false, error: 'too_large' };
  if (minus && cents !== 0) {
    if (!options.allowNegative) return { ok: false, error: 'negative' };
    return { ok: true, cents: -cents };
  }
  return { ok: true, cents };
}

/** The amount as a person edits it: "1124849" or "12,50", no grouping so it reads back unchanged. */
export function amountInputText(cents: number | null): string {
  if (cents === null) return '';
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  const euros = Math.floor(absolute / 100);
  const rest = absolute % 100;
  return rest === 0 ? `${sign}${euros}` : `${sign}${euros},${String(rest).padStart(2, '0')}`;
}

/** Share of a part in a whole, in tenths of a percent rounded half up (61,8 % → 618); null for a zero whole. */
export function shareInTenthsOfPercent(partCents: number, wholeCents: number): number | null {
  if (wholeCents === 0) return null;
  return Math.round((partCents * 1000) / wholeCents);
}

/** "61,8 %" (a narrow no-break space before "%") from tenths of a percent in French, "61.8%" in English. */
export function formatShare(tenths: number | null, locale: Locale = 'fr'): string {
  if (tenths === null) return '—';
  const text = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: 1,
  }).format(tenths / 10);
  return locale === 'fr' ? `${text.replace(/[\u202f\u00a0]/g, '\u202f')}\u202f%` : `${text}%`;
}
