import type { Migration } from 'kysely';
import * as initial from './0001-initial';
import * as volunteers from './0002-volunteers';
import * as tickets from './0003-tickets';
import * as scheduleImport from './0004-schedule-import';
import * as schedulePublishing from './0005-schedule-publishing';
import * as volunteerCoordination from './0008-volunteer-coordination';
import * as deskHeartbeats from './0010-desk-heartbeats';
import * as sponsorLogos from './0007-sponsor-logos';
import * as volunteering from './0009-volunteering';
import * as newSessions from './0012-new-sessions';
import * as sessionVideoUrl from './0013-session-video-url';

/** Every migration, in order. Names sort lexically; never rename or edit a shipped one. */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-volunteers': volunteers,
  '0003-tickets': tickets,
  '0004-schedule-import': scheduleImport,
  '0005-schedule-publishing': schedulePublishing,
  '0008-volunteer-coordination': volunteerCoordination,
  '0010-desk-heartbeats': deskHeartbeats,
  '0007-sponsor-logos': sponsorLogos,
  '0009-volunteering': volunteering,
  '0012-new-sessions': newSessions,
  '0013-session-video-url': sessionVideoUrl,
};
