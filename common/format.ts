import { narrowNoBreakSpace } from './typography.ts';

export type Locale = 'fr' | 'en';

export const defaultTimeZone = 'Europe/Paris';

/** The spaces Intl puts in a French amount (U+202F between thousands, U+00A0 before €), or a plain one. */
const groupSeparator = /[ \u202f\u00a0]/g;

/**
 * Formats integer cents the way the minutes print them: "1 124 849 €" in French (whole euros
 * unless there are cents), "€1,124,849" in English. The French spaces, between thousands and before
 * "€", are narrow no-break spaces (U+202F): an amount never breaks across two lines. A loss takes the
 * typographic minus sign (U+2212), "−312 €" / "−€312", never a hyphen.
 */
export function formatMoney(cents: number, locale: Locale = 'fr'): string {
  if (!Number.isInteger(cents)) throw new TypeError(`amount in cents must be an integer, got ${cents}`);
  const hasCents = cents % 100 !== 0;
  const text = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: hasCents ? 2 : 0,
    maximumFractionDigits: hasCents ? 2 : 0,
  }).format(cents / 100);
  return text.replace(groupSeparator, narrowNoBreakSpace).replace('-', '\u2212');
}

/** "12 juin 2026" ("1er juin" the first of a month) / "12 June 2026", for a day "2026-06-12". */
export function formatDay(day: string, locale: Locale = 'fr'): string {
  const text = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${day}T12:00:00Z`));
  return locale === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

function parts(instant: Date, timeZone: string): Record<string, string> {
  const formatted = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  return Object.fromEntries(formatted.map((part) => [part.type, part.value]));
}

/** "14h00" in French, "2:00 pm" in English, in the association's time zone. */
export function formatTime(
  instant: Date | string,
  locale: Locale = 'fr',
  timeZone = defaultTimeZone,
): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const { hour, minute } = parts(date, timeZone);
  if (locale === 'fr') return `${hour}h${minute}`;
  const hours = Number(hour);
  const suffix = hours < 12 ? 'am' : 'pm';
  return `${hours % 12 === 0 ? 12 : hours % 12}:${minute} ${suffix}`;
}

/** "mercredi 21 juin 2017" ("jeudi 1er juin 2017") / "Wednesday, 21 June 2017", in the association's time zone. */
export function formatLongDate(
  instant: Date | string,
  locale: Locale = 'fr',
  timeZone = defaultTimeZone,
): string {
  const date =
    typeof instant === 'string'
      ? new Date(instant.length === 10 ? `${instant}T12:00:00Z` : instant)
      : instant;
  const text = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
  return locale === 'fr' ? text.replace(/^(\p{L}+) 1 /u, '$1 1er ') : text;
}

/** "21/06/2017 14h00" / "21/06/2017 2:00 pm", for lists and logs shown to people. */
export function formatDateTime(
  instant: Date | string,
  locale: Locale = 'fr',
  timeZone = defaultTimeZone,
): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const { day, month, year } = parts(date, timeZone);
  return `${day}/${month}/${year} ${formatTime(date, locale, timeZone)}`;
}
