import type { EndpointGroup } from '../http/endpoint';
import { authEndpoints } from './auth';
import { checkInEndpoints, deskEndpoints } from './check-in';
import { auditEndpoints, conferenceEndpoints, streamEndpoints } from './conferences';
import { exportEndpoints } from './exports';
import { healthEndpoints } from './health';
import { inviteEndpoints } from './invites';
import { roleEndpoints } from './roles';
import { scheduleImportEndpoints } from './schedule-import';
import { schedulePublishingEndpoints } from './schedule-publishing';
import { sessionEndpoints } from './sessions';
import {
  shiftCoordinationEndpoints,
  shiftEndpoints,
  volunteerMessageEndpoints,
  volunteerShiftEndpoints,
} from './shifts';
import { speakerEndpoints } from './speakers';
import { sponsorEndpoints } from './sponsors';
import { structureEndpoints } from './structure';
import { ticketEndpoints } from './tickets';
import { userEndpoints } from './users';
import { volunteerHoursEndpoints } from './volunteer-hours';

/**
 * Every endpoint of the API, in the order the app registers them and the OpenAPI document
 * lists them. Order matters where two patterns take the same path: Hono answers with the first.
 */
export const endpointGroups: readonly EndpointGroup[] = [
  healthEndpoints,
  authEndpoints,
  conferenceEndpoints,
  // Before sessions: its /sessions/:code would also take /sessions/CL3HJB.ics.
  exportEndpoints,
  sessionEndpoints,
  scheduleImportEndpoints,
  schedulePublishingEndpoints,
  speakerEndpoints,
  sponsorEndpoints,
  streamEndpoints,
  userEndpoints,
  roleEndpoints,
  shiftEndpoints,
  shiftCoordinationEndpoints,
  volunteerHoursEndpoints,
  volunteerMessageEndpoints,
  volunteerShiftEndpoints,
  inviteEndpoints,
  ticketEndpoints,
  checkInEndpoints,
  structureEndpoints,
  auditEndpoints,
  deskEndpoints,
];
