import { t } from '@client/i18n';
import { isApiError } from '@client/lib/api-error';
import { problemMessage } from '@client/ui/forms/problem-messages';

/** A coordination refusal in words, naming who is affected when the server says (`errors.people`). */
export function coordinationProblem(error: unknown): string {
  const message = problemMessage(error, 'coordination');
  const people = isApiError(error) ? error.errors?.people : undefined;
  return people?.length ? `${message} ${t('coord.problem.people', { names: people.join(', ') })}` : message;
}
