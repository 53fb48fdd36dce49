import { dayChangeMinutes, hexColor, instantFromOffsetDateTime } from './field-rules';
import type {
  ImportedRoom,
  ImportedTrack,
  ScheduleParseOptions,
  ScheduleParseResult,
} from './imported-schedule';
import { ScheduleBuilder, type RawEvent, type RawPerson } from './schedule-builder';
import {
  childNamed,
  childrenNamed,
  childText,
  deepText,
  directText,
  readXmlTree,
  type XmlElement,
} from './xml-tree';

/**
 * What other XML roots are, so a wrong file is refused with a sentence that helps
 * ("this is an RSS feed") rather than "not a schedule".
 */
const OTHER_ROOTS: Record<string, string> = {
  rss: 'This is an RSS feed, not a schedule. Look for the schedule.xml, schedule.json or .ics address instead.',
  feed: 'This is an Atom feed, not a schedule. Look for the schedule.xml, schedule.json or .ics address instead.',
  html: 'This is a web page (HTML), not a schedule file. Look on it for a link to the schedule.xml, schedule.json or .ics.',
  'xcal:icalendar': 'This is an xCal (XML iCalendar) file; export the schedule as .ics instead.',
  icalendar: 'This is an xCal (XML iCalendar) file; export the schedule as .ics instead.',
};

/** A person's name, whether written as the element's text or in child elements. */
function personName(p: XmlElement): string | undefined {
  const direct = directText(p).trim();
  if (direct) return direct;
  return (
    childText(p, 'public_name')?.trim() ||
    childText(p, 'full_public_name')?.trim() ||
    childText(p, 'name')?.trim() ||
    [childText(p, 'first_name'), childText(p, 'last_name')].filter(Boolean).join(' ').trim() ||
    undefined
  );
}

function person(p: XmlElement): RawPerson {
  return {
    name: personName(p),
    code: p.attrs.code ?? childText(p, 'code'),
    guid: p.attrs.guid ?? childText(p, 'guid'),
    id: p.attrs.id ?? childText(p, 'id'),
    bio: childText(p, 'biography') ?? childText(p, 'bio'),
  };
}

function event(e: XmlElement): RawEvent {
  const linkOf = (l: XmlElement) => ({ url: l.attrs.href, title: deepText(l).trim(), type: l.attrs.type });
  const recording = childNamed(e, 'recording');
  const explicitRecording = [
    childText(recording, 'url'),
    childText(e, 'video_url'),
    childText(e, 'recording_url'),
  ]
    .filter((u): u is string => !!u?.trim())
    .map((url) => ({ url: url.trim(), title: undefined, type: undefined, recording: true }));
  return {
    guid: e.attrs.guid,
    id: e.attrs.id ?? childText(e, 'id'),
    code: e.attrs.code,
    date: childText(e, 'date')?.trim(),
    start: childText(e, 'start')?.trim(),
    duration: childText(e, 'duration')?.trim(),
    room: childText(e, 'room'),
    slug: childText(e, 'slug')?.trim(),
    url: childText(e, 'url')?.trim(),
    originUrl: childText(e, 'origin_url')?.trim(),
    title: childText(e, 'title'),
    subtitle: childText(e, 'subtitle'),
    track: childText(e, 'track'),
    type: childText(e, 'type'),
    language: childText(e, 'language'),
    abstract: childText(e, 'abstract'),
    description: childText(e, 'description'),
    doNotRecord:
      childText(recording, 'optout')?.trim() === 'true' || childText(e, 'do_not_record')?.trim() === 'true',
    persons: childrenNamed(childNamed(e, 'persons'), 'person').map(person),
    links: [
      ...explicitRecording,
      ...childrenNamed(childNamed(e, 'links'), 'link').map(linkOf),
      ...childrenNamed(childNamed(e, 'attachments'), 'attachment').map(linkOf),
    ],
  };
}

/** Pentabarf (FOSDEM) and wafer (DebConf) write frab's layout with their own habits. */
function layoutOf(schedule: XmlElement, events: XmlElement[]): string {
  const generator = childNamed(schedule, 'generator')?.attrs.name?.toLowerCase() ?? '';
  if (generator.includes('pretalx')) return 'pretalx schedule.xml';
  if (generator.includes('wafer')) return 'wafer schedule.xml';
  if (events.length > 0 && events.every((e) => !e.attrs.guid)) return 'Pentabarf schedule.xml';
  return 'frab schedule.xml';
}

/**
 * frab, pretalx, Pentabarf and wafer schedule.xml: <schedule><conference/><day date><room
 * name><event>. A file that is not well-formed XML is refused outright: reading the part
 * before the error would cancel every session after it.
 */
export function readScheduleXml(xml: string, options: ScheduleParseOptions = {}): ScheduleParseResult {
  const tree = readXmlTree(xml);
  if (!tree.ok) return tree;
  const schedule = tree.root;
  if (schedule.name !== 'schedule') {
    const other = OTHER_ROOTS[schedule.name.toLowerCase()];
    return {
      ok: false,
      reason: other ?? `This XML is not a schedule.xml: its root is <${schedule.name}>, not <schedule>.`,
    };
  }
  const conference = childNamed(schedule, 'conference');
  const acronym = childText(conference, 'acronym')?.trim() ?? '';
  const dayNodes = childrenNamed(schedule, 'day');
  const allEvents = dayNodes.flatMap((d) =>
    childrenNamed(d, 'room').flatMap((r) => childrenNamed(r, 'event')),
  );
  const builder = new ScheduleBuilder(
    'xml',
    layoutOf(schedule, allEvents),
    acronym,
    childText(conference, 'time_zone_name')?.trim(),
    options,
    dayChangeMinutes(childText(conference, 'day_change')),
  );
  for (const note of tree.notes) builder.warn('text_decoding', null, note);
  const rooms: ImportedRoom[] = [];
  const days = dayNodes.map((d) => {
    const day = {
      date: d.attrs.date,
      start: instantFromOffsetDateTime(d.attrs.start ?? ''),
      end: instantFromOffsetDateTime(d.attrs.end ?? ''),
    };
    for (const room of childrenNamed(d, 'room')) {
      const name = room.attrs.name?.trim();
      if (name && !rooms.some((r) => r.name === name)) rooms.push({ name, guid: room.attrs.guid ?? null });
      for (const e of childrenNamed(room, 'event')) builder.addEvent(event(e), day, name);
    }
    return day;
  });
  const trackNodes = [
    ...childrenNamed(conference, 'track'),
    ...childrenNamed(childNamed(conference, 'tracks'), 'track'),
  ];
  const tracks: ImportedTrack[] = trackNodes.flatMap((t) => {
    const name = (t.attrs.name ?? deepText(t)).trim();
    return name ? [{ name, color: hexColor(t.attrs.color) }] : [];
  });
  return {
    ok: true,
    schedule: builder.finish(
      {
        title: childText(conference, 'title')?.trim() ?? '',
        days: days.flatMap((d) => (d.date ? [{ date: d.date, start: d.start, end: d.end }] : [])),
      },
      rooms,
      tracks,
    ),
  };
}
