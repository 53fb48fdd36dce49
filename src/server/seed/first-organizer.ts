import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { emailSchema } from '@shared/contract';
import type { Clock } from '@shared/time';
import type { Database } from '../db/schema';
import { createAccount, hasRealAccounts } from '../features/auth';
import { HttpProblem } from '../http/problem';

export interface FirstOrganizerOptions {
  /** Defaults to LANYARD_ADMIN_EMAIL, then admin@lanyard.local. */
  email?: string;
}

/**
 * A fresh installation has nobody who could log in, and no default password may work
 * outside demo mode. So the first start creates one organizer with a random password and
 * hands it back once for the operator to read in the log; later starts return null.
 */
export async function ensureFirstOrganizer(
  db: Kysely<Database>,
  clock: Clock,
  opts: FirstOrganizerOptions = {},
): Promise<{ email: string; password: string } | null> {
  if (await hasRealAccounts(db)) return null;
  const email = emailSchema.parse(opts.email ?? process.env.LANYARD_ADMIN_EMAIL ?? 'admin@lanyard.local');
  // 15 random bytes are exactly 20 base64url characters: 120 bits, nothing to guess.
  const password = randomBytes(15).toString('base64url');
  try {
    await createAccount(db, clock, { email, name: 'Organizer', password, roles: ['organizer'] });
  } catch (err) {
    // Another process starting on the same database won the race; it prints the password.
    if (err instanceof HttpProblem && err.problem.code === 'email_taken') return null;
    throw err;
  }
  return { email, password };
}
