import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** Everyone on a shift with their status, in order of arrival. */
export function peopleOnShift(db: Db, shiftId: string) {
  return db
    .selectFrom('shift_signups as g')
    .innerJoin('users as u', 'u.id', 'g.user_id')
    .select(['u.id', 'u.name', 'g.status'])
    .where('g.shift_id', '=', shiftId)
    .orderBy('g.queue_number')
    .execute();
}

/** Other shifts these volunteers hold a place on, for the overlap check when times change. */
export function heldShiftsOf(db: Db, conferenceId: string, userIds: string[], exceptShiftId: string) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('shift_signups as g')
    .innerJoin('shifts as s', 's.id', 'g.shift_id')
    .select(['g.user_id', 's.id', 's.starts_at', 's.ends_at'])
    .where('s.conference_id', '=', conferenceId)
    .where('g.user_id', 'in', userIds)
    .where('g.status', '!=', 'waiting')
    .where('s.id', '!=', exceptShiftId)
    .execute();
}

export async function updateShiftRow(
  db: Db,
  id: string,
  set: Partial<{
    role_id: string;
    place: string;
    starts_at: string;
    ends_at: string;
    capacity: number;
    description: string;
  }>,
) {
  await db.updateTable('shifts').set(set).where('id', '=', id).execute();
}

export async function deleteShiftRow(db: Db, id: string) {
  await db.deleteFrom('shift_signups').where('shift_id', '=', id).execute();
  await db.deleteFrom('shifts').where('id', '=', id).execute();
}

export function roomsBySlug(db: Db, conferenceId: string, slugs: string[]) {
  return db
    .selectFrom('rooms')
    .select(['id', 'slug', 'name'])
    .where('conference_id', '=', conferenceId)
    .where('slug', 'in', slugs)
    .execute();
}

/** Sessions that take place (not cancelled) in these rooms. */
export function sessionsInRooms(db: Db, conferenceId: string, roomIds: string[]) {
  return db
    .selectFrom('sessions')
    .select(['code', 'room_id', 'starts_at', 'ends_at'])
    .where('conference_id', '=', conferenceId)
    .where('room_id', 'in', roomIds)
    .where('status', '!=', 'cancelled')
    .orderBy('starts_at')
    .execute();
}

export function shiftTimesOfRole(db: Db, roleId: string) {
  return db
    .selectFrom('shifts')
    .select(['place', 'starts_at', 'ends_at'])
    .where('role_id', '=', roleId)
    .execute();
}
