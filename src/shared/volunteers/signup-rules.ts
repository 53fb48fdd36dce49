import type { MembershipStatus, ShiftRef, SignupStatus, SignupVerdict, VolunteerPolicy } from '../contract';
import { conferenceDayOf, toInstant } from '../time';

/**
 * The sign-up rules, shared by the server (authoritative, inside the transaction that takes
 * the place) and the client (to explain a refusal before the volunteer taps).
 */

const HOUR_MS = 3_600_000;

export const DEFAULT_VOLUNTEER_POLICY: VolunteerPolicy = {
  minRestHours: 1,
  maxHoursPerDay: 8,
  noShowLimit: 2,
};
export const DEFAULT_SIGN_OFF_DEADLINE_HOURS = 3;

export interface SignupFacts {
  now: Date;
  /** The edition's zone: daily hours count per conference day (04:00 to 04:00 local). */
  timeZone: string;
  shift: { id: string; startsAt: string; endsAt: string; capacity: number; taken: number; waiting: number };
  role: { slug: string; signupOpensHours: number };
  membership: MembershipStatus | null;
  /** The volunteer's own signup on this shift, if any. */
  mine: SignupStatus | null;
  /** The volunteer's other shifts of the edition where they hold a place. */
  otherShifts: ShiftRef[];
  noShows: number;
  policy: VolunteerPolicy;
  /** A coordinator waives the rest and daily-hours limits. */
  overrideLimits?: boolean;
}

/** When sign-up for a shift opens. */
export function signupOpensAt(startsAt: string, signupOpensHours: number): string {
  return toInstant(new Date(Date.parse(startsAt) - signupOpensHours * HOUR_MS));
}

/** The verdict on tapping "sign up": every rule in order, capacity last so "full" means "wait". */
export function signupVerdict(f: SignupFacts): SignupVerdict {
  if (f.mine) return { kind: 'already_signed_up', status: f.mine };
  const refusal = eligibility(f);
  if (refusal) return refusal;
  if (f.shift.taken >= f.shift.capacity) return { kind: 'full', waiting: f.shift.waiting };
  return { kind: 'ok' };
}

/**
 * The verdict on moving into a place someone else frees or hands over: the same rules except
 * capacity, and waiting in line for this very shift is the point, not a refusal.
 */
export function moveUpVerdict(f: SignupFacts): SignupVerdict {
  if (f.mine && f.mine !== 'waiting') return { kind: 'already_signed_up', status: f.mine };
  return eligibility(f) ?? { kind: 'ok' };
}

function eligibility(f: SignupFacts): SignupVerdict | null {
  const now = f.now.getTime();
  const start = Date.parse(f.shift.startsAt);
  const end = Date.parse(f.shift.endsAt);
  if (now >= end) return { kind: 'shift_ended' };
  if (now >= start) return { kind: 'shift_started' };
  const { noShowLimit } = f.policy;
  if (noShowLimit !== null && f.noShows >= noShowLimit) {
    return { kind: 'locked_no_shows', noShows: f.noShows, limit: noShowLimit };
  }
  if (!f.membership) return { kind: 'role_needed', role: f.role.slug };
  if (f.membership === 'pending') return { kind: 'briefing_needed', role: f.role.slug };
  const opensAt = signupOpensAt(f.shift.startsAt, f.role.signupOpensHours);
  if (now < Date.parse(opensAt)) return { kind: 'not_open_yet', opensAt };

  const others = f.otherShifts
    .filter((o) => o.id !== f.shift.id)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  // Touching shifts (one ends as the other starts) do not overlap.
  const clash = others.find((o) => Date.parse(o.startsAt) < end && start < Date.parse(o.endsAt));
  if (clash) return { kind: 'overlaps', shift: clash };
  if (f.overrideLimits) return null;

  return tooLittleRest(others, start, end, f.policy.minRestHours) ?? overDailyHours(f, others, start, end);
}

/** A gap shorter than the minimum rest is neither a rest nor one continuous stint. */
function tooLittleRest(others: ShiftRef[], start: number, end: number, minRestHours: number) {
  for (const o of others) {
    const gap = Math.max(start - Date.parse(o.endsAt), Date.parse(o.startsAt) - end);
    if (gap > 0 && gap < minRestHours * HOUR_MS) {
      return {
        kind: 'too_little_rest',
        shift: o,
        restMinutes: Math.floor(gap / 60_000),
        minRestHours,
      } satisfies SignupVerdict;
    }
  }
  return null;
}

function overDailyHours(
  f: SignupFacts,
  others: ShiftRef[],
  start: number,
  end: number,
): SignupVerdict | null {
  const day = conferenceDayOf(new Date(start), f.timeZone);
  const sameDay = others.filter((o) => conferenceDayOf(new Date(o.startsAt), f.timeZone) === day);
  const ms = sameDay.reduce((sum, o) => sum + Date.parse(o.endsAt) - Date.parse(o.startsAt), end - start);
  const hours = Math.round((ms / HOUR_MS) * 100) / 100;
  if (hours > f.policy.maxHoursPerDay) {
    return { kind: 'daily_hours_exceeded', day, hours, maxHoursPerDay: f.policy.maxHoursPerDay };
  }
  return null;
}

export type SignOffVerdict = { kind: 'ok' } | { kind: 'deadline_passed'; deadline: string };

/** The last instant a volunteer may still sign off on their own. */
export function signOffDeadline(startsAt: string, signOffDeadlineHours: number): string {
  return toInstant(new Date(Date.parse(startsAt) - signOffDeadlineHours * HOUR_MS));
}

/**
 * Signing off is allowed up to and including the deadline; after it the volunteer asks the
 * coordinator (or offers the shift for hand-over). Leaving a waiting list frees no place the
 * event counts on, so it is always allowed.
 */
export function signOffVerdict(f: {
  now: Date;
  startsAt: string;
  signOffDeadlineHours: number;
  status: SignupStatus;
}): SignOffVerdict {
  if (f.status === 'waiting') return { kind: 'ok' };
  const deadline = signOffDeadline(f.startsAt, f.signOffDeadlineHours);
  return f.now.getTime() <= Date.parse(deadline) ? { kind: 'ok' } : { kind: 'deadline_passed', deadline };
}
