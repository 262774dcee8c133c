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
