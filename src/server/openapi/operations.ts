import type { z } from 'zod';
import {
  apiRoutes,
  conferenceListSchema,
  conferenceSchema,
  createConferenceSchema,
  healthSchema,
  readinessSchema,
  loginRequestSchema,
  meResponseSchema,
  registerRequestSchema,
  sessionFiltersSchema,
  sessionListSchema,
  sessionSchema,
  speakerListSchema,
  speakerSchema,
  sponsorListSchema,
  type ProblemCode,
  updateUserRolesSchema,
  userListFiltersSchema,
  userListSchema,
  userSchema,
} from '@shared/contract';
import { auditOperations } from '../features/audit/operations';
import { checkInOperations } from '../features/check-in/operations';
import { structureOperations } from '../features/structure/operations';
import { deskOperations } from '../features/check-in/desk-operations';
import { exportOperations } from '../features/exports/operations';
import { scheduleImportOperations } from '../features/schedule-import/operations';
import { schedulePublishingOperations } from '../features/schedule-publishing/operations';
import { roleOperations } from '../features/roles/operations';
import { shiftOperations } from '../features/shifts/operations';
import { shiftCoordinationOperations } from '../features/shifts/coordination-operations';
import { volunteerHoursOperations } from '../features/volunteer-hours/operations';
import { volunteerMessageOperations } from '../features/volunteer-messages/operations';
import { volunteerShiftOperations } from '../features/shifts/volunteer-operations';
import { inviteOperations } from '../features/invites/operations';
import { sponsorOperations } from '../features/sponsors/operations';
import { ticketOperations } from '../features/tickets/operations';

export interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  tag: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Status -> schema; `null` means no body. */
  responses: Record<number, z.ZodType | null>;
  /** Problem codes this operation may answer with, besides validation. */
  problems?: ProblemCode[];
  /** Who may call it; public when absent. */
  auth?: 'user' | 'checkin' | 'organizer';
  /** Content type of the success body, when not JSON. */
  produces?: string;
}

/** The API as published at /api/openapi.json; every route in the app has an entry here. */
export const operations: Operation[] = [
  {
    method: 'get',
    path: apiRoutes.health,
    summary: 'Liveness: the process answers (the database is not asked; see /api/ready)',
    tag: 'system',
    responses: { 200: healthSchema },
  },
  {
    method: 'get',
    path: apiRoutes.ready,
    summary: 'Readiness: the database answered a trivial query within 2 s; 503 with Retry-After when not',
    tag: 'system',
    responses: { 200: readinessSchema },
    problems: ['database_unavailable'],
  },
  {
    method: 'get',
    path: apiRoutes.conferences,
    summary: 'All conference editions',
    tag: 'conferences',
    responses: { 200: conferenceListSchema },
  },
  {
    method: 'post',
    path: apiRoutes.conferences,
    summary:
      'Create an edition with its days; copyFrom + copy take rooms, tracks, sponsor tiers, sponsors, volunteer roles and ticket types from another',
    tag: 'conferences',
    body: createConferenceSchema,
    responses: { 201: conferenceSchema },
    problems: ['unauthenticated', 'forbidden', 'conference_slug_taken', 'copy_source_not_found'],
    auth: 'organizer',
  },
  {
    method: 'get',
    path: apiRoutes.conference,
    summary: 'One edition with days, rooms and tracks',
    tag: 'conferences',
    responses: { 200: conferenceSchema },
    problems: ['conference_not_found'],
  },
  {
    method: 'get',
    path: apiRoutes.sessions,
    summary: 'Sessions, filtered by conference day, track, room, type or text',
    tag: 'sessions',
    query: sessionFiltersSchema,
    responses: { 200: sessionListSchema },
    problems: ['conference_not_found'],
  },
  {
    method: 'get',
    path: apiRoutes.session,
    summary: 'One session by code',
    tag: 'sessions',
    responses: { 200: sessionSchema },
    problems: ['conference_not_found', 'session_not_found'],
  },
  {
    method: 'get',
    path: apiRoutes.speakers,
    summary: 'Speakers with their session codes',
    tag: 'speakers',
    responses: { 200: speakerListSchema },
    problems: ['conference_not_found'],
  },
  {
    method: 'get',
    path: apiRoutes.speaker,
    summary: 'One speaker by code',
    tag: 'speakers',
    responses: { 200: speakerSchema },
    problems: ['conference_not_found', 'speaker_not_found'],
  },
  {
    method: 'get',
    path: apiRoutes.sponsors,
    summary: 'Sponsor tiers by rank and their sponsors',
    tag: 'sponsors',
    responses: { 200: sponsorListSchema },
    problems: ['conference_not_found'],
  },
  {
    method: 'get',
    path: apiRoutes.stream,
    summary: 'Server-sent events: `ready`, then `change` events naming what changed',
    tag: 'conferences',
    responses: { 200: null },
    produces: 'text/event-stream',
    problems: ['conference_not_found'],
  },
  {
    method: 'post',
    path: apiRoutes.login,
    summary:
      'Log in; sets the session cookie and a known-device cookie that login limits never refuse (decision 13)',
    tag: 'auth',
    body: loginRequestSchema,
    responses: { 200: meResponseSchema },
    problems: ['invalid_credentials', 'rate_limited'],
  },
  { method: 'post', path: apiRoutes.logout, summary: 'Log out', tag: 'auth', responses: { 204: null } },
  {
    method: 'get',
    path: apiRoutes.me,
    summary: 'The logged-in user',
    tag: 'auth',
    responses: { 200: meResponseSchema },
    problems: ['unauthenticated'],
    auth: 'user',
  },
  {
    method: 'post',
    path: apiRoutes.register,
    summary: 'Register as a volunteer',
    tag: 'auth',
    body: registerRequestSchema,
    responses: { 201: meResponseSchema },
    problems: ['email_taken', 'rate_limited'],
  },
  {
    method: 'get',
    path: apiRoutes.users,
    summary: 'Accounts with their staff roles',
    tag: 'users',
    query: userListFiltersSchema,
    responses: { 200: userListSchema },
    problems: ['unauthenticated', 'forbidden'],
    auth: 'organizer',
  },
  {
    method: 'put',
    path: apiRoutes.userRoles,
    summary: "Set an account's staff roles",
    tag: 'users',
    body: updateUserRolesSchema,
    responses: { 200: userSchema },
    problems: ['unauthenticated', 'forbidden', 'user_not_found', 'last_organizer'],
    auth: 'organizer',
  },
  ...exportOperations,
  ...scheduleImportOperations,
  ...schedulePublishingOperations,
  ...roleOperations,
  ...shiftOperations,
  ...shiftCoordinationOperations,
  ...volunteerHoursOperations,
  ...volunteerMessageOperations,
  ...volunteerShiftOperations,
  ...inviteOperations,
  ...sponsorOperations,
  ...ticketOperations,
  ...checkInOperations,
  ...structureOperations,
  ...auditOperations,
  ...deskOperations,
];
