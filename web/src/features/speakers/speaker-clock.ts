import { useEffect, useState } from 'react';
import type { SpeakerView } from './speakers.api.ts';

/** The time now on the server's clock (the screen's own corrected by the offset measured), every half second while running. */
export function useServerNow(clockOffsetMs: number, isRunning: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!isRunning) return;
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 500);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [isRunning]);
  return now + clockOffsetMs;
}

/** Seconds left to the one speaking (negative past the time given), from the server's end instant. */
export function remainingSeconds(
  speaker: Pick<SpeakerView, 'endsAt' | 'allottedSeconds'>,
  serverNow: number,
): number | null {
  if (!speaker.endsAt) return null;
  // Never more than the time given, even for the instant before the clock's first tick.
  return Math.min(speaker.allottedSeconds, Math.ceil((Date.parse(speaker.endsAt) - serverNow) / 1000));
}

/** "2:05"; past the time, the overrun "0:15" (the screens say it is over). */
export function formatClock(seconds: number): string {
  const whole = Math.abs(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
