import {
  apiRoutes,
  createRoleSchema,
  confirmQuerySchema,
  membershipSchema,
  roleListSchema,
  roleMemberListSchema,
  roleMemberSchema,
  roleSchema,
  setMembershipSchema,
  updateRoleSchema,
  volunteerPolicySchema,
  volunteerProfileSchema,
  type Membership,
  type Role,
  type RoleList,
  type RoleMember,
  type RoleMemberList,
  type VolunteerPolicy,
  type VolunteerProfile,
} from '@shared/contract';
import { endpoint, endpointGroup } from '../../http/endpoint';
import { conferenceOf } from '../conferences';
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

// Answers that depend on who asks must not be served to someone else from a cache.
const personal = { 'Cache-Control': 'no-store' };

const tag = 'volunteers';

/** Volunteer roles, memberships, the volunteer's profile and the edition's shift limits. */
export const roleEndpoints = endpointGroup('roles', { tag }, [
  endpoint({
    method: 'get',
    path: apiRoutes.volunteerRoles,
    summary: "Volunteer roles with the caller's membership, and the edition's shift limits",
    responses: { 200: roleListSchema },
    problems: ['conference_not_found'],
    handler: (deps) => async (c) => {
      const body: RoleList = await listRoles(deps.db, await conferenceOf(deps, c), c.get('user'));
      return c.json(body, 200, personal);
    },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.volunteerRoles,
    summary: 'Create a volunteer role',
    body: createRoleSchema,
    responses: { 201: roleSchema },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found', 'role_slug_taken', 'user_not_found'],
    auth: 'organizer',
    handler:
      (deps) =>
      async (c, { body }) => {
        const conference = await conferenceOf(deps, c);
        const input = await body();
        const role: Role = await createRole(deps.db, deps.clock, conference, input);
        await publishChange(deps, conference.slug, 'shifts');
        return c.json(role, 201);
      },
  }),
  endpoint({
    method: 'patch',
    path: apiRoutes.volunteerRole,
    summary: "Change a role's name, description, access, sign-up and sign-off hours or coordinator",
    body: updateRoleSchema,
    responses: { 200: roleSchema },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found', 'role_not_found', 'user_not_found'],
    auth: 'organizer',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const conference = await conferenceOf(deps, c);
        const slug = roleParam(c);
        const input = await body();
        const role: Role = await updateRole(deps, conference, user(), slug, input);
        await publishChange(deps, conference.slug, 'shifts');
        return c.json(role, 200, personal);
      },
  }),
  endpoint({
    method: 'delete',
    path: apiRoutes.volunteerRole,
    summary:
      'Delete a role; with shifts or members, 409 role_in_use lists them until ?confirm=true, which deletes them and notifies volunteers on shifts not yet over; refused (role_has_history) once attendance is recorded',
    responses: { 204: null },
    problems: [
      'unauthenticated',
      'forbidden',
      'conference_not_found',
      'role_not_found',
      'role_in_use',
      'role_has_history',
    ],
    query: confirmQuerySchema,
    auth: 'organizer',
    handler:
      (deps) =>
      async (c, { user, query }) => {
        const conference = await conferenceOf(deps, c);
        await deleteRole(deps, conference, user(), roleParam(c), query().confirm);
        await publishChange(deps, conference.slug, 'shifts');
        return c.body(null, 204);
      },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.volunteerRoleJoin,
    summary: 'Join a role: open roles confirm at once, restricted ones wait for the coordinator',
    responses: { 200: membershipSchema },
    problems: ['unauthenticated', 'conference_not_found', 'role_not_found'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { user }) => {
        const conference = await conferenceOf(deps, c);
        const body: Membership = await joinRole(deps.db, deps.clock, conference, roleParam(c), user());
        return c.json(body, 200, personal);
      },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.volunteerRoleMembers,
    summary: "A role's members with their profiles (coordinator)",
    responses: { 200: roleMemberListSchema },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found', 'role_not_found'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { user }) => {
        const conference = await conferenceOf(deps, c);
        const role = await requireVolunteerRole(deps.db, conference, roleParam(c));
        assertCoordinates(user(), role);
        const body: RoleMemberList = { members: await listMembers(deps.db, conference, role.id) };
        return c.json(body, 200, personal);
      },
  }),
  endpoint({
    method: 'put',
    path: apiRoutes.volunteerRoleMember,
    summary: 'Confirm a member, or add one directly (coordinator)',
    body: setMembershipSchema,
    responses: { 200: roleMemberSchema },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found', 'role_not_found', 'user_not_found'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const conference = await conferenceOf(deps, c);
        const role = await requireVolunteerRole(deps.db, conference, roleParam(c));
        const coordinator = user();
        assertCoordinates(coordinator, role);
        const userId = userIdParam(c);
        const { status } = await body();
        const member: RoleMember = await setMembership(
          deps.db,
          deps.clock,
          conference,
          role,
          userId,
          status,
          coordinator,
        );
        await publishChange(deps, conference.slug, 'shifts');
        return c.json(member);
      },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.volunteerProfile,
    summary: "The caller's volunteer profile for this edition",
    responses: { 200: volunteerProfileSchema },
    problems: ['unauthenticated', 'conference_not_found'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { user }) => {
        const conference = await conferenceOf(deps, c);
        const body: VolunteerProfile = (await getProfile(deps.db, conference.id, user().id)) ?? {
          contact: null,
          shirtSize: null,
          languages: [],
        };
        return c.json(body, 200, personal);
      },
  }),
  endpoint({
    method: 'put',
    path: apiRoutes.volunteerProfile,
    summary: 'Set how coordinators reach you, your shirt size and languages',
    body: volunteerProfileSchema,
    responses: { 200: volunteerProfileSchema },
    problems: ['unauthenticated', 'conference_not_found'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const conference = await conferenceOf(deps, c);
        const profile = await body();
        const saved: VolunteerProfile = await putProfile(deps.db, deps.clock, conference, user(), profile);
        return c.json(saved, 200, personal);
      },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.volunteerPolicy,
    summary: 'Minimum rest, daily hours and no-show limit for sign-ups',
    responses: { 200: volunteerPolicySchema },
    problems: ['conference_not_found'],
    handler: (deps) => async (c) => {
      const body: VolunteerPolicy = await getPolicy(deps.db, (await conferenceOf(deps, c)).id);
      return c.json(body);
    },
  }),
  endpoint({
    method: 'put',
    path: apiRoutes.volunteerPolicy,
    summary: 'Set the sign-up limits',
    body: volunteerPolicySchema,
    responses: { 200: volunteerPolicySchema },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found'],
    auth: 'organizer',
    handler:
      (deps) =>
      async (c, { body }) => {
        const conference = await conferenceOf(deps, c);
        const policy = await body();
        const saved: VolunteerPolicy = await setPolicy(deps.db, deps.clock, conference, policy);
        await publishChange(deps, conference.slug, 'shifts');
        return c.json(saved);
      },
  }),
]);
