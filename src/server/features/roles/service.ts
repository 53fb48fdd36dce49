import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import {
  volunteerProfileSchema,
  type CreateRole,
  type Membership,
  type MembershipStatus,
  type Role,
  type RoleList,
  type RoleMember,
  type User,
  type VolunteerPolicy,
  type VolunteerProfile,
} from '@shared/contract';
import { toInstant, type Clock } from '@shared/time';
import { DEFAULT_VOLUNTEER_POLICY } from '@shared/volunteers/signup-rules';
import { parseJsonColumn, writeJson } from '../../db/json-column';
import type { ConferenceRow, Database, VolunteerRoleRow } from '../../db/schema';
import { HttpProblem } from '../../http/problem';
import { isUniqueViolation } from '../auth';
import * as repo from './repository';

type Db = Kysely<Database> | Transaction<Database>;
type RoleRow = VolunteerRoleRow & { coordinator_name: string | null };

function toRole(row: RoleRow, membership: MembershipStatus | null): Role {
  return {
    slug: row.slug,
    name: row.name,
    description: row.description,
    access: row.access,
    signupOpensHours: row.signup_opens_hours,
    signOffDeadlineHours: row.sign_off_deadline_hours,
    coordinator:
      row.coordinator_user_id && row.coordinator_name !== null
        ? { id: row.coordinator_user_id, name: row.coordinator_name, contact: row.coordinator_contact }
        : null,
    membership,
  };
}

/** A role of the edition by slug, or 404 role_not_found. */
export async function requireVolunteerRole(
  db: Db,
  conference: ConferenceRow,
  slug: string,
): Promise<RoleRow> {
  const row = await repo.findRoleRow(db, conference.id, slug);
  if (!row) throw new HttpProblem('role_not_found', `There is no volunteer role "${slug}".`);
  return row;
}

/** Organizers coordinate every role; a role's coordinator only their own. */
export function canCoordinate(user: User, role: { coordinator_user_id: string | null }): boolean {
  return user.roles.includes('organizer') || role.coordinator_user_id === user.id;
}

export function assertCoordinates(
  user: User,
  role: { coordinator_user_id: string | null; name: string },
): void {
  if (!canCoordinate(user, role)) {
    throw new HttpProblem('forbidden', `Only an organizer or the coordinator of ${role.name} may do this.`);
  }
}

/** The user's membership status per role id in one edition. */
export async function membershipsOf(db: Db, conferenceId: string, userId: string) {
  const rows = await repo.membershipRows(db, conferenceId, userId);
  return new Map(rows.map((r) => [r.role_id, r.status]));
}

export async function getPolicy(db: Db, conferenceId: string): Promise<VolunteerPolicy> {
  const row = await repo.findPolicyRow(db, conferenceId);
  if (!row) return DEFAULT_VOLUNTEER_POLICY;
  return {
    minRestHours: row.min_rest_hours,
    maxHoursPerDay: row.max_hours_per_day,
    noShowLimit: row.no_show_limit,
  };
}

export async function setPolicy(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  policy: VolunteerPolicy,
): Promise<VolunteerPolicy> {
  await repo.upsertPolicy(db, { conferenceId: conference.id, ...policy, now: toInstant(clock()) });
  return getPolicy(db, conference.id);
}

export async function listRoles(
  db: Kysely<Database>,
  conference: ConferenceRow,
  user: User | null,
): Promise<RoleList> {
  const [rows, memberships, policy] = await Promise.all([
    repo.listRoleRows(db, conference.id),
    user ? membershipsOf(db, conference.id, user.id) : new Map<string, MembershipStatus>(),
    getPolicy(db, conference.id),
  ]);
  return { roles: rows.map((r) => toRole(r, memberships.get(r.id) ?? null)), policy };
}

export async function createRole(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  input: CreateRole,
): Promise<Role> {
  if (input.coordinatorUserId && !(await repo.findUserBrief(db, input.coordinatorUserId))) {
    throw new HttpProblem('user_not_found', `There is no account "${input.coordinatorUserId}".`);
  }
  try {
    await repo.insertRole(db, {
      id: randomUUID(),
      conference_id: conference.id,
      slug: input.slug,
      name: input.name,
      description: input.description,
      access: input.access,
      signup_opens_hours: input.signupOpensHours,
      sign_off_deadline_hours: input.signOffDeadlineHours,
      coordinator_user_id: input.coordinatorUserId,
      coordinator_contact: input.coordinatorContact,
      position: await repo.nextRolePosition(db, conference.id),
      created_at: toInstant(clock()),
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new HttpProblem('role_slug_taken', `"${input.slug}" is taken.`);
    throw err;
  }
  return toRole(await requireVolunteerRole(db, conference, input.slug), null);
}

/** Joining an open role confirms at once; a restricted one waits for the coordinator. */
export async function joinRole(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  slug: string,
  user: User,
): Promise<Membership> {
  const role = await requireVolunteerRole(db, conference, slug);
  const status = role.access === 'open' ? 'confirmed' : 'pending';
  await repo.insertMembershipIfAbsent(db, {
    roleId: role.id,
    userId: user.id,
    status,
    now: toInstant(clock()),
  });
  const row = await repo.findMembershipStatus(db, role.id, user.id);
  return { role: role.slug, status: row!.status };
}

/** A stored profile in contract shape. */
export function toProfile(row: {
  contact: string | null;
  shirt_size: string | null;
  languages: string;
}): VolunteerProfile {
  // Checked as a whole rather than cast: a row written by an older version must not break the roster.
  const parsed = volunteerProfileSchema.safeParse({
    contact: row.contact,
    shirtSize: row.shirt_size,
    languages: parseJsonColumn(row.languages, 'volunteer_profiles.languages'),
  });
  return parsed.success ? parsed.data : { contact: row.contact, shirtSize: null, languages: [] };
}

export async function listMembers(
  db: Kysely<Database>,
  conference: ConferenceRow,
  roleId: string,
): Promise<RoleMember[]> {
  const rows = await repo.memberRows(db, conference.id, roleId);
  return rows.map((r) => ({
    user: { id: r.id, name: r.name, email: r.email },
    status: r.status,
    profile: r.languages === null ? null : toProfile({ ...r, languages: r.languages }),
  }));
}

/** A coordinator confirms a member, or adds one directly (e.g. right after the briefing). */
export async function setMembership(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  role: RoleRow,
  userId: string,
  status: MembershipStatus,
  by: User,
): Promise<RoleMember> {
  if (!(await repo.findUserBrief(db, userId))) {
    throw new HttpProblem('user_not_found', `There is no account "${userId}".`);
  }
  await repo.upsertMembership(db, { roleId: role.id, userId, status, now: toInstant(clock()), by: by.id });
  const member = (await listMembers(db, conference, role.id)).find((m) => m.user.id === userId);
  return member!;
}

export async function getProfile(
  db: Db,
  conferenceId: string,
  userId: string,
): Promise<VolunteerProfile | null> {
  const row = await repo.findProfileRow(db, conferenceId, userId);
  return row ? toProfile(row) : null;
}

export async function putProfile(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  user: User,
  profile: VolunteerProfile,
): Promise<VolunteerProfile> {
  await repo.upsertProfile(db, {
    conferenceId: conference.id,
    userId: user.id,
    contact: profile.contact,
    shirtSize: profile.shirtSize,
    languages: writeJson(profile.languages),
    now: toInstant(clock()),
  });
  return profile;
}
