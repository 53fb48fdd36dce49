import { hexColor, instantFromOffsetDateTime } from './field-rules';
import type {
  ImportedRoom,
  ImportedTrack,
  ScheduleParseOptions,
  ScheduleParseResult,
} from './imported-schedule';
import { ScheduleBuilder, type RawEvent, type RawPerson } from './schedule-builder';
import type { RawLink } from './field-rules';

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

/** schedule2's LocalizableString: a string, or a map of language to string (the first given). */
function localized(v: unknown, language?: string): string | undefined {
  if (isObj(v)) return text((language && v[language]) ?? Object.values(v).find((x) => typeof x === 'string'));
  return text(v);
}

function person(p: Obj): RawPerson {
  return {
    name: text(p.public_name) || text(p.name) || text(p.full_public_name),
    code: text(p.code),
    guid: text(p.guid),
    id: text(p.id),
    bio: text(p.biography) ?? text(p.bio),
  };
}

/** c3voc `recording`/`video` fields name the session's own recording. */
function explicitRecordings(e: Obj): RawLink[] {
  const recording = isObj(e.recording) ? e.recording : {};
  const video = isObj(e.video) ? text(e.video.url) : text(e.video);
  return [text(recording.url), video, text(e.video_url), text(e.recording_url)]
    .filter((u): u is string => !!u?.trim())
    .map((url) => ({ url, title: undefined, type: undefined, recording: true }));
}

function links(e: Obj): RawLink[] {
  return [
    ...explicitRecordings(e),
    ...[...objects(e.links), ...objects(e.attachments)].map((l) => ({
      url: text(l.url) ?? text(l.href),
      title: text(l.title),
      // schedule2 marks a media.ccc.de video as service MEDIACCCDE.
      type: [text(l.type), text(l.service)].filter(Boolean).join(' ') || undefined,
      recording: text(l.service) === 'MEDIACCCDE' || text(l.service) === 'PEERTUBE' ? true : undefined,
    })),
  ];
}

function event(e: Obj): RawEvent {
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
    links: links(e),
  };
}

/** States of a schedule2 event that mean it is not (or no longer) on the schedule. */
const OFF_SCHEDULE = new Set([
  'CANCELED',
  'CANCELLED',
  'WITHDRAWN',
  'DELETED',
  'REJECTED',
  'DRAFT',
  'SUBMITTED',
]);

/**
 * The c3voc "schedule2" layout: a flat schedule.events list with ISO start and end instants,
 * room and track references, participants and typed links.
 */
function readSchedule2(schedule: Obj, conference: Obj, options: ScheduleParseOptions): ScheduleParseResult {
  const acronym = text(conference.acronym)?.trim() ?? '';
  const builder = new ScheduleBuilder(
    'json',
    'c3voc schedule2 JSON',
    acronym,
    text(conference.time_zone_name),
    options,
  );
  const rooms: ImportedRoom[] = objects(conference.rooms).flatMap((r) => {
    const name = text(r.name)?.trim();
    return name ? [{ name, guid: text(r.guid) ?? null }] : [];
  });
  const roomByGuid = new Map(rooms.filter((r) => r.guid).map((r) => [r.guid!, r.name]));
  const trackBySlug = new Map(
    objects(conference.tracks).flatMap((t) => {
      const name = text(t.name)?.trim();
      return name ? [[text(t.slug) ?? name, name] as const] : [];
    }),
  );
  let offSchedule = 0;
  for (const e of objects(schedule.events)) {
    const state = text(e.state)?.toUpperCase();
    if (state && OFF_SCHEDULE.has(state)) {
      offSchedule++;
      continue;
    }
    const room = isObj(e.room)
      ? (text(e.room.name) ?? roomByGuid.get(text(e.room.guid) ?? ''))
      : text(e.room);
    const trackRef = isObj(e.track) ? (text(e.track.name) ?? text(e.track.slug)) : text(e.track);
    const language = text(e.language);
    const start = instantFromOffsetDateTime(text(e.start) ?? '');
    builder.addEvent(
      {
        ...event(e),
        date: text(e.start),
        start: undefined,
        startsAt: start,
        endsAt: instantFromOffsetDateTime(text(e.end) ?? '') ?? undefined,
        room,
        track: (trackRef && trackBySlug.get(trackRef)) ?? trackRef,
        abstract: localized(e.abstract, language),
        description: localized(e.description, language),
        persons: objects(e.participants ?? e.persons).map(person),
      },
      { start: null },
      undefined,
    );
  }
  if (offSchedule > 0) {
    builder.warn(
      'session_cancelled_in_file',
      null,
      `${offSchedule} event(s) are cancelled, withdrawn or not accepted in the file; they were not imported.`,
    );
  }
  const tracks: ImportedTrack[] = objects(conference.tracks).flatMap((t) => {
    const name = text(t.name)?.trim();
    return name ? [{ name, color: hexColor(text(t.color)) }] : [];
  });
  return {
    ok: true,
    schedule: builder.finish({ title: localized(conference.title)?.trim() ?? '', days: [] }, rooms, tracks),
  };
}

/**
 * frab/pretalx schedule.json (c3voc schema): schedule.conference.days[].rooms{name: events[]};
 * and the newer schedule2 layout (schedule.events[]). Anything missing below is tolerated and
 * reported; with neither days nor events it is not a schedule.
 */
export function readScheduleJson(data: unknown, options: ScheduleParseOptions = {}): ScheduleParseResult {
  const schedule = isObj(data) ? data.schedule : undefined;
  const conference = isObj(schedule) ? schedule.conference : undefined;
  if (isObj(schedule) && isObj(conference) && Array.isArray(schedule.events)) {
    return readSchedule2(schedule, conference, options);
  }
  if (!isObj(conference) || !Array.isArray(conference.days)) {
    const keys = isObj(data)
      ? Object.keys(data).slice(0, 5).join(', ')
      : Array.isArray(data)
        ? 'a list'
        : typeof data;
    return {
      ok: false,
      reason: `This JSON is not a schedule.json: it has neither schedule.conference.days (frab, pretalx) nor schedule.events (schedule2); its top level has ${keys || 'nothing'}.`,
    };
  }
  const acronym = text(conference.acronym)?.trim() ?? '';
  const generator = isObj(data) && isObj(data.generator) ? (text(data.generator.name) ?? '') : '';
  const builder = new ScheduleBuilder(
    'json',
    /pretalx/i.test(generator) ? 'pretalx schedule.json' : 'frab schedule.json',
    acronym,
    text(conference.time_zone_name),
    options,
  );
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
      if (roomName.trim() && !rooms.some((r) => r.name === roomName.trim()))
        rooms.push({ name: roomName.trim(), guid: null });
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
