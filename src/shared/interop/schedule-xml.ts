import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { hexColor, instantFromOffsetDateTime } from './field-rules';
import type {
  ImportedRoom,
  ImportedTrack,
  ScheduleParseOptions,
  ScheduleParseResult,
} from './imported-schedule';
import { ScheduleBuilder, type RawEvent } from './schedule-builder';

type Node = Record<string, unknown>;

// Values stay text (ids, "00:30", "true"): the field rules decide what they mean.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const many = (v: unknown): unknown[] =>
  v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v];
const nodes = (v: unknown): Node[] => many(v).map((x) => (isNode(x) ? x : { '#text': x }));

/** The text of an element, whether it came out as a string or as a node with attributes. */
function text(v: unknown): string | undefined {
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (isNode(v)) return text(v['#text']) ?? '';
  return undefined;
}

const attr = (n: Node, name: string) => text(n[`@_${name}`]);
const child = (n: Node, name: string): Node => (isNode(n[name]) ? (n[name] as Node) : {});

function event(e: Node): RawEvent {
  const links = [...nodes(child(e, 'links').link), ...nodes(child(e, 'attachments').attachment)].map((l) => ({
    url: attr(l, 'href'),
    title: text(l),
    type: attr(l, 'type'),
  }));
  return {
    guid: attr(e, 'guid'),
    id: attr(e, 'id'),
    code: attr(e, 'code'),
    date: text(e.date),
    start: text(e.start),
    duration: text(e.duration),
    room: text(e.room),
    slug: text(e.slug),
    url: text(e.url),
    originUrl: text(e.origin_url),
    title: text(e.title),
    subtitle: text(e.subtitle),
    track: text(e.track),
    type: text(e.type),
    language: text(e.language),
    abstract: text(e.abstract),
    description: text(e.description),
    doNotRecord: text(child(e, 'recording').optout)?.trim() === 'true' || text(e.do_not_record) === 'true',
    persons: nodes(child(e, 'persons').person).map((p) => ({
      name: text(p),
      code: attr(p, 'code'),
      guid: attr(p, 'guid'),
      id: attr(p, 'id'),
    })),
    links,
  };
}

/**
 * frab schedule.xml. A file that is not well-formed XML is refused outright: reading the part
 * before the error would cancel every session after it. Schema slips (an extra element, an odd
 * slug) do not matter here.
 */
export function readScheduleXml(xml: string, options: ScheduleParseOptions = {}): ScheduleParseResult {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return { ok: false, reason: `This XML is not well-formed (line ${valid.err.line}): ${valid.err.msg}` };
  }
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    return {
      ok: false,
      reason: `This XML could not be read: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
  const root = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#'));
  const schedule = root === 'schedule' && isNode(doc.schedule) ? doc.schedule : null;
  if (!schedule) {
    return {
      ok: false,
      reason: `This XML is not a frab schedule.xml: its root is <${root ?? ''}>, not <schedule>.`,
    };
  }
  const conference = child(schedule, 'conference');
  const acronym = text(conference.acronym)?.trim() ?? '';
  const builder = new ScheduleBuilder('xml', acronym, text(conference.time_zone_name)?.trim(), options);
  const rooms: ImportedRoom[] = [];
  const days = nodes(schedule.day).map((d) => {
    const day = {
      date: attr(d, 'date'),
      start: instantFromOffsetDateTime(attr(d, 'start') ?? ''),
      end: instantFromOffsetDateTime(attr(d, 'end') ?? ''),
    };
    for (const room of nodes(d.room)) {
      const name = attr(room, 'name')?.trim();
      if (name && !rooms.some((r) => r.name === name)) rooms.push({ name, guid: attr(room, 'guid') ?? null });
      for (const e of nodes(room.event)) builder.addEvent(event(e), day, name);
    }
    return day;
  });
  const tracks: ImportedTrack[] = nodes(conference.track).flatMap((t) => {
    const name = (attr(t, 'name') ?? text(t))?.trim();
    return name ? [{ name, color: hexColor(attr(t, 'color')) }] : [];
  });
  return {
    ok: true,
    schedule: builder.finish(
      {
        title: text(conference.title)?.trim() ?? '',
        days: days.flatMap((d) => (d.date ? [{ date: d.date, start: d.start, end: d.end }] : [])),
      },
      rooms,
      tracks,
    ),
  };
}
