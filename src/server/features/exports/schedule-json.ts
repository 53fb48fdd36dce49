import type { FrabEvent, FrabSchedule } from './frab-schedule';

/** The c3voc schema allows a pretalx `code` only in this shape; other codes are left out. */
const PRETALX_CODE = /^[A-Z0-9]+$/;
const withCode = (code: string) => (PRETALX_CODE.test(code) ? { code } : {});

/**
 * A person carries `name` (pretalx) but no integer `id`: the schema's Person is oneOf a frab
 * person (public_name + id) or a pretalx person (name), and must match exactly one of them.
 */
function eventJson(e: FrabEvent) {
  return {
    guid: e.guid,
    id: e.id,
    ...withCode(e.code),
    date: e.date,
    end: e.end,
    start: e.start,
    duration: e.duration,
    room: e.room,
    slug: e.slug,
    url: e.url,
    title: e.title,
    subtitle: '',
    track: e.track,
    type: e.type,
    language: e.language,
    // Lanyard keeps one text per session; it is the description, not a teaser.
    abstract: '',
    description: e.description,
    recording_license: '',
    do_not_record: e.doNotRecord,
    persons: e.persons.map((p) => ({ name: p.name, public_name: p.name, guid: p.guid, ...withCode(p.code) })),
    links: e.links.map((l) => ({ type: l.type, url: l.url, title: l.title })),
    attachments: [],
  };
}

/** frab/pretalx schedule.json, valid against the c3voc schema (draft-06). */
export function scheduleJson(schedule: FrabSchedule) {
  return {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: schedule.generator,
    schedule: {
      version: schedule.version,
      base_url: schedule.baseUrl,
      conference: {
        acronym: schedule.acronym,
        title: schedule.title,
        start: schedule.start,
        end: schedule.end,
        daysCount: schedule.days.length,
        timeslot_duration: schedule.timeslotDuration,
        time_zone_name: schedule.timeZone,
        url: schedule.baseUrl,
        rooms: schedule.rooms.map((r) => ({ name: r.name, guid: r.guid })),
        tracks: schedule.tracks.map((t) => ({ name: t.name, color: t.color })),
        days: schedule.days.map((d) => ({
          index: d.index,
          date: d.date,
          day_start: d.start,
          day_end: d.end,
          rooms: Object.fromEntries(d.rooms.map((r) => [r.room.name, r.events.map(eventJson)])),
        })),
      },
    },
  };
}
