import type { Kysely } from 'kysely';
import { DEMO_ACCOUNTS } from '@shared/demo';
import type { Clock } from '@shared/time';
import type { Database } from '../db/schema';
import { createAccount, existingEmails } from '../features/auth';

/**
 * Creates the documented demo logins that are missing. They are flagged is_demo, so the
 * server refuses them whenever it is not running in demo mode.
 */
export async function seedDemoAccounts(db: Kysely<Database>, clock: Clock): Promise<void> {
  const present = await existingEmails(
    db,
    DEMO_ACCOUNTS.map((a) => a.email),
  );
  for (const account of DEMO_ACCOUNTS) {
    if (present.has(account.email)) continue;
    await createAccount(db, clock, { ...account, isDemo: true });
  }
}
