import { describe, expect, it } from 'vitest';
import { fromShiftTimes, toShiftTimes } from './shift-time';

const ZONE = 'Europe/Paris';

describe('shift times in the conference zone', () => {
  it.each([
    [
      'a day shift',
      { date: '2025-10-16', start: '09:00', end: '12:00' },
      '2025-10-16T07:00:00Z',
      '2025-10-16T10:00:00Z',
    ],
    [
      'a night shift past midnight',
      { date: '2025-10-16', start: '22:00', end: '02:00' },
      '2025-10-16T20:00:00Z',
      '2025-10-17T00:00:00Z',
    ],
    [
      'across the DST change',
      { date: '2025-10-25', start: '22:00', end: '06:00' },
      '2025-10-25T20:00:00Z',
      '2025-10-26T05:00:00Z',
    ],
  ])('%s', (_label, times, startsAt, endsAt) => {
    expect(fromShiftTimes(times, ZONE)).toEqual({ startsAt, endsAt });
    expect(toShiftTimes({ startsAt, endsAt }, ZONE)).toEqual(times);
  });
});
