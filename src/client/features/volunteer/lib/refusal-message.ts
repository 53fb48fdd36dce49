import { type MessageKey, t } from '@client/i18n';
import { isApiError } from '@client/lib/api-error';
import { problemMessage } from '@client/lib/problem-message';

const known: Record<string, MessageKey> = {
  shift_full: 'volunteer.refusal.shift_full',
  already_signed_up: 'volunteer.refusal.already_signed_up',
  shift_started: 'volunteer.refusal.shift_started',
  shift_ended: 'volunteer.refusal.shift_ended',
  signup_not_open_yet: 'volunteer.refusal.signup_not_open_yet',
  overlaps_shift: 'volunteer.refusal.overlaps_shift',
  role_needed: 'volunteer.refusal.role_needed',
  briefing_needed: 'volunteer.refusal.briefing_needed',
  too_little_rest: 'volunteer.refusal.too_little_rest',
  daily_hours_exceeded: 'volunteer.refusal.daily_hours_exceeded',
  locked_no_shows: 'volunteer.refusal.locked_no_shows',
  sign_off_deadline_passed: 'volunteer.refusal.sign_off_deadline_passed',
  not_signed_up: 'volunteer.refusal.not_signed_up',
  no_handover_offered: 'volunteer.refusal.no_handover_offered',
  unauthenticated: 'volunteer.refusal.unauthenticated',
  forbidden: 'volunteer.refusal.forbidden',
};

/**
 * Why the server said no: our own sentence for the rule's problem code, and the server's
 * detail (which names the clashing shift, the opening time...) when it adds something.
 */
export function refusalMessage(error: unknown): { headline: string; detail: string | null } {
  if (isApiError(error)) {
    const key = known[error.code];
    // shift_full's detail speaks to API clients ({"waitlist": true}); the card offers the list.
    if (key) return { headline: t(key), detail: error.code === 'shift_full' ? null : (error.detail ?? null) };
  }
  return { headline: problemMessage(error), detail: null };
}
