import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

/** Shifts marked worked; `coordinatorId` narrows to the roles that person coordinates. */
export function workedShifts(db: Db, q: { conferenceId: string; userId?: string; coordinatorId?: string }) {
  let query = db
    .selectFrom('shift_signups as g')
    .innerJoin('shifts as s', 's.id', 'g.shift_id')
    .innerJoin('volunteer_roles as r', 'r.id', 's.role_id')
    .select(['g.user_id', 's.starts_at', 's.ends_at'])
    .where('s.conference_id', '=', q.conferenceId)
    .where('g.attendance', '=', 'worked');
  if (q.userId) query = query.where('g.user_id', '=', q.userId);
  if (q.coordinatorId) query = query.where('r.coordinator_user_id', '=', q.coordinatorId);
  return query.execute();
}

/** Role members with their role names; `coordinatorId` narrows as above. */
export function members(db: Db, q: { conferenceId: string; coordinatorId?: string }) {
  let query = db
    .selectFrom('volunteer_role_members as m')
    .innerJoin('volunteer_roles as r', 'r.id', 'm.role_id')
    .select(['m.user_id', 'r.name as role_name'])
    .where('r.conference_id', '=', q.conferenceId)
    .orderBy('r.position');
  if (q.coordinatorId) query = query.where('r.coordinator_user_id', '=', q.coordinatorId);
  return query.execute();
}

export async function coordinatedRoleCount(db: Db, conferenceId: string, userId: string): Promise<number> {
  const row = await db
    .selectFrom('volunteer_roles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('conference_id', '=', conferenceId)
    .where('coordinator_user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function usersByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('users').select(['id', 'name', 'email']).where('id', 'in', ids).execute();
}

export function findPolicy(db: Db, conferenceId: string) {
  return db
    .selectFrom('volunteer_hours_policies')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .executeTakeFirst();
}

export async function upsertPolicy(
  db: Db,
  row: {
    conference_id: string;
    night_start: string;
    night_end: string;
    night_multiplier_pct: number;
    updated_at: string;
  },
) {
  await db
    .insertInto('volunteer_hours_policies')
    .values(row)
    .onConflict((oc) =>
      oc.column('conference_id').doUpdateSet({
        night_start: row.night_start,
        night_end: row.night_end,
        night_multiplier_pct: row.night_multiplier_pct,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}
