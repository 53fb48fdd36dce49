import type { Kysely } from 'kysely';
import { demoEditions, type DemoEdition, type DemoOptions } from '@shared/demo';
import { addDays, localDateAt, toInstant, type Clock } from '@shared/time';
import type { Database } from '../db/schema';
import { seedDemoAccounts } from './demo-accounts';
import { seedDemoVolunteers } from './demo-volunteers';
import { seedEditions } from './demo-editions';
import { seedDemoTickets } from './demo-tickets';

/**
 * Everything demo mode puts into an empty database, in dependency order. Features that need
 * demo data (volunteer shifts, tickets...) add their step here, so `npm start` and the test
 * harness seed the same world. Returns the editions it wrote.
 */
export async function seedDemo(
  db: Kysely<Database>,
  clock: Clock,
  options: DemoOptions = {},
): Promise<DemoEdition[]> {
  const editions = demoEditions(options);
  await seedEditions(db, editions, clock().toISOString());
  await seedDemoAccounts(db, clock);
  await seedDemoVolunteers(db, editions, toInstant(clock()));
  await seedDemoTickets(db, editions[0]!, clock);
  return editions;
}

/**
 * The date a live demo moves the flagship edition to, so its talks run today: its first day
 * (the barcamp) falls on yesterday in the conference's zone.
 */
export function liveDemoStart(clock: Clock): string {
  const flagship = demoEditions()[0]!.conference;
  return addDays(localDateAt(clock(), flagship.timeZone), -1);
}
