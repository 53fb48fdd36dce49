import {
  apiRoutes,
  scheduleChangesQuerySchema,
  scheduleChangesSchema,
  scheduleDraftSchema,
  schedulePublishResultSchema,
  sessionCreateSchema,
  sessionSchema,
  sessionUpdateSchema,
  type ScheduleChanges,
  type ScheduleDraft,
  type SchedulePublishResult,
  type Session,
} from '@shared/contract';
import { endpoint, endpointGroup } from '../../http/endpoint';
import { codeParam, slugParam } from '../../http/params';
import { conferenceOf, requireConference } from '../conferences';
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

const tag = 'schedule publishing';
const auth = 'organizer';

/**
 * Organizers draft session edits and new sessions and publish them as a version; anyone reads
 * the changelog. Drafts announce no stream topic: attendees have nothing to refetch until a publish.
 */
export const schedulePublishingEndpoints = endpointGroup('schedule-publishing', { tag }, [
  endpoint({
    method: 'patch',
    path: apiRoutes.session,
    summary:
      'Edit a session as a draft: attendees see it once the schedule is published; answers the session as drafted',
    body: sessionUpdateSchema,
    responses: { 200: sessionSchema },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found', 'session_not_found'],
    auth,
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const slug = slugParam(c);
        const code = codeParam(c);
        const update = await body();
        const conference = await requireConference(deps.db, slug);
        const session: Session = await updateSession(deps, conference, user(), code, update);
        return c.json(session, 200, NO_STORE);
      },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.sessions,
    summary:
      'Create a session (server-chosen code) as an unpublished draft: attendees see it after the next publish, as new',
    body: sessionCreateSchema,
    responses: { 201: sessionSchema },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found'],
    auth,
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const input = await body();
        const conference = await conferenceOf(deps, c);
        const session: Session = await createSession(deps, conference, user(), input);
        return c.json(session, 201, NO_STORE);
      },
  }),
  endpoint({
    method: 'delete',
    path: apiRoutes.session,
    summary:
      'Discard a session created in the console that was never published (a published one is cancelled)',
    responses: { 204: null },
    problems: [
      'unauthenticated',
      'forbidden',
      'conference_not_found',
      'session_not_found',
      'session_published',
    ],
    auth,
    handler:
      (deps) =>
      async (c, { user }) => {
        const code = codeParam(c);
        const conference = await conferenceOf(deps, c);
        await discardSession(deps, conference, user(), code);
        return c.body(null, 204);
      },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.scheduleDraft,
    summary: 'Every session with its unpublished edits, and the changelog publishing would record',
    responses: { 200: scheduleDraftSchema },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found'],
    auth,
    handler: (deps) => async (c) => {
      const conference = await conferenceOf(deps, c);
      const body: ScheduleDraft = await getDraft(deps, conference);
      return c.json(body, 200, NO_STORE);
    },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.schedulePublish,
    summary: 'Publish every draft as a new schedule version with its changelog',
    responses: { 200: schedulePublishResultSchema },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found', 'schedule_nothing_to_publish'],
    auth,
    handler:
      (deps) =>
      async (c, { user }) => {
        const slug = slugParam(c);
        const conference = await requireConference(deps.db, slug);
        const body: SchedulePublishResult = await publishSchedule(deps, conference, user());
        // The version rides along, so a phone can tell how far behind it is (issue 12).
        const published = { scheduleVersion: body.scheduleVersion };
        await publishChange(deps, slug, 'sessions', undefined, published);
        await publishChange(deps, slug, 'conference', undefined, published);
        return c.json(body, 200, NO_STORE);
      },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.scheduleChanges,
    summary:
      'Changelog entries (new, moved, cancelled, changed) published after a schedule version, by version',
    query: scheduleChangesQuerySchema,
    responses: { 200: scheduleChangesSchema },
    problems: ['conference_not_found'],
    handler:
      (deps) =>
      async (c, { query }) => {
        const slug = slugParam(c);
        const filters = query();
        const conference = await requireConference(deps.db, slug);
        const body: ScheduleChanges = await listChanges(deps, conference, filters);
        return c.json(body);
      },
  }),
]);
