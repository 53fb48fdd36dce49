import type { Context } from 'hono';
import {
  apiRoutes,
  briefingCodeSchema,
  briefingConfirmedSchema,
  createdInviteSchema,
  createInviteSchema,
  idSchema,
  inviteAcceptedSchema,
  inviteListSchema,
  invitePreviewSchema,
  secretTokenSchema,
  type BriefingCode,
  type BriefingConfirmed,
  type CreatedInvite,
  type InviteAccepted,
  type InviteList,
  type InvitePreview,
} from '@shared/contract';
import { endpoint, endpointGroup } from '../../http/endpoint';
import { HttpProblem, parseOrThrow } from '../../http/problem';
import { conferenceOf } from '../conferences';
import { roleParam } from '../roles';
import { publishChange } from '../stream';
import {
  acceptInvite,
  confirmAtBriefing,
  createBriefingCode,
  createInvite,
  listInvites,
  previewInvite,
  revokeInvite,
} from './service';

// A malformed token cannot match any stored hash: answer as for an unknown one.
const tokenParam = (c: Context, code: 'invite_not_found' | 'briefing_not_found') => {
  const parsed = secretTokenSchema.safeParse(c.req.param('token'));
  if (!parsed.success) throw new HttpProblem(code, 'Check that you copied the whole link.');
  return parsed.data;
};

const personal = { 'Cache-Control': 'no-store' };

/** Invite links to join the volunteers, and the briefing codes of restricted roles. */
export const inviteEndpoints = endpointGroup('invites', { tag: 'volunteers' }, [
  endpoint({
    method: 'get',
    path: apiRoutes.volunteerInvites,
    summary: 'Invite links the caller manages (organizer: all; coordinator: their roles)',
    responses: { 200: inviteListSchema },
    problems: ['unauthenticated', 'conference_not_found'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { user }) => {
        const body: InviteList = await listInvites(deps.db, await conferenceOf(deps, c), user());
        return c.json(body, 200, personal);
      },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.volunteerInvites,
    summary: 'Create an invite link, optionally into a role, with optional expiry and use limit',
    body: createInviteSchema,
    responses: { 201: createdInviteSchema },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found', 'role_not_found'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const conference = await conferenceOf(deps, c);
        const input = await body();
        const created: CreatedInvite = await createInvite(deps.db, deps.clock, conference, user(), input);
        return c.json(created, 201, personal);
      },
  }),
  endpoint({
    method: 'delete',
    path: apiRoutes.volunteerInvite,
    summary: 'Withdraw an invite link',
    responses: { 204: null },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found', 'invite_not_found'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { user }) => {
        const conference = await conferenceOf(deps, c);
        const id = parseOrThrow(idSchema, c.req.param('inviteId'), 'invite id');
        await revokeInvite(deps.db, deps.clock, conference, user(), id);
        return c.body(null, 204);
      },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.volunteerJoin,
    summary: 'What an invite link offers, before registering or accepting',
    responses: { 200: invitePreviewSchema },
    problems: [
      'conference_not_found',
      'invite_not_found',
      'invite_revoked',
      'invite_expired',
      'invite_used_up',
    ],
    handler: (deps) => async (c) => {
      const conference = await conferenceOf(deps, c);
      const token = tokenParam(c, 'invite_not_found');
      const body: InvitePreview = await previewInvite(deps.db, deps.clock, conference, token);
      return c.json(body, 200, personal);
    },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.volunteerJoin,
    summary: 'Accept an invite: joins its role, confirmed (counted once per person)',
    responses: { 200: inviteAcceptedSchema },
    problems: [
      'unauthenticated',
      'conference_not_found',
      'invite_not_found',
      'invite_revoked',
      'invite_expired',
      'invite_used_up',
    ],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { user }) => {
        const conference = await conferenceOf(deps, c);
        const token = tokenParam(c, 'invite_not_found');
        const body: InviteAccepted = await acceptInvite(deps.db, deps.clock, conference, token, user());
        await publishChange(deps, conference.slug, 'shifts');
        return c.json(body, 200, personal);
      },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.roleBriefing,
    summary: 'A new briefing code for a restricted role, valid two minutes (coordinator)',
    responses: { 201: briefingCodeSchema },
    problems: [
      'unauthenticated',
      'forbidden',
      'conference_not_found',
      'role_not_found',
      'role_not_restricted',
    ],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { user }) => {
        const conference = await conferenceOf(deps, c);
        const body: BriefingCode = await createBriefingCode(
          deps.db,
          deps.clock,
          conference,
          user(),
          roleParam(c),
        );
        return c.json(body, 201, personal);
      },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.volunteerBriefing,
    summary: "Scan a briefing code: confirms the caller's membership of its role",
    responses: { 200: briefingConfirmedSchema },
    problems: ['unauthenticated', 'conference_not_found', 'briefing_not_found', 'briefing_expired'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { user }) => {
        const conference = await conferenceOf(deps, c);
        const token = tokenParam(c, 'briefing_not_found');
        const body: BriefingConfirmed = await confirmAtBriefing(
          deps.db,
          deps.clock,
          conference,
          token,
          user(),
        );
        await publishChange(deps, conference.slug, 'shifts');
        return c.json(body, 200, personal);
      },
  }),
]);
