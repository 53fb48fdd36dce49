import { addDays, startedClock, systemClock, type Clock } from '@shared/time';
import type { Config } from './config';
import { openDatabase, type DatabaseHandle } from './db/connect';
import { migrateToLatest } from './db/migrate';
import type { Logger } from './deps';
import { seedDemoAccounts } from './seed/demo-accounts';
import { liveDemoStart, seedDemo } from './seed/demo';
import { ensureFirstOrganizer } from './seed/first-organizer';

/**
 * A demo ticket holder's private link, so a newcomer can open a ticket and scan it at the desk
 * (the check-in desk accepts the QR payload typed or pasted like a keyboard-wedge scanner).
 */
export async function demoTicketPath(handle: DatabaseHandle): Promise<string | undefined> {
  const row = await handle.db
    .selectFrom('tickets as t')
    .innerJoin('conferences as c', 'c.id', 't.conference_id')
    .select(['c.slug', 't.secret'])
    .where('t.status', '=', 'valid')
    .where('t.note', 'is', null)
    .orderBy('c.start_date', 'desc')
    .orderBy('t.order_code')
    .limit(1)
    .executeTakeFirst();
  return row && `/t/${row.slug}/${row.secret}`;
}

export function clockFrom(config: Config): Clock {
  return config.LANYARD_NOW ? startedClock(config.LANYARD_NOW) : systemClock;
}

/**
 * Opens and migrates the database, then makes sure someone can use it: the demo conference
 * and logins in demo mode, otherwise a first organizer whose password is shown once.
 */
export async function prepareDatabase(config: Config, clock: Clock, logger: Logger): Promise<DatabaseHandle> {
  const handle = await openDatabase(config.DATABASE_URL);
  try {
    // Several instances may start at once on one empty database: one migrates and seeds while
    // the others wait, then find the work done (see docs/decisions/0012).
    await handle.exclusive(BOOT_LOCK, () => migrateAndSeed(handle, config, clock, logger));
  } catch (err) {
    await handle.close().catch(() => {});
    throw err;
  }
  return handle;
}

/** The name of the lock every booting instance takes before migrating and seeding. */
export const BOOT_LOCK = 'lanyard:boot';

async function migrateAndSeed(handle: DatabaseHandle, config: Config, clock: Clock, logger: Logger) {
  await migrateToLatest(handle.db);
  const { db } = handle;
  if (config.LANYARD_DEMO) {
    const any = await db.selectFrom('conferences').select('id').limit(1).executeTakeFirst();
    if (!any) {
      const shiftTo = config.LANYARD_DEMO_LIVE ? liveDemoStart(clock) : undefined;
      await seedDemo(db, clock, { shiftTo });
      logger.info(
        `Seeded the demo conferences${shiftTo ? `, moved so day 1 is ${addDays(shiftTo, 1)}` : ''}.`,
      );
    } else {
      // An existing demo database keeps its data; the documented logins come back if missing.
      await seedDemoAccounts(db, clock);
    }
  } else {
    const created = await ensureFirstOrganizer(db, clock, { email: config.LANYARD_ADMIN_EMAIL });
    if (created) {
      logger.info(
        `\n  First organizer account created. Note the password, it is shown only this once:\n` +
          `    email:    ${created.email}\n    password: ${created.password}\n`,
      );
    }
  }
}
