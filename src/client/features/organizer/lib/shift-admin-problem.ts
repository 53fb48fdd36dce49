import { type MessageKey, t } from '@client/i18n';
import { isApiError } from '@client/lib/api-error';
import { problemMessage } from '@client/lib/problem-message';

const known: Record<string, MessageKey> = {
  capacity_below_signups: 'coord.problem.capacity_below_signups',
  shift_change_overlaps: 'coord.problem.shift_change_overlaps',
  shift_role_locked: 'coord.problem.shift_role_locked',
  shift_not_found: 'coord.problem.shift_not_found',
  role_not_found: 'coord.problem.role_not_found',
  role_slug_taken: 'coord.problem.role_slug_taken',
  role_has_history: 'coord.problem.role_has_history',
  user_not_found: 'coord.problem.user_not_found',
  no_sessions_match: 'coord.problem.no_sessions_match',
  message_no_recipients: 'coord.problem.message_no_recipients',
  forbidden: 'coord.problem.forbidden',
  unauthenticated: 'coord.problem.unauthenticated',
};

/** Why a coordination write failed, in our words where we have them; names who is affected. */
export function shiftAdminProblemMessage(error: unknown): string {
  for (const [code, key] of Object.entries(known)) {
    if (isApiError(error, code)) {
      const people = error.errors?.people;
      return people?.length ? `${t(key)} ${t('coord.problem.people', { names: people.join(', ') })}` : t(key);
    }
  }
  return problemMessage(error);
}

/** Per-field errors of a validation_failed answer, keyed by field. */
export function fieldErrorsOf(error: unknown): Record<string, string[]> {
  return isApiError(error, 'validation_failed') ? (error.errors ?? {}) : {};
}
