import {
  apiRoutes,
  createSignoffRequestSchema,
  decideSignoffRequestSchema,
  signoffRequestListSchema,
  signoffRequestSchema,
  volunteerFeedSchema,
} from '@shared/contract';
import type { Operation } from '../../openapi/operations';

const tag = 'volunteers';

export const volunteerShiftOperations: Operation[] = [
  {
    method: 'post',
    path: apiRoutes.shiftSignoffRequest,
    summary: 'After the sign-off deadline: ask the coordinator to sign you off, with a reason',
    tag,
    body: createSignoffRequestSchema,
    responses: { 201: signoffRequestSchema },
    problems: [
      'unauthenticated',
      'conference_not_found',
      'shift_not_found',
      'not_signed_up',
      'shift_started',
      'sign_off_still_open',
      'signoff_request_pending',
    ],
    auth: 'user',
  },
  {
    method: 'get',
    path: apiRoutes.signoffRequests,
    summary: "The caller's sign-off requests, and the pending ones of roles they coordinate",
    tag,
    responses: { 200: signoffRequestListSchema },
    problems: ['unauthenticated', 'conference_not_found'],
    auth: 'user',
  },
  {
    method: 'put',
    path: apiRoutes.signoffRequest,
    summary: 'Approve (signs the volunteer off; the waiting list moves up) or decline (coordinator)',
    tag,
    body: decideSignoffRequestSchema,
    responses: { 200: signoffRequestSchema },
    problems: [
      'unauthenticated',
      'forbidden',
      'conference_not_found',
      'signoff_request_not_found',
      'signoff_request_decided',
    ],
    auth: 'user',
  },
  {
    method: 'get',
    path: apiRoutes.volunteerFeed,
    summary: "The caller's secret calendar feed token, if made",
    tag,
    responses: { 200: volunteerFeedSchema },
    problems: ['unauthenticated', 'conference_not_found'],
    auth: 'user',
  },
  {
    method: 'post',
    path: apiRoutes.volunteerFeed,
    summary: 'Make a new calendar feed address (the old one stops working)',
    tag,
    responses: { 201: volunteerFeedSchema },
    problems: ['unauthenticated', 'conference_not_found'],
    auth: 'user',
  },
  {
    method: 'get',
    path: apiRoutes.volunteerFeedIcs,
    summary: "A volunteer's shifts as iCalendar with reminders (secret address)",
    tag,
    responses: { 200: null },
    problems: ['conference_not_found', 'feed_not_found'],
    produces: 'text/calendar',
  },
];
