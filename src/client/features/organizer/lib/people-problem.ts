import { type MessageKey, t } from '@client/i18n';
import { isApiError } from '@client/lib/api-error';
import { problemMessage } from '@client/lib/problem-message';

const known: Record<string, MessageKey> = {
  last_organizer: 'people.problem.last_organizer',
  user_not_found: 'people.problem.user_not_found',
  forbidden: 'people.problem.forbidden',
  unauthenticated: 'people.problem.unauthenticated',
};

/** Why a role change or the list failed, in this page's own words where we have them. */
export function peopleProblemMessage(error: unknown): string {
  for (const [code, key] of Object.entries(known)) if (isApiError(error, code)) return t(key);
  return problemMessage(error);
}
