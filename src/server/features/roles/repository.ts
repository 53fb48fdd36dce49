import type { Kysely, Transaction } from 'kysely';
import type {
  Database,
  VolunteerProfilesTable,
  VolunteerRoleMembersTable,
  VolunteerRolesTable,
} from '../../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

function roleQuery(db: Db) {
  return db
    .selectFrom('volunteer_roles as r')
    .leftJoin('users as u', 'u.id', 'r.coordinator_user_id')
    .selectAll('r')
    .select('u.name as coordinator_name');
}

export function listRoleRows(db: Db, conferenceId: string) {
  return roleQuery(db)
    .where('r.conference_id', '=', conferenceId)
    .orderBy('r.position')
    .orderBy('r.name')
    .execute();
}

export function findRoleRow(db: Db, conferenceId: string, slug: string) {
  return roleQuery(db)
    .where('r.conference_id', '=', conferenceId)
    .where('r.slug', '=', slug)
    .executeTakeFirst();
}

export async function insertRole(db: Db, row: VolunteerRolesTable): Promise<void> {
  await db.insertInto('volunteer_roles').values(row).execute();
}

export async function nextRolePosition(db: Db, conferenceId: string): Promise<number> {
  const row = await db
    .selectFrom('volunteer_roles')
    .select((eb) => eb.fn.max<number | null>('position').as('max'))
    .where('conference_id', '=', conferenceId)
    .executeTakeFirst();
  return (row?.max ?? -1) + 1;
}

export function findUserBrief(db: Db, userId: string) {
  return db.selectFrom('users').select(['id', 'name', 'email']).where('id', '=', userId).executeTakeFirst();
}

/** The user's memberships in every role of one edition. */
export function membershipRows(db: Db, conferenceId: string, userId: string) {
  return db
    .selectFrom('volunteer_role_members as m')
    .innerJoin('volunteer_roles as r', 'r.id', 'm.role_id')
    .select(['m.role_id', 'm.status'])
    .where('r.conference_id', '=', conferenceId)
    .where('m.user_id', '=', userId)
    .execute();
}

/** Adds a membership unless one exists (a second tap on "join" changes nothing). */
export async function insertMembershipIfAbsent(
  db: Db,
  m: { roleId: string; userId: string; status: VolunteerRoleMembersTable['status']; now: string },
): Promise<void> {
  await db
    .insertInto('volunteer_role_members')
    .values({
      role_id: m.roleId,
      user_id: m.userId,
      status: m.status,
      joined_at: m.now,
      confirmed_at: m.status === 'confirmed' ? m.now : null,
      confirmed_by: null,
    })
    .onConflict((oc) => oc.columns(['role_id', 'user_id']).doNothing())
    .execute();
}

export async function upsertMembership(
  db: Db,
  m: { roleId: string; userId: string; status: VolunteerRoleMembersTable['status']; now: string; by: string },
): Promise<void> {
  const confirmed = m.status === 'confirmed';
  await db
    .insertInto('volunteer_role_members')
    .values({
      role_id: m.roleId,
      user_id: m.userId,
      status: m.status,
      joined_at: m.now,
      confirmed_at: confirmed ? m.now : null,
      confirmed_by: confirmed ? m.by : null,
    })
    .onConflict((oc) =>
      oc.columns(['role_id', 'user_id']).doUpdateSet({
        status: m.status,
        confirmed_at: confirmed ? m.now : null,
        confirmed_by: confirmed ? m.by : null,
      }),
    )
    .execute();
}

export function findMembershipStatus(db: Db, roleId: string, userId: string) {
  return db
    .selectFrom('volunteer_role_members')
    .select('status')
    .where('role_id', '=', roleId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export function memberRows(db: Db, conferenceId: string, roleId: string) {
  return db
    .selectFrom('volunteer_role_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .leftJoin('volunteer_profiles as p', (j) =>
      j.onRef('p.user_id', '=', 'm.user_id').on('p.conference_id', '=', conferenceId),
    )
    .select(['u.id', 'u.name', 'u.email', 'm.status', 'p.contact', 'p.shirt_size', 'p.languages'])
    .where('m.role_id', '=', roleId)
    .orderBy('m.status', 'desc')
    .orderBy('u.name')
    .execute();
}

export function findProfileRow(db: Db, conferenceId: string, userId: string) {
  return db
    .selectFrom('volunteer_profiles')
    .select(['contact', 'shirt_size', 'languages'])
    .where('conference_id', '=', conferenceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function upsertProfile(
  db: Db,
  p: {
    conferenceId: string;
    userId: string;
    contact: string | null;
    shirtSize: VolunteerProfilesTable['shirt_size'];
    languages: VolunteerProfilesTable['languages'];
    now: string;
  },
): Promise<void> {
  const values = { contact: p.contact, shirt_size: p.shirtSize, languages: p.languages, updated_at: p.now };
  await db
    .insertInto('volunteer_profiles')
    .values({ conference_id: p.conferenceId, user_id: p.userId, ...values })
    .onConflict((oc) => oc.columns(['conference_id', 'user_id']).doUpdateSet(values))
    .execute();
}

export function findPolicyRow(db: Db, conferenceId: string) {
  return db
    .selectFrom('volunteer_policies')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .executeTakeFirst();
}

export async function upsertPolicy(
  db: Db,
  p: {
    conferenceId: string;
    minRestHours: number;
    maxHoursPerDay: number;
    noShowLimit: number | null;
    now: string;
  },
): Promise<void> {
  const values = {
    min_rest_hours: p.minRestHours,
    max_hours_per_day: p.maxHoursPerDay,
    no_show_limit: p.noShowLimit,
    updated_at: p.now,
  };
  await db
    .insertInto('volunteer_policies')
    .values({ conference_id: p.conferenceId, ...values })
    .onConflict((oc) => oc.column('conference_id').doUpdateSet(values))
    .execute();
}

export async function updateRoleRow(
  db: Db,
  id: string,
  set: Partial<
    Pick<
      VolunteerRolesTable,
      | 'name'
      | 'description'
      | 'access'
      | 'signup_opens_hours'
      | 'sign_off_deadline_hours'
      | 'coordinator_user_id'
      | 'coordinator_contact'
    >
  >,
): Promise<void> {
  const defined = Object.fromEntries(Object.entries(set).filter(([, v]) => v !== undefined));
  if (Object.keys(defined).length === 0) return;
  await db.updateTable('volunteer_roles').set(defined).where('id', '=', id).execute();
}

/** A role's shifts, soonest first, with the people on each (holders and waiting). */
export function roleShiftPeople(db: Db, roleId: string) {
  return db
    .selectFrom('shifts as s')
    .leftJoin('shift_signups as g', 'g.shift_id', 's.id')
    .select(['s.id', 's.place', 's.starts_at', 's.ends_at', 'g.user_id', 'g.attendance'])
    .where('s.role_id', '=', roleId)
    .orderBy('s.starts_at')
    .orderBy('s.id')
    .execute();
}

export function roleMemberNames(db: Db, roleId: string) {
  return db
    .selectFrom('volunteer_role_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.name'])
    .where('m.role_id', '=', roleId)
    .orderBy('u.name')
    .execute();
}

/** Shifts, sign-ups, memberships, invites and briefing codes go with the role (cascades). */
export async function deleteRoleRow(db: Db, id: string): Promise<void> {
  await db
    .deleteFrom('shift_signups')
    .where('shift_id', 'in', db.selectFrom('shifts').select('id').where('role_id', '=', id))
    .execute();
  await db.deleteFrom('shifts').where('role_id', '=', id).execute();
  await db.deleteFrom('volunteer_role_members').where('role_id', '=', id).execute();
  await db.deleteFrom('volunteer_roles').where('id', '=', id).execute();
}
