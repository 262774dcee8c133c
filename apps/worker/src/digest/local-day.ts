import { toInstantIn } from '#crm/import';

export type LocalDay = {
  /** YYYY-MM-DD on the staff member's wall clock. */
  date: string;
  /** The wall clock's hour, 0–23. */
  hour: number;
  /** The day's first instant and the next day's, in UTC: summer-time days are 23 or 25 hours long. */
  start: Date;
  end: Date;
  /** Monday and Sunday of the day's week, YYYY-MM-DD. */
  weekFrom: string;
  weekTo: string;
};

const DAY_MS = 86_400_000;

const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Where `instant` falls on the wall clock of `timeZone`. */
export function localDay(instant: Date, timeZone: string): LocalDay {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit' })
      .formatToParts(instant)
      .map(({ type, value }) => [type, value]),
  );
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  return {
    date,
    hour: Number(parts.hour),
    start: new Date(toInstantIn(date, timeZone)),
    end: new Date(toInstantIn(plusDays(date, 1), timeZone)),
    weekFrom: plusDays(date, -weekday),
    weekTo: plusDays(date, 6 - weekday),
  };
}
