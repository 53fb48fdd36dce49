import { apiPaths, type Conference, type Session } from '@shared/contract';
import { slugify } from '@shared/text/slug';
import { conferenceDayBounds, conferenceDayOf, localTimeAt, toOffsetIso } from '@shared/time';
import { eventIds, uuidV5 } from './identifiers';

/**
 * The frab/pretalx schedule model that both schedule.json and schedule.xml are written from,
 * so the two exports always agree on days, rooms, ids and slugs.
 */

export interface ExportContext {
  /** Where the app is reached, e.g. https://lanyard.example (no trailing slash). */
  origin: string;
  generator: { name: string; version: string };
}

export interface FrabRoom {
  name: string;
  guid: string;
}

export interface FrabPerson {
  name: string;
  code: string;
  guid: string;
}

export interface FrabLink {
  type: 'media' | 'slides';
  url: string;
  title: string;
}

export interface FrabEvent {
  guid: string;
  id: number;
  code: string;
  /** Start and end as ISO 8601 with the conference zone's offset. */
  date: string;
  end: string;
  /** Local wall-clock start, HH:MM. */
  start: string;
  /** HH:MM. */
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  track: string | null;
  type: string;
  language: string;
  description: string;
  doNotRecord: boolean;
  persons: FrabPerson[];
  links: FrabLink[];
}

export interface FrabDay {
  index: number;
  date: string;
  start: string;
  end: string;
  /** Only the rooms that have events that day, in the conference's room order. */
  rooms: { room: FrabRoom; events: FrabEvent[] }[];
}

export interface FrabSchedule {
  version: string;
  acronym: string;
  title: string;
  start: string;
  end: string;
  timeslotDuration: string;
  timeZone: string;
  /** The app's pages for this edition, base for relative links. */
  baseUrl: string;
  /** Where schedule.xml itself is served. */
  xmlUrl: string;
  generator: ExportContext['generator'];
  rooms: FrabRoom[];
  tracks: { name: string; color: string }[];
  days: FrabDay[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const hoursMinutes = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const lengthMinutes = (s: Session) => Math.round((Date.parse(s.endsAt) - Date.parse(s.startsAt)) / 60_000);

/**
 * The c3voc schema only accepts an acronym without inner dashes ("38c3", "divoc_ptt"), so a
 * slug such as matrix-conf-2025 is written as matrix_conf_2025; the XSD accepts both.
 */
export const exportAcronym = (slug: string) => slug.replaceAll('-', '_');

/** The session page of the app, which is also what the exports link to. */
export const sessionPageUrl = (origin: string, slug: string, code: string) =>
  `${origin}/${encodeURIComponent(slug)}/sessions/${encodeURIComponent(code)}`;

function linksOf(session: Session): FrabLink[] {
  const { youtube, mediaCccDe, slides, video } = session.links;
  const links: FrabLink[] = [];
  if (mediaCccDe) links.push({ type: 'media', url: mediaCccDe, title: 'Recording on media.ccc.de' });
  if (youtube) links.push({ type: 'media', url: youtube, title: 'Recording on YouTube' });
  if (video) links.push({ type: 'media', url: video, title: 'Video recording' });
  if (slides) links.push({ type: 'slides', url: slides, title: 'Slides' });
  return links;
}

/**
 * Cancelled sessions are left out: neither format has a state for them, and frab readers
 * (EventFahrplan, Giggity) show a session that disappeared between two versions as cancelled.
 * Sessions without a room are left out too, as pretalx leaves out unscheduled ones: frab needs
 * a room for every event. The calendar exports keep both (see session-calendar.ts).
 */
export function buildFrabSchedule(
  conference: Conference,
  sessions: readonly Session[],
  context: ExportContext,
): FrabSchedule {
  const tz = conference.timeZone;
  const acronym = exportAcronym(conference.slug);
  const rooms = conference.rooms.map((r) => ({
    id: r.id,
    room: { name: r.name, guid: uuidV5(`${conference.slug}/rooms/${r.id}`) },
  }));
  const roomById = new Map(rooms.map((r) => [r.id, r.room]));
  const trackName = new Map(conference.tracks.map((t) => [t.id, t.name]));
  // Ids come from every session, listed or not, so cancelling one never renumbers another.
  const ids = eventIds(sessions.map((s) => s.guid));

  const listed = sessions.filter((s) => s.status !== 'cancelled' && s.roomId && roomById.has(s.roomId));
  const byDay = new Map<string, Map<string, FrabEvent[]>>();
  let timeslot = 60;
  for (const s of listed) {
    const startsAt = new Date(s.startsAt);
    const id = ids.get(s.guid)!;
    const start = localTimeAt(startsAt, tz);
    const minutes = lengthMinutes(s);
    timeslot = gcd(gcd(timeslot, minutesOf(start)), minutes);
    const event: FrabEvent = {
      guid: s.guid,
      id,
      code: s.code,
      date: toOffsetIso(startsAt, tz),
      end: toOffsetIso(new Date(s.endsAt), tz),
      start,
      duration: hoursMinutes(minutes),
      room: roomById.get(s.roomId!)!.name,
      slug: [acronym, id, slugify(s.title, 48)].filter(Boolean).join('-'),
      url: sessionPageUrl(context.origin, conference.slug, s.code),
      title: s.title,
      track: (s.trackId && trackName.get(s.trackId)) || null,
      type: s.type,
      language: s.language,
      description: s.description,
      doNotRecord: s.recordingOptOut,
      persons: s.speakers.map((sp) => ({
        name: sp.name,
        code: sp.code,
        guid: uuidV5(`${conference.slug}/speakers/${sp.code}`),
      })),
      links: linksOf(s),
    };
    const day = conferenceDayOf(startsAt, tz);
    const dayRooms = byDay.get(day) ?? new Map<string, FrabEvent[]>();
    dayRooms.set(s.roomId!, [...(dayRooms.get(s.roomId!) ?? []), event]);
    byDay.set(day, dayRooms);
  }

  // Every conference day appears, even an empty one; a session outside them adds its own day.
  const dates = [...new Set([...conference.days.map((d) => d.date), ...byDay.keys()])].sort();
  const days = dates.map((date, i): FrabDay => {
    const bounds = conferenceDayBounds(date, tz);
    const dayRooms = byDay.get(date) ?? new Map<string, FrabEvent[]>();
    return {
      index: i + 1,
      date,
      start: toOffsetIso(bounds.start, tz),
      end: toOffsetIso(bounds.end, tz),
      rooms: rooms
        .filter((r) => dayRooms.has(r.id))
        .map((r) => ({
          room: r.room,
          events: [...dayRooms.get(r.id)!].sort((a, b) => Date.parse(a.date) - Date.parse(b.date)),
        })),
    };
  });

  const baseUrl = `${context.origin}/${encodeURIComponent(conference.slug)}/`;
  return {
    version: String(conference.scheduleVersion),
    acronym,
    title: conference.name,
    start: dates[0] ?? conference.startDate,
    end: dates[dates.length - 1] ?? conference.endDate,
    timeslotDuration: hoursMinutes(timeslot),
    timeZone: tz,
    baseUrl,
    xmlUrl: `${context.origin}${apiPaths.scheduleXml(conference.slug)}`,
    generator: context.generator,
    rooms: rooms.map((r) => r.room),
    tracks: conference.tracks.map((t) => ({ name: t.name, color: t.color })),
    days,
  };
}
