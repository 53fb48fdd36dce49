import { Hono } from 'hono';
import {
  apiRoutes,
  scheduleChangesQuerySchema,
  sessionCreateSchema,
  sessionUpdateSchema,
  type ScheduleChanges,
  type ScheduleDraft,
  type SchedulePublishResult,
  type Session,
} from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { readJson, readQuery } from '../../http/body';
import { codeParam, slugParam } from '../../http/params';
import { requireRole } from '../auth';
import { requireConference } from '../conferences';
import { publishChange } from '../stream';
import {
  createSession,
  discardSession,
  getDraft,
  listChanges,
  publishSchedule,
  updateSession,
} from './service';

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * Organizers draft session edits and new sessions and publish them as a version; anyone reads
 * the changelog. Drafts announce no stream topic: attendees have nothing to refetch until a publish.
 */
export function schedulePublishingRoutes(deps: AppDeps) {
  const organizer = requireRole('organizer');
  return new Hono<AppEnv>()
    .patch(apiRoutes.session, organizer, async (c) => {
      const slug = slugParam(c);
      const code = codeParam(c);
      const update = await readJson(c, sessionUpdateSchema);
      const conference = await requireConference(deps.db, slug);
      const body: Session = await updateSession(deps, conference, c.get('user')!, code, update);
      return c.json(body, 200, NO_STORE);
    })
    .post(apiRoutes.sessions, organizer, async (c) => {
      const input = await readJson(c, sessionCreateSchema);
      const conference = await requireConference(deps.db, slugParam(c));
      const body: Session = await createSession(deps, conference, c.get('user')!, input);
      return c.json(body, 201, NO_STORE);
    })
    .delete(apiRoutes.session, organizer, async (c) => {
      const code = codeParam(c);
      const conference = await requireConference(deps.db, slugParam(c));
      await discardSession(deps, conference, c.get('user')!, code);
      return c.body(null, 204);
    })
    .get(apiRoutes.scheduleDraft, organizer, async (c) => {
      const conference = await requireConference(deps.db, slugParam(c));
      const body: ScheduleDraft = await getDraft(deps, conference);
      return c.json(body, 200, NO_STORE);
    })
    .post(apiRoutes.schedulePublish, organizer, async (c) => {
      const slug = slugParam(c);
      const conference = await requireConference(deps.db, slug);
      const body: SchedulePublishResult = await publishSchedule(deps, conference, c.get('user')!);
      // The version rides along, so a phone can tell how far behind it is (issue 12).
      const published = { scheduleVersion: body.scheduleVersion };
      await publishChange(deps, slug, 'sessions', undefined, published);
      await publishChange(deps, slug, 'conference', undefined, published);
      return c.json(body, 200, NO_STORE);
    })
    .get(apiRoutes.scheduleChanges, async (c) => {
      const slug = slugParam(c);
      const query = readQuery(c, scheduleChangesQuerySchema);
      const conference = await requireConference(deps.db, slug);
      const body: ScheduleChanges = await listChanges(deps, conference, query);
      return c.json(body);
    });
}
