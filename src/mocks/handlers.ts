import { authHandlers } from './handlers/auth';
import { checkInHandlers } from './handlers/check-in';
import { conferenceHandlers } from './handlers/conferences';
import { coordinationHandlers } from './handlers/coordination';
import { healthHandlers } from './handlers/health';
import { organizerScheduleHandlers } from './handlers/organizer-schedule';
import { structureHandlers } from './handlers/structure';
import { sessionHandlers } from './handlers/sessions';
import { speakerHandlers } from './handlers/speakers';
import { sponsorHandlers } from './handlers/sponsors';
import { sponsorAdminHandlers } from './handlers/sponsors-admin';
import { streamHandlers } from './handlers/stream';
import { ticketsAdminHandlers } from './handlers/tickets-admin';
import { userHandlers } from './handlers/users';
import { volunteerHandlers } from './handlers/volunteers';
import { volunteeringHandlers } from './handlers/volunteering';

export { createMockStore } from './store';
export { getMockStore, resetMockStore } from './current-store';

/** The whole mock API, answering from the current store. */
export const handlers = [
  ...healthHandlers,
  ...conferenceHandlers,
  ...sessionHandlers,
  ...speakerHandlers,
  ...sponsorHandlers,
  ...sponsorAdminHandlers,
  ...authHandlers,
  ...userHandlers,
  ...streamHandlers,
  ...volunteerHandlers,
  ...coordinationHandlers,
  ...volunteeringHandlers,
  ...checkInHandlers,
  ...ticketsAdminHandlers,
  ...organizerScheduleHandlers,
  ...structureHandlers,
];
