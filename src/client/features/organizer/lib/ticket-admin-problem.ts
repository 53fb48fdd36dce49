import { type MessageKey, t } from '@client/i18n';
import { isApiError } from '@client/lib/api-error';
import { problemMessage } from '@client/lib/problem-message';

const known: Record<string, MessageKey> = {
  ticket_type_taken: 'ticketsAdmin.problem.ticket_type_taken',
  ticket_type_not_found: 'ticketsAdmin.problem.ticket_type_not_found',
  ticket_not_found: 'ticketsAdmin.problem.ticket_not_found',
  check_in_list_not_found: 'ticketsAdmin.problem.check_in_list_not_found',
  check_in_list_in_use: 'ticketsAdmin.problem.check_in_list_in_use',
  ticket_type_has_tickets: 'ticketsAdmin.problem.ticket_type_has_tickets',
  signing_keys_exhausted: 'ticketsAdmin.problem.signing_keys_exhausted',
  ticket_import_invalid: 'ticketsAdmin.problem.ticket_import_invalid',
  forbidden: 'ticketsAdmin.problem.forbidden',
  unauthenticated: 'ticketsAdmin.problem.unauthenticated',
};

/** Why a ticket console action failed, in this console's words where we have them. */
export function ticketAdminProblemMessage(error: unknown): string {
  for (const [code, key] of Object.entries(known)) if (isApiError(error, code)) return t(key);
  return problemMessage(error);
}

/** The server's per-field errors of a refused form, or none. */
export function serverFieldErrors(error: unknown): Record<string, string[]> {
  return isApiError(error, 'validation_failed') ? (error.errors ?? {}) : {};
}
