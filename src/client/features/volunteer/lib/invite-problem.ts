import { type MessageKey, t } from '@client/i18n';
import { isApiError } from '@client/lib/api-error';
import { problemMessage } from '@client/lib/problem-message';

const known: Record<string, MessageKey> = {
  invite_not_found: 'volunteering.problem.invite_not_found',
  invite_revoked: 'volunteering.problem.invite_revoked',
  invite_expired: 'volunteering.problem.invite_expired',
  invite_used_up: 'volunteering.problem.invite_used_up',
  briefing_not_found: 'volunteering.problem.briefing_not_found',
  briefing_expired: 'volunteering.problem.briefing_expired',
  sign_off_still_open: 'volunteering.problem.sign_off_still_open',
  signoff_request_pending: 'volunteering.problem.signoff_request_pending',
  signoff_request_decided: 'volunteering.problem.signoff_request_decided',
};

/** Our sentence for the invite, briefing and sign-off request refusals; the general one otherwise. */
export function volunteeringProblem(error: unknown): string {
  if (isApiError(error)) {
    const key = known[error.code];
    if (key) return t(key);
  }
  return problemMessage(error);
}
