import { Hono, type Context } from 'hono';
import {
  apiRoutes,
  createRoleSchema,
  deleteRoleQuerySchema,
  setMembershipSchema,
  updateRoleSchema,
  volunteerPolicySchema,
  volunteerProfileSchema,
  type Membership,
  type Role,
  type RoleList,
  type RoleMember,
  type RoleMemberList,
  type User,
  type VolunteerPolicy,
  type VolunteerProfile,
} from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { readJson, readQuery } from '../../http/body';
import { slugParam } from '../../http/params';
import { HttpProblem } from '../../http/problem';
import { requireRole, requireUser } from '../auth';
import { requireConference } from '../conferences';
import { publishChange } from '../stream';
import { roleParam, userIdParam } from './params';
import { deleteRole, updateRole } from './role-admin';
import {
  assertCoordinates,
  createRole,
  getPolicy,
  getProfile,
  joinRole,
  listMembers,
  listRoles,
  putProfile,
  requireVolunteerRole,
  setMembership,
  setPolicy,
} from './service';

const userOf = (c: Context<AppEnv>): User => {
  const user = c.get('user');
  if (!user) throw new HttpProblem('unauthenticated');
  return user;
};

/** Volunteer roles, memberships, the volunteer's profile and the edition's shift limits. */
export function roleRoutes(deps: AppDeps) {
  const conferenceOf = (c: Context<AppEnv>) => requireConference(deps.db, slugParam(c));
  // Answers that depend on who asks must not be served to someone else from a cache.
  const personal = { 'Cache-Control': 'no-store' };

  return new Hono<AppEnv>()
    .get(apiRoutes.volunteerRoles, async (c) => {
      const body: RoleList = await listRoles(deps.db, await conferenceOf(c), c.get('user'));
      return c.json(body, 200, personal);
    })
    .post(apiRoutes.volunteerRoles, requireRole('organizer'), async (c) => {
      const conference = await conferenceOf(c);
      const input = await readJson(c, createRoleSchema);
      const body: Role = await createRole(deps.db, deps.clock, conference, input);
      await publishChange(deps, conference.slug, 'shifts');
      return c.json(body, 201);
    })
    .patch(apiRoutes.volunteerRole, requireRole('organizer'), async (c) => {
      const conference = await conferenceOf(c);
      const slug = roleParam(c);
      const input = await readJson(c, updateRoleSchema);
      const body: Role = await updateRole(deps, conference, userOf(c), slug, input);
      await publishChange(deps, conference.slug, 'shifts');
      return c.json(body, 200, personal);
    })
    .delete(apiRoutes.volunteerRole, requireRole('organizer'), async (c) => {
      const { confirm } = readQuery(c, deleteRoleQuerySchema);
      const conference = await conferenceOf(c);
      await deleteRole(deps, conference, userOf(c), roleParam(c), confirm === 'true');
      await publishChange(deps, conference.slug, 'shifts');
      return c.body(null, 204);
    })
    .post(apiRoutes.volunteerRoleJoin, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const body: Membership = await joinRole(deps.db, deps.clock, conference, roleParam(c), userOf(c));
      return c.json(body, 200, personal);
    })
    .get(apiRoutes.volunteerRoleMembers, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const role = await requireVolunteerRole(deps.db, conference, roleParam(c));
      assertCoordinates(userOf(c), role);
      const body: RoleMemberList = { members: await listMembers(deps.db, conference, role.id) };
      return c.json(body, 200, personal);
    })
    .put(apiRoutes.volunteerRoleMember, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const role = await requireVolunteerRole(deps.db, conference, roleParam(c));
      const user = userOf(c);
      assertCoordinates(user, role);
      const userId = userIdParam(c);
      const { status } = await readJson(c, setMembershipSchema);
      const body: RoleMember = await setMembership(
        deps.db,
        deps.clock,
        conference,
        role,
        userId,
        status,
        user,
      );
      await publishChange(deps, conference.slug, 'shifts');
      return c.json(body);
    })
    .get(apiRoutes.volunteerProfile, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const body: VolunteerProfile = (await getProfile(deps.db, conference.id, userOf(c).id)) ?? {
        contact: null,
        shirtSize: null,
        languages: [],
      };
      return c.json(body, 200, personal);
    })
    .put(apiRoutes.volunteerProfile, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const profile = await readJson(c, volunteerProfileSchema);
      const body: VolunteerProfile = await putProfile(deps.db, deps.clock, conference, userOf(c), profile);
      return c.json(body, 200, personal);
    })
    .get(apiRoutes.volunteerPolicy, async (c) => {
      const body: VolunteerPolicy = await getPolicy(deps.db, (await conferenceOf(c)).id);
      return c.json(body);
    })
    .put(apiRoutes.volunteerPolicy, requireRole('organizer'), async (c) => {
      const conference = await conferenceOf(c);
      const policy = await readJson(c, volunteerPolicySchema);
      const body: VolunteerPolicy = await setPolicy(deps.db, deps.clock, conference, policy);
      await publishChange(deps, conference.slug, 'shifts');
      return c.json(body);
    });
}
