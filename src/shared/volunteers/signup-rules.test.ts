import { describe, expect, it } from 'vitest';
import type { ShiftRef, SignupVerdict } from '../contract';
import {
  DEFAULT_VOLUNTEER_POLICY,
  moveUpVerdict,
  signOffVerdict,
  signupVerdict,
  type SignupFacts,
} from './signup-rules';

// Paris in October is UTC+2: 10:00 local is 08:00Z; conference days turn at 02:00Z.
const NOW = '2025-10-16T08:30:00Z';

const other = (id: string, startsAt: string, endsAt: string): ShiftRef => ({
  id,
  roleName: 'Check-in desk',
  place: 'Entrance',
  startsAt,
  endsAt,
});

/** A 10:00-12:00 local shift on Friday with room, the volunteer a confirmed member. */
function facts(over: Partial<SignupFacts> = {}): SignupFacts {
  return {
    now: new Date(NOW),
    timeZone: 'Europe/Paris',
    shift: {
      id: 'shift',
      startsAt: '2025-10-17T08:00:00Z',
      endsAt: '2025-10-17T10:00:00Z',
      capacity: 3,
      taken: 1,
      waiting: 0,
    },
    role: { slug: 'check-in-desk', signupOpensHours: 720 },
    membership: 'confirmed',
    mine: null,
    otherShifts: [],
    noShows: 0,
    policy: DEFAULT_VOLUNTEER_POLICY,
    ...over,
  };
}

const shift = (over: Partial<SignupFacts['shift']>) => ({ shift: { ...facts().shift, ...over } });
const at = (instant: string) => ({ now: new Date(instant) });

describe('signupVerdict', () => {
  const rows: [string, Partial<SignupFacts>, SignupVerdict][] = [
    ['a free place', {}, { kind: 'ok' }],
    ['the last free place', shift({ taken: 2 }), { kind: 'ok' }],
    [
      'no free place: the waiting list is offered',
      shift({ taken: 3, waiting: 2 }),
      { kind: 'full', waiting: 2 },
    ],
    ['more taken than capacity (capacity lowered)', shift({ taken: 4 }), { kind: 'full', waiting: 0 }],
    ['already signed up', { mine: 'confirmed' }, { kind: 'already_signed_up', status: 'confirmed' }],
    ['already waiting', { mine: 'waiting' }, { kind: 'already_signed_up', status: 'waiting' }],
    [
      'already holding it, offered for hand-over',
      { mine: 'offered-for-handover' },
      { kind: 'already_signed_up', status: 'offered-for-handover' },
    ],
    ['the shift has started', at('2025-10-17T09:00:00Z'), { kind: 'shift_started' }],
    ['exactly at the start', at('2025-10-17T08:00:00Z'), { kind: 'shift_started' }],
    ['a second before the start', at('2025-10-17T07:59:59Z'), { kind: 'ok' }],
    ['the shift has ended', at('2025-10-17T10:00:00Z'), { kind: 'shift_ended' }],
    [
      'sign-up not open yet',
      { role: { slug: 'check-in-desk', signupOpensHours: 12 } },
      { kind: 'not_open_yet', opensAt: '2025-10-16T20:00:00Z' },
    ],
    [
      'sign-up opens exactly now',
      { ...at('2025-10-16T20:00:00Z'), role: { slug: 'check-in-desk', signupOpensHours: 12 } },
      { kind: 'ok' },
    ],
    ['not a member of the role', { membership: null }, { kind: 'role_needed', role: 'check-in-desk' }],
    [
      'membership waiting for the briefing',
      { membership: 'pending' },
      { kind: 'briefing_needed', role: 'check-in-desk' },
    ],
    [
      'overlaps another shift',
      { otherShifts: [other('a', '2025-10-17T09:00:00Z', '2025-10-17T11:00:00Z')] },
      { kind: 'overlaps', shift: other('a', '2025-10-17T09:00:00Z', '2025-10-17T11:00:00Z') },
    ],
    [
      'inside a longer shift',
      { otherShifts: [other('a', '2025-10-17T07:00:00Z', '2025-10-17T12:00:00Z')] },
      { kind: 'overlaps', shift: other('a', '2025-10-17T07:00:00Z', '2025-10-17T12:00:00Z') },
    ],
    [
      'touching before and after is fine',
      {
        otherShifts: [
          other('a', '2025-10-17T06:00:00Z', '2025-10-17T08:00:00Z'),
          other('b', '2025-10-17T10:00:00Z', '2025-10-17T11:00:00Z'),
        ],
      },
      { kind: 'ok' },
    ],
    [
      'a 30-minute gap is too little rest',
      { otherShifts: [other('a', '2025-10-17T10:30:00Z', '2025-10-17T12:00:00Z')] },
      {
        kind: 'too_little_rest',
        shift: other('a', '2025-10-17T10:30:00Z', '2025-10-17T12:00:00Z'),
        restMinutes: 30,
        minRestHours: 1,
      },
    ],
    [
      'a gap of exactly the minimum rest is fine',
      { otherShifts: [other('a', '2025-10-17T06:00:00Z', '2025-10-17T07:00:00Z')] },
      { kind: 'ok' },
    ],
    [
      'no minimum rest configured',
      {
        otherShifts: [other('a', '2025-10-17T10:30:00Z', '2025-10-17T12:00:00Z')],
        policy: { ...DEFAULT_VOLUNTEER_POLICY, minRestHours: 0 },
      },
      { kind: 'ok' },
    ],
    [
      'over the daily hours',
      { otherShifts: [other('a', '2025-10-17T11:00:00Z', '2025-10-17T18:00:00Z')] },
      { kind: 'daily_hours_exceeded', day: '2025-10-17', hours: 9, maxHoursPerDay: 8 },
    ],
    [
      'exactly the daily hours',
      { otherShifts: [other('a', '2025-10-17T11:00:00Z', '2025-10-17T17:00:00Z')] },
      { kind: 'ok' },
    ],
    [
      'hours after 04:00 local count for the next conference day',
      // 01:00-04:00 local on the night after Thursday belongs to Thursday; 04:00-10:00 to Friday.
      {
        otherShifts: [
          other('night', '2025-10-16T23:00:00Z', '2025-10-17T02:00:00Z'),
          other('early', '2025-10-17T02:00:00Z', '2025-10-17T07:00:00Z'),
        ],
      },
      { kind: 'ok' },
    ],
    [
      'a coordinator override waives rest and daily hours',
      {
        overrideLimits: true,
        otherShifts: [
          other('a', '2025-10-17T10:30:00Z', '2025-10-17T17:00:00Z'),
          other('b', '2025-10-17T03:00:00Z', '2025-10-17T07:30:00Z'),
        ],
      },
      { kind: 'ok' },
    ],
    [
      'the override does not waive overlaps',
      { overrideLimits: true, otherShifts: [other('a', '2025-10-17T09:00:00Z', '2025-10-17T11:00:00Z')] },
      { kind: 'overlaps', shift: other('a', '2025-10-17T09:00:00Z', '2025-10-17T11:00:00Z') },
    ],
    ['locked after too many no-shows', { noShows: 2 }, { kind: 'locked_no_shows', noShows: 2, limit: 2 }],
    ['one no-show below the limit', { noShows: 1 }, { kind: 'ok' }],
    [
      'never locked without a limit',
      { noShows: 9, policy: { ...DEFAULT_VOLUNTEER_POLICY, noShowLimit: null } },
      { kind: 'ok' },
    ],
    [
      'refusals come before "full": a full shift of a role you lack says join the role',
      { ...shift({ taken: 3 }), membership: null },
      { kind: 'role_needed', role: 'check-in-desk' },
    ],
    [
      'the same shift among your own is not a clash with itself',
      { otherShifts: [other('shift', '2025-10-17T08:00:00Z', '2025-10-17T10:00:00Z')] },
      { kind: 'ok' },
    ],
  ];

  it.each(rows)('%s', (_why, over, verdict) => {
    expect(signupVerdict(facts(over))).toEqual(verdict);
  });
});

describe('moveUpVerdict (waiting list promotion, hand-over)', () => {
  it.each([
    [
      'from the waiting list of a full shift',
      { mine: 'waiting' as const, ...shift({ taken: 3 }) },
      { kind: 'ok' },
    ],
    ['without a signup', { ...shift({ taken: 3 }) }, { kind: 'ok' }],
    [
      'already holding a place',
      { mine: 'confirmed' as const },
      { kind: 'already_signed_up', status: 'confirmed' },
    ],
    [
      'meanwhile took an overlapping shift',
      { mine: 'waiting' as const, otherShifts: [other('a', '2025-10-17T09:00:00Z', '2025-10-17T11:00:00Z')] },
      { kind: 'overlaps', shift: other('a', '2025-10-17T09:00:00Z', '2025-10-17T11:00:00Z') },
    ],
    [
      'after the start',
      { mine: 'waiting' as const, ...at('2025-10-17T08:00:00Z') },
      { kind: 'shift_started' },
    ],
  ] satisfies [string, Partial<SignupFacts>, SignupVerdict][])('%s', (_why, over, verdict) => {
    expect(moveUpVerdict(facts(over))).toEqual(verdict);
  });
});

describe('signOffVerdict', () => {
  // Starts 10:00Z; with the default 3 hours the deadline is 07:00Z.
  const base = { startsAt: '2025-10-17T10:00:00Z', signOffDeadlineHours: 3, status: 'confirmed' as const };
  it.each([
    ['well before the deadline', { now: new Date('2025-10-16T10:00:00Z') }, { kind: 'ok' }],
    ['exactly at the deadline', { now: new Date('2025-10-17T07:00:00Z') }, { kind: 'ok' }],
    [
      'a second after the deadline',
      { now: new Date('2025-10-17T07:00:01Z') },
      { kind: 'deadline_passed', deadline: '2025-10-17T07:00:00Z' },
    ],
    [
      'offered for hand-over counts like holding the place',
      { now: new Date('2025-10-17T08:00:00Z'), status: 'offered-for-handover' as const },
      { kind: 'deadline_passed', deadline: '2025-10-17T07:00:00Z' },
    ],
    [
      'a role with a 24-hour deadline',
      { now: new Date('2025-10-16T10:00:01Z'), signOffDeadlineHours: 24 },
      { kind: 'deadline_passed', deadline: '2025-10-16T10:00:00Z' },
    ],
    [
      'leaving a waiting list, even late',
      { now: new Date('2025-10-17T09:59:00Z'), status: 'waiting' as const },
      { kind: 'ok' },
    ],
  ])('%s', (_why, over, verdict) => {
    expect(signOffVerdict({ ...base, ...over })).toEqual(verdict);
  });
});
