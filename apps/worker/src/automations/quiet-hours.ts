import { localDay } from '../digest/local-day.js';

const HOUR_MS = 3_600_000;

/**
 * When the quiet hours `now` falls in end, or null outside them. `from > to` wraps midnight
 * (21–8: 21:00 to 08:00 the next morning). The end is counted in whole hours from the local
 * midnight, which a summer-time change in between shifts by that hour.
 */
export function quietUntil(now: Date, quiet: { from: number; to: number } | null, timeZone: string): Date | null {
  if (quiet === null) return null;
  const day = localDay(now, timeZone);
  const wraps = quiet.from > quiet.to;
  const inside = wraps ? day.hour >= quiet.from || day.hour < quiet.to : day.hour >= quiet.from && day.hour < quiet.to;
  if (!inside) return null;
  const morning = wraps && day.hour >= quiet.from ? day.end : day.start;
  return new Date(morning.getTime() + quiet.to * HOUR_MS);
}
