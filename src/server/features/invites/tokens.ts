import { createHash } from 'node:crypto';
import { randomToken } from '@shared/text/codes';

/** A secret for a link: `bytes` random bytes (at least 16, i.e. 128 bits) in base64url. */
export function newSecret(bytes = 24): string {
  return randomToken(Math.max(16, bytes));
}

/** What is stored instead of the secret: a database dump must not contain working links. */
export function secretHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
