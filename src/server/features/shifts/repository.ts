import type { Kysely, Transaction } from 'kysely';
import type { DatabaseKind } from '../../db/connect';
import type { Database, ShiftSignupsTable, ShiftsTable } from '../../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface ShiftQuery {
  conferenceId: string;
  id?: string;
  roleSlug?: string;
  place?: string;
  startsFrom?: string;
  startsBefore?: string;
}

export function findShiftRows(db: Db, q: ShiftQuery) {
  let query = db
    .selectFrom('shifts as s')
    .innerJoin('volunteer_roles as r', 'r.id', 's.role_id')
    .selectAll('s')
    .select([
      'r.slug as role_slug',
      'r.name as role_name',
      'r.signup_opens_hours',
      'r.sign_off_deadline_hours',
      'r.coordinator_user_id',
    ])
    .where('s.conference_id', '=', q.conferenceId);
  if (q.id) query = query.where('s.id', '=', q.id);
  if (q.roleSlug) query = query.where('r.slug', '=', q.roleSlug);
  if (q.place) query = query.where('s.place', '=', q.place);
  if (q.startsFrom) query = query.where('s.starts_at', '>=', q.startsFrom);
  if (q.startsBefore) query = query.where('s.starts_at', '<', q.startsBefore);
  return query.orderBy('s.starts_at').orderBy('r.position').orderBy('s.place').orderBy('s.id').execute();
}
export type ShiftRowWithRole = Awaited<ReturnType<typeof findShiftRows>>[number];

export async function distinctPlaces(db: Db, conferenceId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('shifts')
    .select('place')
    .distinct()
    .where('conference_id', '=', conferenceId)
    .orderBy('place')
    .execute();
  return rows.map((r) => r.place);
}

export async function insertShifts(db: Db, rows: ShiftsTable[]): Promise<void> {
  // Slices keep each statement well under SQLite's bound-parameter limit.
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto('shifts')
      .values(rows.slice(i, i + 200))
      .execute();
  }
}

/**
 * Serialises changes to one shift's places. Postgres locks the row until commit; SQLite runs
 * one transaction at a time on its single connection, so there is nothing to lock.
 */
export async function lockShift(
  trx: Transaction<Database>,
  kind: DatabaseKind,
  shiftId: string,
): Promise<boolean> {
  let query = trx.selectFrom('shifts').select('id').where('id', '=', shiftId);
  if (kind !== 'sqlite') query = query.forUpdate();
  return (await query.executeTakeFirst()) !== undefined;
}

/**
 * Serialises one volunteer's sign-ups, so two taps on overlapping shifts at once cannot both
 * pass the overlap rule. NO KEY UPDATE leaves rows referencing the user insertable meanwhile.
 * Always taken before the shift lock, never after, so the two cannot deadlock.
 */
export async function lockVolunteer(
  trx: Transaction<Database>,
  kind: DatabaseKind,
  userId: string,
): Promise<void> {
  if (kind === 'sqlite') return;
  await trx.selectFrom('users').select('id').where('id', '=', userId).forNoKeyUpdate().execute();
}

export interface PlaceCounts {
  taken: number;
  waiting: number;
  offered: number;
}

/** Places per shift: held (confirmed or offered for hand-over), waiting, offered. */
export async function countPlaces(db: Db, q: { conferenceId: string; shiftId?: string }) {
  let query = db
    .selectFrom('shift_signups as g')
    .innerJoin('shifts as s', 's.id', 'g.shift_id')
    .select(['g.shift_id', 'g.status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('s.conference_id', '=', q.conferenceId)
    .groupBy(['g.shift_id', 'g.status']);
  if (q.shiftId) query = query.where('g.shift_id', '=', q.shiftId);
  const counts = new Map<string, PlaceCounts>();
  for (const row of await query.execute()) {
    const c = counts.get(row.shift_id) ?? { taken: 0, waiting: 0, offered: 0 };
    const n = Number(row.n);
    if (row.status === 'waiting') c.waiting += n;
    else c.taken += n;
    if (row.status === 'offered-for-handover') c.offered += n;
    counts.set(row.shift_id, c);
  }
  return counts;
}

/** Every signup of one volunteer in an edition, with the shift it is for. */
export function signupsOfVolunteer(db: Db, conferenceId: string, userId: string) {
  return db
    .selectFrom('shift_signups as g')
    .innerJoin('shifts as s', 's.id', 'g.shift_id')
    .innerJoin('volunteer_roles as r', 'r.id', 's.role_id')
    .select([
      'g.shift_id',
      'g.status',
      'g.queue_number',
      'g.attendance',
      's.starts_at',
      's.ends_at',
      's.place',
      'r.name as role_name',
    ])
    .where('s.conference_id', '=', conferenceId)
    .where('g.user_id', '=', userId)
    .execute();
}

/** Queue numbers of everyone waiting on these shifts, to tell a volunteer their place in line. */
export function waitingQueueNumbers(db: Db, shiftIds: string[]) {
  if (shiftIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('shift_signups')
    .select(['shift_id', 'queue_number'])
    .where('shift_id', 'in', shiftIds)
    .where('status', '=', 'waiting')
    .execute();
}

export async function countNoShows(db: Db, conferenceId: string, userId: string): Promise<number> {
  const row = await db
    .selectFrom('shift_signups as g')
    .innerJoin('shifts as s', 's.id', 'g.shift_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('s.conference_id', '=', conferenceId)
    .where('g.user_id', '=', userId)
    .where('g.attendance', '=', 'no-show')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findSignup(db: Db, shiftId: string, userId: string) {
  return db
    .selectFrom('shift_signups')
    .selectAll()
    .where('shift_id', '=', shiftId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function nextQueueNumber(db: Db, shiftId: string): Promise<number> {
  const row = await db
    .selectFrom('shift_signups')
    .select((eb) => eb.fn.max<number | null>('queue_number').as('max'))
    .where('shift_id', '=', shiftId)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

export async function insertSignup(db: Db, row: ShiftSignupsTable): Promise<void> {
  await db.insertInto('shift_signups').values(row).execute();
}

export async function setSignupStatus(
  db: Db,
  id: string,
  status: ShiftSignupsTable['status'],
): Promise<void> {
  await db.updateTable('shift_signups').set({ status }).where('id', '=', id).execute();
}

export async function setAttendance(
  db: Db,
  id: string,
  attendance: ShiftSignupsTable['attendance'],
  at: string | null,
) {
  await db.updateTable('shift_signups').set({ attendance, attendance_at: at }).where('id', '=', id).execute();
}

export async function deleteSignup(db: Db, id: string): Promise<void> {
  await db.deleteFrom('shift_signups').where('id', '=', id).execute();
}

/** Signups of one shift with a given status, in order of arrival. */
export function signupsInLine(db: Db, shiftId: string, status: ShiftSignupsTable['status']) {
  return db
    .selectFrom('shift_signups')
    .selectAll()
    .where('shift_id', '=', shiftId)
    .where('status', '=', status)
    .orderBy('queue_number')
    .execute();
}

export function rosterRows(db: Db, conferenceId: string, shiftId: string) {
  return db
    .selectFrom('shift_signups as g')
    .innerJoin('users as u', 'u.id', 'g.user_id')
    .leftJoin('volunteer_profiles as p', (j) =>
      j.onRef('p.user_id', '=', 'g.user_id').on('p.conference_id', '=', conferenceId),
    )
    .select([
      'u.id',
      'u.name',
      'u.email',
      'g.status',
      'g.queue_number',
      'g.attendance',
      'g.created_at',
      'p.contact',
      'p.shirt_size',
      'p.languages',
    ])
    .where('g.shift_id', '=', shiftId)
    .orderBy('g.queue_number')
    .execute();
}

export function userExists(db: Db, userId: string) {
  return db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst();
}
