import type { Transaction } from 'kysely';
import type { DatabaseKind } from '../../db/connect';
import type { Database } from '../../db/schema';

// Every change to the schedule (a publish, an import, a structure edit that moves sessions)
// takes the lock, and one that changes what attendees see bumps the version and records its
// changelog (insertChanges) in the same transaction.

/**
 * Locks the conference row until the transaction ends, so two imports (or an import and
 * another schedule change) into one conference run one after the other on Postgres too.
 * SQLite runs one write transaction at a time already.
 */
export async function lockScheduleVersion(
  trx: Transaction<Database>,
  kind: DatabaseKind,
  conferenceId: string,
) {
  let query = trx.selectFrom('conferences').select('schedule_version').where('id', '=', conferenceId);
  if (kind !== 'sqlite') query = query.forUpdate();
  const row = await query.executeTakeFirstOrThrow();
  return row.schedule_version;
}

export async function bumpScheduleVersion(trx: Transaction<Database>, conferenceId: string): Promise<number> {
  await trx
    .updateTable('conferences')
    .set((eb) => ({ schedule_version: eb('schedule_version', '+', 1) }))
    .where('id', '=', conferenceId)
    .execute();
  const row = await trx
    .selectFrom('conferences')
    .select('schedule_version')
    .where('id', '=', conferenceId)
    .executeTakeFirstOrThrow();
  return row.schedule_version;
}
