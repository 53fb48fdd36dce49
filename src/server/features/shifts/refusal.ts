import type { SignupVerdict } from '@shared/contract';
import { localDateAt, localTimeAt } from '@shared/time';
import { signupRefusalCodes } from '@shared/volunteers/refusals';
import { HttpProblem } from '../../http/problem';

type Refusal = Exclude<SignupVerdict, { kind: 'ok' }>;

/** The refusal as problem+json: the rule's code, and a sentence a volunteer understands. */
export function refusalProblem(verdict: Refusal, timeZone: string): HttpProblem {
  return new HttpProblem(signupRefusalCodes[verdict.kind], describe(verdict, timeZone));
}

function describe(v: Refusal, timeZone: string): string {
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
