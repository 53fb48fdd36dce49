import { describe, expect, it } from 'vitest';
import type { ShiftRef, SignupVerdictKind } from '../contract';
import { refusalDetail, signupRefusalCodes, type SignupRefusal } from './refusals';

const ZONE = 'Europe/Paris';
const shift: ShiftRef = {
  id: 's1',
  roleName: 'Check-in desk',
  place: 'Entrance',
  startsAt: '2025-10-17T08:00:00Z',
  endsAt: '2025-10-17T10:00:00Z',
};

const rows: [SignupRefusal, string][] = [
  [
    { kind: 'full', waiting: 2 },
    'All places are taken; 2 waiting. Send {"waitlist": true} to join the waiting list.',
  ],
  [{ kind: 'already_signed_up', status: 'waiting' }, 'You are already on the waiting list for this shift.'],
  [{ kind: 'already_signed_up', status: 'confirmed' }, 'You already hold a place on this shift.'],
  [{ kind: 'shift_started' }, 'This shift has already started; sign-up is closed.'],
  [{ kind: 'shift_ended' }, 'This shift is over.'],
  [
    { kind: 'not_open_yet', opensAt: '2025-10-10T07:00:00Z' },
    'Sign-up for this shift opens at 2025-10-10 09:00 (Europe/Paris).',
  ],
  [
    { kind: 'overlaps', shift },
    'It overlaps your Check-in desk shift at Entrance from 2025-10-17 10:00 (Europe/Paris).',
  ],
  [{ kind: 'role_needed', role: 'stage-crew' }, 'Join the role "stage-crew" first.'],
  [
    { kind: 'briefing_needed', role: 'stage-crew' },
    'Your membership of "stage-crew" waits for a coordinator to confirm it after the briefing.',
  ],
  [
    { kind: 'too_little_rest', shift, restMinutes: 30, minRestHours: 1 },
    'Only 30 minutes between this and your Check-in desk shift at Entrance; take at least 1 hours of rest or pick a shift that follows on directly.',
  ],
  [
    { kind: 'daily_hours_exceeded', day: '2025-10-17', hours: 9, maxHoursPerDay: 8 },
    'That makes 9 hours on 2025-10-17; the limit is 8 hours a day.',
  ],
  [
    { kind: 'locked_no_shows', noShows: 2, limit: 2 },
    'Sign-up is locked after 2 missed shifts; please talk to a coordinator.',
  ],
];

describe('refusalDetail', () => {
  it.each(rows)('%o', (verdict, detail) => {
    expect(refusalDetail(verdict, ZONE)).toBe(detail);
  });

  it('has a row for every refusal kind', () => {
    const kinds = new Set(rows.map(([v]) => v.kind));
    expect([...kinds].sort()).toEqual(
      (Object.keys(signupRefusalCodes) as Exclude<SignupVerdictKind, 'ok'>[]).sort(),
    );
  });
});
