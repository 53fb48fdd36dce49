import { type MessageKey, t } from '@client/i18n';
import { isApiError } from '@client/lib/api-error';
import { problemMessage } from '@client/lib/problem-message';

const known: Record<string, MessageKey> = {
  import_unreadable: 'scheduleAdmin.problem.import_unreadable',
  import_empty: 'scheduleAdmin.problem.import_empty',
  import_confirmation_required: 'scheduleAdmin.problem.import_confirmation_required',
  import_url_refused: 'scheduleAdmin.problem.import_url_refused',
  import_fetch_failed: 'scheduleAdmin.problem.import_fetch_failed',
  import_preview_not_found: 'scheduleAdmin.problem.import_preview_not_found',
  import_preview_applied: 'scheduleAdmin.problem.import_preview_applied',
  import_preview_stale: 'scheduleAdmin.problem.import_preview_stale',
  payload_too_large: 'scheduleAdmin.problem.payload_too_large',
  schedule_nothing_to_publish: 'scheduleAdmin.problem.schedule_nothing_to_publish',
  session_not_found: 'scheduleAdmin.problem.session_not_found',
  validation_failed: 'scheduleAdmin.problem.validation_failed',
  forbidden: 'scheduleAdmin.problem.forbidden',
  unauthenticated: 'scheduleAdmin.problem.unauthenticated',
};

/**
 * Why an import, edit or publish failed, in words an organizer can act on; the server's
 * detail (e.g. which line of the file) follows when it says more than the code.
 */
export function scheduleProblem(error: unknown): { message: string; detail: string | null } {
  for (const [code, key] of Object.entries(known)) {
    if (isApiError(error, code)) return { message: t(key), detail: error.detail ?? null };
  }
  return { message: problemMessage(error), detail: null };
}
