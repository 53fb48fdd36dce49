import { describe, expect, it } from 'vitest';
import type { HoursPolicy } from '../contract';
import { DEFAULT_HOURS_POLICY, hoursWorked } from './hours';

const ZONE = 'Europe/Paris';
const night: HoursPolicy = { nightStart: '22:00', nightEnd: '06:00', nightMultiplier: 1.5 };

describe('hoursWorked', () => {
  it.each([
    // [label, shifts, policy, hours, nightHours, creditedHours]
    ['nothing worked', [], night, 0, 0, 0],
    [
      'a day shift has no night hours',
      [{ startsAt: '2025-10-16T07:00:00Z', endsAt: '2025-10-16T11:00:00Z' }],
      night,
      4,
      0,
      4,
    ],
    [
      '20:00-24:00 local: two of four hours at night',
      [{ startsAt: '2025-10-16T18:00:00Z', endsAt: '2025-10-16T22:00:00Z' }],
      night,
      4,
      2,
      5,
    ],
    [
      '23:00-07:00 local across midnight: seven night hours',
      [{ startsAt: '2025-10-16T21:00:00Z', endsAt: '2025-10-17T05:00:00Z' }],
      night,
      8,
      7,
      11.5,
    ],
    [
      'early morning 05:00-09:00 local: one night hour',
      [{ startsAt: '2025-10-17T03:00:00Z', endsAt: '2025-10-17T07:00:00Z' }],
      night,
      4,
      1,
      4.5,
    ],
    [
      'several shifts add up',
      [
        { startsAt: '2025-10-16T07:00:00Z', endsAt: '2025-10-16T08:30:00Z' },
        { startsAt: '2025-10-16T19:00:00Z', endsAt: '2025-10-16T21:00:00Z' },
      ],
      night,
      3.5,
      1,
      4,
    ],
    [
      'multiplier 1 credits plain hours',
      [{ startsAt: '2025-10-16T21:00:00Z', endsAt: '2025-10-17T05:00:00Z' }],
      DEFAULT_HOURS_POLICY,
      8,
      7,
      8,
    ],
    [
      'a night that does not cross midnight (00:00-05:00) x2',
      [{ startsAt: '2025-10-16T20:00:00Z', endsAt: '2025-10-17T02:00:00Z' }],
      { nightStart: '00:00', nightEnd: '05:00', nightMultiplier: 2 },
      6,
      4,
      10,
    ],
    [
      'the DST night (26 Oct 2025) is an hour longer: 22:00-06:00 local is 9 hours',
      [{ startsAt: '2025-10-25T20:00:00Z', endsAt: '2025-10-26T05:00:00Z' }],
      night,
      9,
      9,
      13.5,
    ],
    [
      'an empty or inverted shift counts nothing',
      [{ startsAt: '2025-10-16T07:00:00Z', endsAt: '2025-10-16T07:00:00Z' }],
      night,
      0,
      0,
      0,
    ],
  ] as const)('%s', (_label, shifts, policy, hours, nightHours, creditedHours) => {
    const totals = hoursWorked([...shifts], policy, ZONE);
    expect(totals).toEqual({ shifts: shifts.length, hours, nightHours, creditedHours });
  });
});
