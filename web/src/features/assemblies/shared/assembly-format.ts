import { useTranslation } from 'react-i18next';
import { formatDateTime, formatLongDate, type Locale } from '../../../../../common/format.ts';
import { utcToZonedTime } from '../../../../../common/time-zones.ts';
import { useAssociation } from '../../association/association.context.tsx';

export function localeOf(language: string): Locale {
  return language === 'en' ? 'en' : 'fr';
}

/** The API's local "14:00" as the minutes write it, "14h00"; "2:00 pm" in English. */
export function formatClock(time: string, locale: Locale): string {
  const match = /^(\d{1,2}):(\d{2})/.exec(time);
  if (!match) return time;
  const hours = Number(match[1]);
  const minutes = match[2]!;
  if (locale === 'fr') return `${String(hours).padStart(2, '0')}h${minutes}`;
  return `${hours % 12 === 0 ? 12 : hours % 12}:${minutes} ${hours < 12 ? 'am' : 'pm'}`;
}

/** "14h00 – 17h00", or the start alone. */
export function formatTimeRange(start: string, end: string | null, locale: Locale): string {
  return end ? `${formatClock(start, locale)} – ${formatClock(end, locale)}` : formatClock(start, locale);
}

/** Formatting in the page's language (and the association's time zone once it is known). */
export function useAssemblyFormat() {
  const { i18n } = useTranslation();
  const association = useAssociation();
  const locale = localeOf(i18n.language);
  const timeZone = association?.timeZone;
  return {
    locale,
    day: (day: string) => formatLongDate(day, locale, timeZone),
    clock: (time: string) => formatClock(time, locale),
    range: (start: string, end: string | null) => formatTimeRange(start, end, locale),
    instant: (instant: string) => formatDateTime(instant, locale, timeZone),
    /** An instant's "14h20" in the association's zone. */
    instantClock: (instant: string) =>
      formatClock(utcToZonedTime(instant, timeZone ?? 'Europe/Paris'), locale),
    /** An instant's "14:20" in the association's zone, as a time field holds it. */
    instantTime: (instant: string) => utcToZonedTime(instant, timeZone ?? 'Europe/Paris'),
  };
}
