import type { Kysely } from 'kysely';
import type { Conference, Session } from '@shared/contract';
import type { Database } from '../../db/schema';
import { getConference, requireConference } from '../conferences';
import { getSession, listSessions } from '../sessions';
import { buildFrabSchedule, type ExportContext } from './frab-schedule';
import { scheduleJson } from './schedule-json';
import { scheduleXml } from './schedule-xml';
import { sessionCalendar } from './session-calendar';

export interface CalendarFile {
  filename: string;
  body: string;
}

/**
 * Lets other requests (a desk's scan) run between the steps of a large export: on SQLite the
 * queries are synchronous, so without a macrotask boundary loading, building and writing a
 * 1,000-session schedule would hold the event loop in one piece.
 */
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function loadSchedule(db: Kysely<Database>, slug: string) {
  const row = await requireConference(db, slug);
  const [conference, sessions] = await Promise.all([getConference(db, slug), listSessions(db, row, {})]);
  await yieldToLoop();
  return { conference, sessions };
}

export async function exportScheduleJson(db: Kysely<Database>, slug: string, context: ExportContext) {
  const { conference, sessions } = await loadSchedule(db, slug);
  const schedule = buildFrabSchedule(conference, sessions, context);
  await yieldToLoop();
  return scheduleJson(schedule);
}

export async function exportScheduleXml(db: Kysely<Database>, slug: string, context: ExportContext) {
  const { conference, sessions } = await loadSchedule(db, slug);
  const schedule = buildFrabSchedule(conference, sessions, context);
  await yieldToLoop();
  return scheduleXml(schedule);
}

/**
 * The whole schedule, or the attendee's selection when `codes` is given. Codes of sessions that
 * no longer exist are skipped: a selection stored on a phone may outlive a session, and the
 * rest of it is still worth exporting.
 */
export async function exportScheduleCalendar(
  db: Kysely<Database>,
  slug: string,
  context: ExportContext,
  codes?: string[],
): Promise<CalendarFile> {
  const { conference, sessions } = await loadSchedule(db, slug);
  const wanted = codes && new Set(codes);
  const selected: Session[] = wanted ? sessions.filter((s) => wanted.has(s.code)) : sessions;
  return {
    filename: wanted ? `${conference.slug}-my-schedule.ics` : `${conference.slug}.ics`,
    body: sessionCalendar(conference, selected, context, {
      name: wanted ? `${conference.name}: my schedule` : conference.name,
      subscribable: true,
    }),
  };
}

export async function exportSessionCalendar(
  db: Kysely<Database>,
  slug: string,
  code: string,
  context: ExportContext,
): Promise<CalendarFile> {
  const row = await requireConference(db, slug);
  const [conference, session]: [Conference, Session] = await Promise.all([
    getConference(db, slug),
    getSession(db, row, code),
  ]);
  return {
    filename: `${conference.slug}-${session.code}.ics`,
    body: sessionCalendar(conference, [session], context, { name: conference.name, subscribable: false }),
  };
}
