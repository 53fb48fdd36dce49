import { describe, expect, it } from 'vitest';
import { expandShiftPattern } from './shift-pattern';

describe('expandShiftPattern', () => {
  it.each([
    [
      'each slot on each date, in the zone',
      ['2025-10-16', '2025-10-17'],
      [{ start: '09:00', end: '11:00' }],
      [
        { startsAt: '2025-10-16T07:00:00Z', endsAt: '2025-10-16T09:00:00Z' },
        { startsAt: '2025-10-17T07:00:00Z', endsAt: '2025-10-17T09:00:00Z' },
      ],
    ],
    [
      'a night slot ends the next day',
      ['2025-10-16'],
      [{ start: '22:00', end: '02:00' }],
      [{ startsAt: '2025-10-16T20:00:00Z', endsAt: '2025-10-17T00:00:00Z' }],
    ],
    [
      'local times hold across the DST change',
      ['2025-10-25', '2025-10-26'],
      [{ start: '09:00', end: '10:00' }],
      [
        { startsAt: '2025-10-25T07:00:00Z', endsAt: '2025-10-25T08:00:00Z' },
        { startsAt: '2025-10-26T08:00:00Z', endsAt: '2025-10-26T09:00:00Z' },
      ],
    ],
  ])('%s', (_why, dates, slots, expected) => {
    expect(expandShiftPattern(dates, slots, 'Europe/Paris')).toEqual(expected);
  });
});
