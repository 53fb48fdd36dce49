import type { Conference, Session } from '@shared/contract';
import { sessionPageUrl, type ExportContext } from './frab-schedule';
import { escapeText, utcDateTime, writeICalendar, type IcsComponent, type IcsProperty } from './icalendar';

export interface CalendarOptions {
  /** X-WR-CALNAME, the name calendar apps show for a subscribed or imported calendar. */
  name: string;
  /** Ask subscribing apps to refetch hourly: schedules change during the event. */
  subscribable: boolean;
}

const text = (name: string, value: string): IcsProperty => ({ name, value: escapeText(value) });

/** A parameter value: quoted, with the characters a quoted value cannot hold left out (RFC 5545 3.1). */
// eslint-disable-next-line no-control-regex
const paramValue = (value: string) => `"${value.replace(/["\u0000-\u001f]/g, '')}"`;

function descriptionOf(session: Session, url: string): string {
  const parts: string[] = [];
  if (session.speakers.length > 0) parts.push(session.speakers.map((s) => s.name).join(', '));
  if (session.description) parts.push(session.description);
  parts.push(url);
  return parts.join('\n\n');
}

/**
 * One VEVENT per session, in UTC so every calendar places it right without a VTIMEZONE.
 * Cancelled sessions stay in with STATUS:CANCELLED: a subscribed calendar then shows the
 * cancellation, where a vanished event would just silently disappear. DTSTAMP is the session's
 * last change rather than "now", so an unchanged calendar keeps its ETag. SEQUENCE is the
 * schedule version, which grows with every published change.
 */
function sessionEvent(
  conference: Conference,
  session: Session,
  context: ExportContext,
  names: { rooms: Map<string, string>; tracks: Map<string, string> },
): IcsComponent {
  const url = sessionPageUrl(context.origin, conference.slug, session.code);
  const room = session.roomId ? names.rooms.get(session.roomId) : undefined;
  const track = session.trackId ? names.tracks.get(session.trackId) : undefined;
  const properties: IcsProperty[] = [
    { name: 'UID', value: session.guid },
    { name: 'DTSTAMP', value: utcDateTime(session.updatedAt) },
    { name: 'LAST-MODIFIED', value: utcDateTime(session.updatedAt) },
    { name: 'DTSTART', value: utcDateTime(session.startsAt) },
    { name: 'DTEND', value: utcDateTime(session.endsAt) },
    text('SUMMARY', session.title),
    ...(room ? [text('LOCATION', room)] : []),
    text('DESCRIPTION', descriptionOf(session, url)),
    { name: 'URL', value: url },
    ...(track ? [text('CATEGORIES', track)] : []),
    // What calendar apps ignore but Lanyard reads back, so an exported feed re-imports unchanged.
    ...session.speakers.map((s) => ({ name: `X-LANYARD-SPEAKER;CN=${paramValue(s.name)}`, value: s.code })),
    { name: 'X-LANYARD-TYPE', value: session.type },
    { name: 'X-LANYARD-LANGUAGE', value: session.language },
    ...(session.recordingOptOut ? [{ name: 'X-LANYARD-DO-NOT-RECORD', value: 'TRUE' }] : []),
    { name: 'STATUS', value: session.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED' },
    { name: 'SEQUENCE', value: String(conference.scheduleVersion) },
  ];
  return { name: 'VEVENT', properties };
}

export function sessionCalendar(
  conference: Conference,
  sessions: readonly Session[],
  context: ExportContext,
  options: CalendarOptions,
): string {
  const properties: IcsProperty[] = [
    { name: 'PRODID', value: `-//Lanyard//Lanyard ${escapeText(context.generator.version)}//EN` },
    { name: 'VERSION', value: '2.0' },
    { name: 'CALSCALE', value: 'GREGORIAN' },
    { name: 'METHOD', value: 'PUBLISH' },
    text('X-WR-CALNAME', options.name),
    text('X-WR-TIMEZONE', conference.timeZone),
    ...(options.subscribable
      ? [
          { name: 'REFRESH-INTERVAL;VALUE=DURATION', value: 'PT1H' },
          { name: 'X-PUBLISHED-TTL', value: 'PT1H' },
        ]
      : []),
  ];
  const names = {
    rooms: new Map(conference.rooms.map((r) => [r.id, r.name])),
    tracks: new Map(conference.tracks.map((t) => [t.id, t.name])),
  };
  return writeICalendar({
    name: 'VCALENDAR',
    properties,
    components: sessions.map((s) => sessionEvent(conference, s, context, names)),
  });
}
