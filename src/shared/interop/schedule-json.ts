import { hexColor, instantFromOffsetDateTime } from './field-rules';
import type {
  ImportedRoom,
  ImportedTrack,
  ScheduleParseOptions,
  ScheduleParseResult,
} from './imported-schedule';
import { ScheduleBuilder, type RawEvent, type RawPerson } from './schedule-builder';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const objects = (v: unknown): Obj[] => list(v).filter(isObj);

/** Text of a scalar field; numbers (ids) become text, anything else is absent. */
function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

function person(p: Obj): RawPerson {
  return {
    name: text(p.name) || text(p.public_name) || text(p.full_public_name),
    code: text(p.code),
    guid: text(p.guid),
    id: text(p.id),
    bio: text(p.biography) ?? text(p.bio),
  };
}

function event(e: Obj): RawEvent {
  const links = [...objects(e.links), ...objects(e.attachments)].map((l) => ({
    url: text(l.url) ?? text(l.href),
    title: text(l.title),
    type: text(l.type),
  }));
  const recording = isObj(e.recording) ? e.recording : {};
  return {
    guid: text(e.guid),
    id: text(e.id),
    code: text(e.code),
    date: text(e.date),
    start: text(e.start),
    duration: text(e.duration),
    room: text(e.room),
    slug: text(e.slug),
    url: text(e.url),
    originUrl: text(e.origin_url),
    title: text(e.title),
    subtitle: text(e.subtitle),
    track: isObj(e.track) ? text(e.track.name) : text(e.track),
    type: text(e.type),
    language: text(e.language),
    abstract: text(e.abstract),
    description: text(e.description),
    doNotRecord: e.do_not_record === true || e.do_not_record === 'true' || recording.optout === true,
    persons: objects(e.persons).map(person),
    links,
  };
}

/**
 * frab/pretalx schedule.json (c3voc schema): schedule.conference.days[].rooms{name: events[]}.
 * Anything missing below the days is tolerated and reported; without days it is not a schedule.
 */
export function readScheduleJson(data: unknown, options: ScheduleParseOptions = {}): ScheduleParseResult {
  const schedule = isObj(data) ? data.schedule : undefined;
  const conference = isObj(schedule) ? schedule.conference : undefined;
  if (!isObj(conference) || !Array.isArray(conference.days)) {
    return { ok: false, reason: 'This JSON is not a schedule.json: it has no schedule.conference.days.' };
  }
  const acronym = text(conference.acronym)?.trim() ?? '';
  const builder = new ScheduleBuilder('json', acronym, text(conference.time_zone_name), options);
  const days = objects(conference.days).map((d) => ({
    date: text(d.date),
    start: instantFromOffsetDateTime(text(d.day_start) ?? ''),
    end: instantFromOffsetDateTime(text(d.day_end) ?? ''),
  }));
  const rooms: ImportedRoom[] = objects(conference.rooms).flatMap((r) => {
    const name = text(r.name)?.trim();
    return name ? [{ name, guid: text(r.guid) ?? null }] : [];
  });
  objects(conference.days).forEach((d, i) => {
    if (!isObj(d.rooms)) return;
    for (const [roomName, events] of Object.entries(d.rooms)) {
      if (!rooms.some((r) => r.name === roomName.trim())) rooms.push({ name: roomName.trim(), guid: null });
      for (const e of objects(events)) builder.addEvent(event(e), days[i]!, roomName);
    }
  });
  const tracks: ImportedTrack[] = objects(conference.tracks).flatMap((t) => {
    const name = text(t.name)?.trim();
    return name ? [{ name, color: hexColor(text(t.color)) }] : [];
  });
  return {
    ok: true,
    schedule: builder.finish(
      {
        title: text(conference.title)?.trim() ?? '',
        days: days.flatMap((d) => (d.date ? [{ date: d.date, start: d.start, end: d.end }] : [])),
      },
      rooms.filter((r) => r.name),
      tracks,
    ),
  };
}
