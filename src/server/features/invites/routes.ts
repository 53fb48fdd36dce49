import { Hono, type Context } from 'hono';
import {
  apiRoutes,
  createInviteSchema,
  idSchema,
  secretTokenSchema,
  type BriefingCode,
  type BriefingConfirmed,
  type CreatedInvite,
  type InviteAccepted,
  type InviteList,
  type InvitePreview,
  type User,
} from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { readJson } from '../../http/body';
import { slugParam } from '../../http/params';
import { HttpProblem, parseOrThrow } from '../../http/problem';
import { requireUser } from '../auth';
import { requireConference } from '../conferences';
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

const userOf = (c: Context<AppEnv>): User => {
  const user = c.get('user');
  if (!user) throw new HttpProblem('unauthenticated');
  return user;
};

// A malformed token cannot match any stored hash: answer as for an unknown one.
const tokenParam = (c: Context, code: 'invite_not_found' | 'briefing_not_found') => {
  const parsed = secretTokenSchema.safeParse(c.req.param('token'));
  if (!parsed.success) throw new HttpProblem(code, 'Check that you copied the whole link.');
  return parsed.data;
};

/** Invite links to join the volunteers, and the briefing codes of restricted roles. */
export function inviteRoutes(deps: AppDeps) {
  const conferenceOf = (c: Context<AppEnv>) => requireConference(deps.db, slugParam(c));
  const personal = { 'Cache-Control': 'no-store' };

  return new Hono<AppEnv>()
    .get(apiRoutes.volunteerInvites, requireUser(), async (c) => {
      const body: InviteList = await listInvites(deps.db, await conferenceOf(c), userOf(c));
      return c.json(body, 200, personal);
    })
    .post(apiRoutes.volunteerInvites, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const input = await readJson(c, createInviteSchema);
      const body: CreatedInvite = await createInvite(deps.db, deps.clock, conference, userOf(c), input);
      return c.json(body, 201, personal);
    })
    .delete(apiRoutes.volunteerInvite, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const id = parseOrThrow(idSchema, c.req.param('inviteId'), 'invite id');
      await revokeInvite(deps.db, deps.clock, conference, userOf(c), id);
      return c.body(null, 204);
    })
    .get(apiRoutes.volunteerJoin, async (c) => {
      const conference = await conferenceOf(c);
      const token = tokenParam(c, 'invite_not_found');
      const body: InvitePreview = await previewInvite(deps.db, deps.clock, conference, token);
      return c.json(body, 200, personal);
    })
    .post(apiRoutes.volunteerJoin, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const token = tokenParam(c, 'invite_not_found');
      const body: InviteAccepted = await acceptInvite(deps.db, deps.clock, conference, token, userOf(c));
      await publishChange(deps, conference.slug, 'shifts');
      return c.json(body, 200, personal);
    })
    .post(apiRoutes.roleBriefing, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const body: BriefingCode = await createBriefingCode(
        deps.db,
        deps.clock,
        conference,
        userOf(c),
        roleParam(c),
      );
      return c.json(body, 201, personal);
    })
    .post(apiRoutes.volunteerBriefing, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const token = tokenParam(c, 'briefing_not_found');
      const body: BriefingConfirmed = await confirmAtBriefing(
        deps.db,
        deps.clock,
        conference,
        token,
        userOf(c),
      );
      await publishChange(deps, conference.slug, 'shifts');
      return c.json(body, 200, personal);
    });
}
