import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export function listConferenceRows(db: Kysely<Database>) {
  return db.selectFrom('conferences').selectAll().orderBy('start_date', 'desc').execute();
}

export function findConferenceRow(db: Kysely<Database>, slug: string) {
  return db.selectFrom('conferences').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export function listDayRows(db: Kysely<Database>, conferenceId: string) {
  return db
    .selectFrom('conference_days')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('date')
    .execute();
}

export function listRoomRows(db: Kysely<Database>, conferenceId: string) {
  return db
    .selectFrom('rooms')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('position')
    .orderBy('name')
    .execute();
}

export function listTrackRows(db: Kysely<Database>, conferenceId: string) {
  return db
    .selectFrom('tracks')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('name')
    .execute();
}

export async function listSessionTypes(db: Kysely<Database>, conferenceId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('sessions')
    .select('type')
    .distinct()
    .where('conference_id', '=', conferenceId)
    .orderBy('type')
    .execute();
  return rows.map((r) => r.type);
}
