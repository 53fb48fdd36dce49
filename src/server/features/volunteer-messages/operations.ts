import {
  apiRoutes,
  messageListQuerySchema,
  sendMessageSchema,
  volunteerMessageListSchema,
  volunteerMessageSchema,
} from '@shared/contract';
import type { Operation } from '../../openapi/operations';

const tag = 'volunteers';

export const volunteerMessageOperations: Operation[] = [
  {
    method: 'get',
    path: apiRoutes.volunteerMessages,
    summary: 'Messages you received as a volunteer, newest first; ?sent=true: those you sent (coordinator)',
    tag,
    query: messageListQuerySchema,
    responses: { 200: volunteerMessageListSchema },
    problems: ['unauthenticated', 'conference_not_found'],
    auth: 'user',
  },
  {
    method: 'post',
    path: apiRoutes.volunteerMessages,
    summary: 'Message everyone on a shift (holders and waiting) or every member of a role (coordinator)',
    tag,
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
  },
];
