import { Hono, type Context } from 'hono';
import {
  apiRoutes,
  messageListQuerySchema,
  sendMessageSchema,
  type User,
  type VolunteerMessage,
  type VolunteerMessageList,
} from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { readJson, readQuery } from '../../http/body';
import { slugParam } from '../../http/params';
import { HttpProblem } from '../../http/problem';
import { requireUser } from '../auth';
import { requireConference } from '../conferences';
import { publishChange } from '../stream';
import { listMessages, sendMessage } from './service';

const userOf = (c: Context<AppEnv>): User => {
  const user = c.get('user');
  if (!user) throw new HttpProblem('unauthenticated');
  return user;
};

/** Messages from coordinators to the volunteers of a shift or a role. */
export function volunteerMessageRoutes(deps: AppDeps) {
  const conferenceOf = (c: Context<AppEnv>) => requireConference(deps.db, slugParam(c));
  return new Hono<AppEnv>()
    .get(apiRoutes.volunteerMessages, requireUser(), async (c) => {
      const { sent } = readQuery(c, messageListQuerySchema);
      const conference = await conferenceOf(c);
      const body: VolunteerMessageList = {
        messages: await listMessages(deps.db, conference, userOf(c), sent ?? false),
      };
      return c.json(body, 200, { 'Cache-Control': 'no-store' });
    })
    .post(apiRoutes.volunteerMessages, requireUser(), async (c) => {
      const conference = await conferenceOf(c);
      const input = await readJson(c, sendMessageSchema);
      const body: VolunteerMessage = await sendMessage(deps.db, deps.clock, conference, userOf(c), input);
      // Volunteer inboxes live under the 'shifts' query family, so this topic refreshes them.
      await publishChange(deps, conference.slug, 'shifts');
      return c.json(body, 201);
    });
}
