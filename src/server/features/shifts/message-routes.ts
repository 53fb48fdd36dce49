import {
  apiRoutes,
  messageListQuerySchema,
  sendMessageSchema,
  volunteerMessageListSchema,
  volunteerMessageSchema,
  type VolunteerMessage,
  type VolunteerMessageList,
} from '@shared/contract';
import { endpoint, endpointGroup } from '../../http/endpoint';
import { conferenceOf } from '../conferences';
import { publishChange } from '../stream';
import { listMessages, sendMessage } from '../volunteer-messages';
import { coordinatedTarget } from './message-target';

/**
 * Messages from coordinators to the volunteers of a shift or a role. Served by shifts, which
 * may look up both; the inbox itself is the volunteer-messages feature.
 */
export const volunteerMessageEndpoints = endpointGroup('volunteer-messages', { tag: 'volunteers' }, [
  endpoint({
    method: 'get',
    path: apiRoutes.volunteerMessages,
    summary: 'Messages you received as a volunteer, newest first; ?sent=true: those you sent (coordinator)',
    query: messageListQuerySchema,
    responses: { 200: volunteerMessageListSchema },
    problems: ['unauthenticated', 'conference_not_found'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { query, user }) => {
        const { sent } = query();
        const conference = await conferenceOf(deps, c);
        const body: VolunteerMessageList = {
          messages: await listMessages(deps.db, conference, user(), sent ?? false),
        };
        return c.json(body, 200, { 'Cache-Control': 'no-store' });
      },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.volunteerMessages,
    summary: 'Message everyone on a shift (holders and waiting) or every member of a role (coordinator)',
    body: sendMessageSchema,
    responses: { 201: volunteerMessageSchema },
    problems: [
      'unauthenticated',
      'forbidden',
      'conference_not_found',
      'shift_not_found',
      'role_not_found',
      'message_no_recipients',
    ],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const conference = await conferenceOf(deps, c);
        const input = await body();
        const sender = user();
        const message: VolunteerMessage = await sendMessage(
          deps.db,
          deps.clock,
          conference,
          sender,
          input,
          coordinatedTarget(conference, sender, input.target),
        );
        // Volunteer inboxes live under the 'shifts' query family, so this topic refreshes them.
        await publishChange(deps, conference.slug, 'shifts');
        return c.json(message, 201);
      },
  }),
]);
