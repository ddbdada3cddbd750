/** Minutes a zone is ahead of UTC at an instant (120 for Paris in summer). */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((asUtc - instant) / 60_000);
}

/** The UTC instant of a wall-clock time in a zone: ("2017-06-21", "14:00", Paris) → 12:00Z. */
export function zonedTimeToUtc(day: string, time: string, timeZone: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wallClock = Date.UTC(year, month - 1, date, hour, minute);
  let instant = wallClock - offsetMinutes(wallClock, timeZone) * 60_000;
  // Around a change of offset the first guess can be an hour off: correct once with the offset found.
  instant = wallClock - offsetMinutes(instant, timeZone) * 60_000;
  return new Date(instant).toISOString();
}

/** The wall-clock "HH:MM" of an instant in a zone. */
export function utcToZonedTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
}

/** The calendar day an instant falls on in a zone, as YYYY-MM-DD. */
export function dayIn(timeZone: string, instant: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** Days from one YYYY-MM-DD to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The same wall-clock time (seconds kept) some whole days later or earlier in a zone: an assembly moved
 * from 14 to 21 March keeps its arrival "14:07:31", even across a change of offset.
 */
export function shiftByDays(instant: string, days: number, timeZone: string): string {
  const at = Date.parse(instant);
  const wallClock = at + offsetMinutes(at, timeZone) * 60_000 + days * 86_400_000;
  let shifted = wallClock - offsetMinutes(wallClock, timeZone) * 60_000;
  shifted = wallClock - offsetMinutes(shifted, timeZone) * 60_000;
  return new Date(shifted).toISOString();
}
