import type { Conference, ConferenceList } from '@shared/contract/conference';
import type { Problem } from '@shared/contract/problem';
import type { ScheduleChanges } from '@shared/contract/schedule-changes';
import type { Session, SessionList } from '@shared/contract/session';
import type { StreamEvent } from '@shared/contract/stream';
import type { MeResponse, SessionResponse } from '@shared/contract/user';
import { arrayOf, bool, type Check, int, nullable, object, oneOf, optional, recordOf, str } from './check';

/*
 * The first screen's responses, checked as the zod contract checks them (same bounds and
 * formats; wire.test.ts compares both on fixtures). Only what the schedule, the shell and the
 * session page read lives here; everything else keeps using the contract in its lazy chunk.
 * The value lists are copies of the contract's, held equal by the same test.
 */

export const sessionTypes = ['talk', 'short-talk', 'workshop', 'keynote', 'barcamp', 'social'] as const;
export const sessionFormats = ['in-person', 'remote', 'hybrid'] as const;
export const sessionStatuses = ['confirmed', 'cancelled'] as const;
export const scheduleChangeKinds = ['new', 'moved', 'cancelled', 'changed'] as const;
export const changeFields = [
  'title',
  'type',
  'format',
  'language',
  'status',
  'trackId',
  'roomId',
  'startsAt',
  'endsAt',
  'description',
  'recordingOptOut',
  'links',
  'speakers',
] as const;
export const streamTopics = [
  'conference',
  'sessions',
  'speakers',
  'sponsors',
  'shifts',
  'tickets',
  'arrivals',
] as const;
export const userRoles = ['volunteer', 'checkin', 'organizer'] as const;
export const STREAM_CHANGE_EVENT = 'change';

// The same patterns as zod 4's iso.date / iso.datetime (leap days included).
const dateSource =
  '(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))';
const secondsTime = '(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?';
const localDate = str({ pattern: new RegExp(`^${dateSource}$`) });
const instant = str({ pattern: new RegExp(`^${dateSource}T${secondsTime}Z$`) });
const localTime = str({ pattern: /^([01]\d|2[0-3]):[0-5]\d$/ });
const slug = str({ min: 1, max: 64, pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/ });
const id = str({ min: 1, max: 64 });
const color = str({ pattern: /^#[0-9a-fA-F]{6}$/ });
/** Any 8-4-4-4-12 hex guid, as the contract keeps imported wafer and frab guids. */
const guid = str({ pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/ });
const email = str({
  pattern:
    /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/,
});
const httpUrl = str({
  test: (value) => {
    try {
      return /^https?$/.test(new URL(value.trim()).protocol.slice(0, -1));
    } catch {
      return false;
    }
  },
});
const timeZone = str({
  test: (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
});
const sessionCode = str({ min: 1, max: 32, pattern: /^[A-Za-z0-9_-]+$/ });

const conferenceSummaryShape = {
  slug,
  name: str({ min: 1, max: 200 }),
  timeZone,
  startDate: localDate,
  endDate: localDate,
  venueName: str(),
  scheduleVersion: int(0),
};

export const conferenceWire: Check<Conference> = object({
  ...conferenceSummaryShape,
  venue: object({
    name: str({ min: 1, max: 200 }),
    address: str({ max: 500 }),
    directions: arrayOf(str({ max: 300 })),
  }),
  days: arrayOf(
    object({
      date: localDate,
      label: str({ min: 1, max: 120 }),
      opensAt: localTime,
      closesAt: localTime,
      note: nullable(str({ max: 500 })),
    }),
  ),
  rooms: arrayOf(
    object({
      id,
      slug,
      name: str({ min: 1, max: 120 }),
      position: int(0),
      liveStreamUrl: nullable(httpUrl),
    }),
  ),
  tracks: arrayOf(object({ id, slug, name: str({ min: 1, max: 120 }), color })),
  sessionTypes: arrayOf(str()),
});

export const conferenceListWire: Check<ConferenceList> = object({
  conferences: arrayOf(object(conferenceSummaryShape)),
});

export const sessionWire: Check<Session> = object({
  code: sessionCode,
  guid,
  slug,
  title: str({ min: 1, max: 300 }),
  type: oneOf(sessionTypes),
  format: oneOf(sessionFormats),
  language: str({ pattern: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/ }),
  status: oneOf(sessionStatuses),
  trackId: nullable(id),
  roomId: nullable(id),
  startsAt: instant,
  endsAt: instant,
  description: str({ max: 10_000 }),
  recordingOptOut: bool,
  speakers: arrayOf(object({ code: str(), name: str() })),
  links: object({
    youtube: nullable(httpUrl),
    mediaCccDe: nullable(httpUrl),
    slides: nullable(httpUrl),
    video: optional(nullable(httpUrl)),
  }),
  updatedAt: instant,
});

export const sessionListWire: Check<SessionList> = object({
  scheduleVersion: int(0),
  sessions: arrayOf(sessionWire),
});

const sessionPlace = object({
  roomId: nullable(id),
  startsAt: instant,
  endsAt: instant,
  status: oneOf(sessionStatuses),
});

export const scheduleChangesWire: Check<ScheduleChanges> = object({
  scheduleVersion: int(0),
  since: int(0),
  changes: arrayOf(
    object({
      code: sessionCode,
      title: str(),
      kind: oneOf(scheduleChangeKinds),
      fields: arrayOf(oneOf(changeFields)),
      before: nullable(sessionPlace),
      after: sessionPlace,
      version: int(1),
      publishedAt: instant,
    }),
  ),
  patch: optional(
    object({
      tooFarBehind: bool,
      total: int(0),
      sessions: arrayOf(object({ position: int(0), session: sessionWire })),
      removed: arrayOf(sessionCode),
      digest: str(),
      sessionTypes: arrayOf(str()),
    }),
  ),
});

const user = object({
  id,
  email,
  name: str({ min: 1, max: 120 }),
  roles: arrayOf(oneOf(userRoles)),
});

export const meResponseWire: Check<MeResponse> = object({ user });

export const sessionResponseWire: Check<SessionResponse> = object({ user: nullable(user) });

export const problemWire: Check<Problem> = object({
  type: str(),
  title: str(),
  status: int(),
  code: str(),
  detail: optional(str()),
  errors: optional(recordOf(arrayOf(str()))),
});

export const streamEventWire: Check<StreamEvent> = object({
  topic: oneOf(streamTopics),
  id: optional(str()),
  at: instant,
  scheduleVersion: optional(int(1)),
});
