import { type MessageKey, t } from '@client/i18n';
import { isApiError } from '@client/lib/api-error';
import { formatDay } from '@client/lib/format';
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
 * The server writes times as "2025-10-17 09:00 (Europe/Paris)", already in the conference's
 * zone (with or without the zone's name); the app writes them "Fri 17 Oct 09:00" everywhere, so its words and ours match.
 */
export function localiseTimes(text: string): string {
  return text.replace(
    /(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})(?: \([A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*\))?/g,
    (_all, day: string, time: string) => `${formatDay(day)} ${time}`,
  );
}

/**
 * Why the server said no: our own sentence for the rule's problem code, and the server's
 * detail (which names the clashing shift, the opening time...) when it adds something.
 */
export function refusalMessage(error: unknown): { headline: string; detail: string | null } {
  if (isApiError(error)) {
    const key = known[error.code];
    // shift_full's detail speaks to API clients ({"waitlist": true}); the card offers the list.
    if (key) {
      const detail = error.code === 'shift_full' || !error.detail ? null : localiseTimes(error.detail);
      return { headline: t(key), detail };
    }
  }
  return { headline: problemMessage(error), detail: null };
}
