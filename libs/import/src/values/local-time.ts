const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const WITH_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws a RangeError for a name the time-zone database does not know. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** The wall clock shows whole seconds, so the instant is taken at its second too (zones' offsets are whole seconds). */
function measuredOffsetAt(instant: number, timeZone: string): number {
  const second = Math.floor(instant / 1000) * 1000;
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(second).map(({ type, value }) => [type, Number(value)]));
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!) - second;
}

const DAY = 86_400_000;
/** By zone, then UTC day: the offset that holds through all of it, or null where it changes inside. */
const steadyOffsets = new Map<string, Map<number, number | null>>();

/**
 * How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. Asking the time-zone
 * database was 7% of an import's time. Where the offset is the same at a day's first and last
 * millisecond it held all day (no zone changes its clock and back within a day), so it is measured
 * twice per day of the file rather than twice per row.
 */
function offsetAt(instant: number, timeZone: string): number {
  let byDay = steadyOffsets.get(timeZone);
  if (!byDay) steadyOffsets.set(timeZone, (byDay = new Map()));
  const day = Math.floor(instant / DAY);
  let steady = byDay.get(day);
  if (steady === undefined) {
    const first = measuredOffsetAt(day * DAY, timeZone);
    steady = first === measuredOffsetAt((day + 1) * DAY - 1, timeZone) ? first : null;
    if (byDay.size > 100_000) byDay.clear();
    byDay.set(day, steady);
  }
  return steady ?? measuredOffsetAt(instant, timeZone);
}

/**
 * A date-time as another system wrote it to the UTC instant the events store. Text with an offset
 * is taken as it is; local text ("2010-12-01 08:26:00", or a date alone, meaning midnight) is the
 * wall-clock time in `timeZone`, summer time included.
 */
export function toInstantIn(text: string, timeZone: string): string {
  const trimmed = text.trim();
  if (WITH_OFFSET.test(trimmed)) {
    const parsed = Date.parse(trimmed);
    if (Number.isNaN(parsed)) throw new RangeError('is not a date-time');
    return new Date(parsed).toISOString();
  }
  const match = LOCAL.exec(trimmed);
  if (!match) throw new RangeError('is not a date (YYYY-MM-DD) or date-time (YYYY-MM-DD HH:MM[:SS])');
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const wallClock = Date.UTC(year!, month! - 1, day!, hour, minute, second);
  const check = new Date(wallClock);
  if (check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day || hour! > 23) throw new RangeError('is not a real date');
  // The offset at the guess is right except within hours of a change; a second look settles it.
  const guess = wallClock - offsetAt(wallClock, timeZone);
  return new Date(wallClock - offsetAt(guess, timeZone)).toISOString();
}
