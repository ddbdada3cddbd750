import { formatDay } from './format.ts';
/**
 * A staff function's code ("design", "communication"): the association's own list (staff_functions),
 * worded by its labels; lower-case letters, digits and underscores.
 */
export const staffFunctionCodePattern = /^[a-z][a-z0-9_]{0,39}$/;

export const contractKinds = ['permanent', 'fixed_term', 'subsidised', 'internship'] as const;
export type ContractKind = (typeof contractKinds)[number];

export interface StaffPeriod {
  contract: ContractKind;
  startOn: string;
  endOn: string | null;
  /** Full-time equivalent in hundredths: 100 is full time, 57 is 20 hours out of 35. */
  fteHundredths: number;
}

export interface StaffCount {
  /** Employees under contract that day (interns are not employees). */
  headcount: number;
  fteHundredths: number;
  interns: number;
}

export function isActiveOn(period: StaffPeriod, day: string): boolean {
  return period.startOn <= day && (period.endOn === null || day <= period.endOn);
}

/** Headcount and FTE on a day; interns are counted apart and add no FTE, as the reference counts them. */
export function staffCountOn(periods: readonly StaffPeriod[], day: string): StaffCount {
  let headcount = 0;
  let fteHundredths = 0;
  let interns = 0;
  for (const period of periods) {
    if (!isActiveOn(period, day)) continue;
    if (period.contract === 'internship') {
      interns += 1;
      continue;
    }
    headcount += 1;
    fteHundredths += period.fteHundredths;
  }
  return { headcount, fteHundredths, interns };
}

/** "8,64 ETP", "3,3 ETP", "10 ETP" in French (a narrow no-break space before the unit); "8.64 FTE" in English. */
export function formatFte(hundredths: number, locale: 'fr' | 'en' = 'fr'): string {
  return locale === 'fr'
    ? `${formatFteNumber(hundredths, locale)}\u202fETP`
    : `${formatFteNumber(hundredths, locale)} FTE`;
}

/** The number alone: "8,64" in French, "8.64" in English. */
export function formatFteNumber(hundredths: number, locale: 'fr' | 'en' = 'fr'): string {
  if (!Number.isInteger(hundredths))
    throw new TypeError(`FTE in hundredths must be an integer, got ${hundredths}`);
  const number = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: 2,
  }).format(hundredths / 100);
  return number.replace(/[\u202f\u00a0]/g, '\u202f');
}

/** Reads "8,64", "0.5" or "1" as hundredths of FTE; null when it is not an FTE between 0 and 1,5. */
export function parseFte(text: string): number | null {
  const match = /^(\d)(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const hundredths = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return hundredths > 0 && hundredths <= 150 ? hundredths : null;
}

/** A team's FTE ("8,64", "12,5"): any positive number with at most two decimals. */
export function parseTeamFte(text: string): number | null {
  const match = /^(\d{1,5})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const hundredths = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return hundredths > 0 ? hundredths : null;
}

/** How precisely a recorded figure is dated: "En 2012", "En septembre 2014", or a day. */
export const figurePrecisions = ['year', 'month', 'day'] as const;
export type FigurePrecision = (typeof figurePrecisions)[number];

/** "2012", "septembre 2014", "30 avril 2017" ("30 April 2017") for a recorded figure's day at its precision. */
export function formatFigureDay(day: string, precision: FigurePrecision, locale: 'fr' | 'en' = 'fr'): string {
  const [year, month, date] = day.split('-');
  if (precision === 'year') return year!;
  if (precision === 'month') {
    return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${year}-${month}-01T00:00:00Z`));
  }
  return formatDay(`${year}-${month}-${date}`, locale);
}

/** Whether a day falls in the period a recorded figure stands for (its year, its month or its day). */
export function figureCovers(figureDay: string, precision: FigurePrecision, day: string): boolean {
  const length = precision === 'year' ? 4 : precision === 'month' ? 7 : 10;
  return figureDay.slice(0, length) === day.slice(0, length);
}
