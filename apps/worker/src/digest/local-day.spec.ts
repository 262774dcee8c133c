import { localDay } from './local-day.js';

describe('a staff member’s local day', () => {
  it('is the wall-clock date, hour and week where they are, whatever the UTC date', () => {
    expect(localDay(new Date('2026-12-03T23:30:00Z'), 'Asia/Tokyo')).toEqual({
      date: '2026-12-04',
      hour: 8,
      start: new Date('2026-12-03T15:00:00Z'),
      end: new Date('2026-12-04T15:00:00Z'),
      weekFrom: '2026-11-30',
      weekTo: '2026-12-06',
    });
    expect(localDay(new Date('2026-12-06T23:30:00Z'), 'UTC')).toMatchObject({ date: '2026-12-06', hour: 23, weekFrom: '2026-11-30', weekTo: '2026-12-06' });
  });

  it('lasts 23 hours on the day the clocks go forward', () => {
    const day = localDay(new Date('2026-03-29T12:00:00Z'), 'Europe/Madrid');
    expect(day.end.getTime() - day.start.getTime()).toBe(23 * 3_600_000);
  });
});
