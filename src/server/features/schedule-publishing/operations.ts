import {
  apiRoutes,
  scheduleChangesQuerySchema,
  scheduleChangesSchema,
  scheduleDraftSchema,
  schedulePublishResultSchema,
  sessionCreateSchema,
  sessionSchema,
  sessionUpdateSchema,
} from '@shared/contract';
import type { Operation } from '../../openapi/operations';

export const schedulePublishingOperations: Operation[] = [
  {
    method: 'patch',
    path: apiRoutes.session,
    summary:
      'Edit a session as a draft: attendees see it once the schedule is published; answers the session as drafted',
    tag: 'schedule publishing',
    body: sessionUpdateSchema,
    responses: { 200: sessionSchema },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found', 'session_not_found'],
    auth: 'organizer',
  },
  {
    method: 'post',
    path: apiRoutes.sessions,
    summary:
      'Create a session (server-chosen code) as an unpublished draft: attendees see it after the next publish, as new',
    tag: 'schedule publishing',
    body: sessionCreateSchema,
    responses: { 201: sessionSchema },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found'],
    auth: 'organizer',
  },
  {
    method: 'delete',
    path: apiRoutes.session,
    summary:
      'Discard a session created in the console that was never published (a published one is cancelled)',
    tag: 'schedule publishing',
    responses: { 204: null },
    problems: [
      'unauthenticated',
      'forbidden',
      'conference_not_found',
      'session_not_found',
      'session_published',
    ],
    auth: 'organizer',
  },
  {
    method: 'get',
    path: apiRoutes.scheduleDraft,
    summary: 'Every session with its unpublished edits, and the changelog publishing would record',
    tag: 'schedule publishing',
    responses: { 200: scheduleDraftSchema },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found'],
    auth: 'organizer',
  },
  {
    method: 'post',
    path: apiRoutes.schedulePublish,
    summary: 'Publish every draft as a new schedule version with its changelog',
    tag: 'schedule publishing',
    responses: { 200: schedulePublishResultSchema },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found', 'schedule_nothing_to_publish'],
    auth: 'organizer',
  },
  {
    method: 'get',
    path: apiRoutes.scheduleChanges,
    summary:
      'Changelog entries (new, moved, cancelled, changed) published after a schedule version, by version',
    tag: 'schedule publishing',
    query: scheduleChangesQuerySchema,
    responses: { 200: scheduleChangesSchema },
    problems: ['conference_not_found'],
  },
];
