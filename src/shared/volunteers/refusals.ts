import type { ProblemCode, SignupVerdict, SignupVerdictKind } from '../contract';
import { localDateAt, localTimeAt } from '../time';

/** The problem code the API answers with for each way a sign-up can be refused. */
export const signupRefusalCodes = {
  full: 'shift_full',
  already_signed_up: 'already_signed_up',
  shift_started: 'shift_started',
  shift_ended: 'shift_ended',
  not_open_yet: 'signup_not_open_yet',
  overlaps: 'overlaps_shift',
  role_needed: 'role_needed',
  briefing_needed: 'briefing_needed',
  too_little_rest: 'too_little_rest',
  daily_hours_exceeded: 'daily_hours_exceeded',
  locked_no_shows: 'locked_no_shows',
} as const satisfies Record<Exclude<SignupVerdictKind, 'ok'>, ProblemCode>;

export type SignupRefusal = Exclude<SignupVerdict, { kind: 'ok' }>;

/**
 * The refusal's detail, a sentence a volunteer understands, with times as
 * "2025-10-17 09:00 (Europe/Paris)" in the conference's zone (the app rewrites them in its locale).
 */
export function refusalDetail(v: SignupRefusal, timeZone: string): string {
  const when = (instant: string) =>
    `${localDateAt(new Date(instant), timeZone)} ${localTimeAt(new Date(instant), timeZone)} (${timeZone})`;
  switch (v.kind) {
    case 'full':
      return `All places are taken; ${v.waiting} waiting. Send {"waitlist": true} to join the waiting list.`;
    case 'already_signed_up':
      return v.status === 'waiting'
        ? 'You are already on the waiting list for this shift.'
        : 'You already hold a place on this shift.';
    case 'shift_started':
      return 'This shift has already started; sign-up is closed.';
    case 'shift_ended':
      return 'This shift is over.';
    case 'not_open_yet':
      return `Sign-up for this shift opens at ${when(v.opensAt)}.`;
    case 'overlaps':
      return `It overlaps your ${v.shift.roleName} shift at ${v.shift.place} from ${when(v.shift.startsAt)}.`;
    case 'role_needed':
      return `Join the role "${v.role}" first.`;
    case 'briefing_needed':
      return `Your membership of "${v.role}" waits for a coordinator to confirm it after the briefing.`;
    case 'too_little_rest':
      return (
        `Only ${v.restMinutes} minutes between this and your ${v.shift.roleName} shift at ${v.shift.place}; ` +
        `take at least ${v.minRestHours} hours of rest or pick a shift that follows on directly.`
      );
    case 'daily_hours_exceeded':
      return `That makes ${v.hours} hours on ${v.day}; the limit is ${v.maxHoursPerDay} hours a day.`;
    case 'locked_no_shows':
      return `Sign-up is locked after ${v.noShows} missed shifts; please talk to a coordinator.`;
  }
}
