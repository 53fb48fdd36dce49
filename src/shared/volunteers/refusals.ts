import type { ProblemCode, SignupVerdictKind } from '../contract';

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
