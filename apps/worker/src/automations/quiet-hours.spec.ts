import { quietUntil } from './quiet-hours.js';

describe('quiet hours', () => {
  const night = { from: 21, to: 8 };

  it('outside them, nothing to wait for', () => {
    expect(quietUntil(new Date('2026-03-10T12:00:00Z'), night, 'UTC')).toBeNull();
    expect(quietUntil(new Date('2026-03-10T23:00:00Z'), null, 'UTC')).toBeNull();
  });

  it('late evening waits for the next morning, early morning for the same one', () => {
    expect(quietUntil(new Date('2026-03-10T22:30:00Z'), night, 'UTC')).toEqual(new Date('2026-03-11T08:00:00Z'));
    expect(quietUntil(new Date('2026-03-11T05:00:00Z'), night, 'UTC')).toEqual(new Date('2026-03-11T08:00:00Z'));
  });

  it('counts hours on the configured wall clock', () => {
    // 20:30 UTC is 21:30 in Madrid (CET): quiet until 08:00 Madrid, 07:00 UTC.
    expect(quietUntil(new Date('2026-03-10T20:30:00Z'), night, 'Europe/Madrid')).toEqual(new Date('2026-03-11T07:00:00Z'));
  });

  it('a window within one day', () => {
    expect(quietUntil(new Date('2026-03-10T13:15:00Z'), { from: 13, to: 15 }, 'UTC')).toEqual(new Date('2026-03-10T15:00:00Z'));
    expect(quietUntil(new Date('2026-03-10T15:00:00Z'), { from: 13, to: 15 }, 'UTC')).toBeNull();
  });
});
