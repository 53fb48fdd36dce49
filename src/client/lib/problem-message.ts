import { t, type MessageKey } from '@client/i18n';
import { ApiError } from './api-error';

const known: Record<string, MessageKey> = {
  invalid_credentials: 'problem.invalid_credentials',
  rate_limited: 'problem.rate_limited',
  email_taken: 'problem.email_taken',
  validation_failed: 'problem.validation_failed',
};

/**
 * A sentence a person can act on. Known codes get our own wording (translated); otherwise the
 * server's detail, which is written for people, and only then a generic line.
 */
export function problemMessage(error: unknown): string {
  if (error instanceof ApiError) {
    const key = known[error.code];
    if (key) return t(key);
    return error.detail ?? error.title;
  }
  if (error instanceof TypeError) return t('problem.network');
  return t('problem.unknown');
}
