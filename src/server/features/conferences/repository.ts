import type { Kysely, Transaction } from 'kysely';
import { writeJson } from '../../db/json-column';
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

export interface NewConference {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
  startDate: string;
  endDate: string;
  venueName: string;
  venueAddress: string;
  createdAt: string;
  days: { date: string; label: string }[];
}

/** The conference and its days together: an edition without days could not show a schedule. */
export async function insertConference(trx: Transaction<Database>, c: NewConference): Promise<void> {
  await trx
    .insertInto('conferences')
    .values({
      id: c.id,
      slug: c.slug,
      name: c.name,
      time_zone: c.timeZone,
      start_date: c.startDate,
      end_date: c.endDate,
      venue_name: c.venueName,
      venue_address: c.venueAddress,
      venue_directions: writeJson<string[]>([]),
      schedule_version: 1,
      created_at: c.createdAt,
    })
    .execute();
  await trx
    .insertInto('conference_days')
    .values(
      c.days.map((d) => ({
        conference_id: c.id,
        date: d.date,
        label: d.label,
        opens_at: '09:00',
        closes_at: '18:00',
        note: null,
      })),
    )
    .execute();
}
