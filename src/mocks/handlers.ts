import { authHandlers } from './handlers/auth';
import { checkInHandlers } from './handlers/check-in';
import { conferenceHandlers } from './handlers/conferences';
import { healthHandlers } from './handlers/health';
import { organizerScheduleHandlers } from './handlers/organizer-schedule';
import { sessionHandlers } from './handlers/sessions';
import { speakerHandlers } from './handlers/speakers';
import { sponsorHandlers } from './handlers/sponsors';
import { streamHandlers } from './handlers/stream';
import { userHandlers } from './handlers/users';
import { volunteerHandlers } from './handlers/volunteers';

export { createMockStore } from './store';
export { getMockStore, resetMockStore } from './current-store';

/** The whole mock API, answering from the current store. */
export const handlers = [
  ...healthHandlers,
  ...conferenceHandlers,
  ...sessionHandlers,
  ...speakerHandlers,
  ...sponsorHandlers,
  ...authHandlers,
  ...userHandlers,
  ...streamHandlers,
  ...volunteerHandlers,
  ...checkInHandlers,
  ...organizerScheduleHandlers,
];
