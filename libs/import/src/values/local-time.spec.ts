import { describe, expect, it } from '@jest/globals';
import { assertTimeZone, toInstantIn } from './local-time.js';

describe('toInstantIn', () => {
  it('reads London winter time as UTC and summer time as UTC+1', () => {
    expect(toInstantIn('2010-12-01 08:26:00', 'Europe/London')).toBe('2010-12-01T08:26:00.000Z');
    expect(toInstantIn('2011-06-15 12:30', 'Europe/London')).toBe('2011-06-15T11:30:00.000Z');
  });

  it('follows the clock change on the day itself (27 March 2011, 01:00 UTC)', () => {
    expect(toInstantIn('2011-03-27 00:30:00', 'Europe/London')).toBe('2011-03-27T00:30:00.000Z');
    expect(toInstantIn('2011-03-27 03:00:00', 'Europe/London')).toBe('2011-03-27T02:00:00.000Z');
  });

  // Offsets are measured once per day where they hold through it; every minute around a change (a
  // whole hour in London, half an hour on Lord Howe Island, 2 min 44 s when Addis Ababa left local
  // mean time) must still read right.
  it.each([
    ['Europe/London', '2011-03-27T01:00:00Z'],
    ['Australia/Lord_Howe', '2011-10-01T15:30:00Z'],
    ['Africa/Addis_Ababa', '1908-04-30T21:32:44Z'],
  ])('reads every wall-clock minute around a clock change in %s as the instant that shows it', (timeZone, change) => {
    const wallClock = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    for (let minute = -180; minute <= 180; minute += 1) {
      const instant = new Date(Date.parse(change) + minute * 60_000);
      expect(toInstantIn(wallClock.format(instant), timeZone)).toBe(instant.toISOString());
    }
  });

  it('takes a date alone as midnight, and text with an offset as written', () => {
    expect(toInstantIn('2016-10-20', 'UTC')).toBe('2016-10-20T00:00:00.000Z');
    expect(toInstantIn('2016-10-20T10:00:00+02:00', 'Europe/London')).toBe('2016-10-20T08:00:00.000Z');
  });

  it.each(['20/10/2016', '2016-02-30', '', 'yesterday'])('refuses %j', (text) => {
    expect(() => toInstantIn(text, 'UTC')).toThrow(RangeError);
  });

  it('refuses a time zone it does not know', () => {
    expect(() => assertTimeZone('Europe/Atlantis')).toThrow(RangeError);
  });
});
