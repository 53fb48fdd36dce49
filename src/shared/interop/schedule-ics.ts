import { toInstant, zonedToInstant } from '../time';
import { addMinutes, durationMinutes, isTimeZone } from './field-rules';
import type { ScheduleParseOptions, ScheduleParseResult } from './imported-schedule';
import { ScheduleBuilder, type RawEvent } from './schedule-builder';

/**
 * iCalendar feeds (RFC 5545) as conferences publish them (pretalx, Indico, Sched, hand-made):
 * VEVENTs become sessions, SUMMARY the title, LOCATION the room, CATEGORIES the track,
 * ATTENDEE/ORGANIZER common names the speakers and UID the identity. Read leniently: any line
 * ending, missing VERSION or PRODID, TZIDs without a VTIMEZONE block, legacy zone names.
 */

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

interface Component {
  name: string;
  properties: Property[];
  components: Component[];
}

/** One content line: NAME;PARAM=value;PARAM="quoted":value. */
function contentLine(line: string): Property | null {
  let i = 0;
  const nameEnd = /[;:]/.exec(line);
  if (!nameEnd) return null;
  const name = line.slice(0, nameEnd.index).toUpperCase();
  i = nameEnd.index;
  const params: Record<string, string> = {};
  while (line[i] === ';') {
    const eq = line.indexOf('=', i);
    if (eq < 0) return null;
    const key = line.slice(i + 1, eq).toUpperCase();
    i = eq + 1;
    let value = '';
    if (line[i] === '"') {
      const close = line.indexOf('"', i + 1);
      if (close < 0) return null;
      value = line.slice(i + 1, close);
      i = close + 1;
      // Further values of a list parameter are kept with the first.
      while (line[i] === ',') {
        const next = /[;:]/.exec(line.slice(i));
        i += next ? next.index : line.length - i;
      }
    } else {
      const end = /[;:]/.exec(line.slice(i));
      value = end ? line.slice(i, i + end.index) : line.slice(i);
      i += end ? end.index : line.length - i;
    }
    params[key] = value;
  }
  if (line[i] !== ':') return null;
  return { name, params, value: line.slice(i + 1) };
}

function readComponents(text: string): Component | null {
  // Folds are removed here too, for text that did not come through decodeScheduleBytes.
  const lines = text.replace(/(?:\r*\n|\r)[ \t]/g, '').split(/\r*\n|\r/);
  const root: Component = { name: '', properties: [], components: [] };
  const stack = [root];
  for (const line of lines) {
    if (!line.trim()) continue;
    const property = contentLine(line);
    if (!property) continue;
    const current = stack[stack.length - 1]!;
    if (property.name === 'BEGIN') {
      const component: Component = {
        name: property.value.trim().toUpperCase(),
        properties: [],
        components: [],
      };
      current.components.push(component);
      stack.push(component);
    } else if (property.name === 'END') {
      if (stack.length > 1) stack.pop();
    } else current.properties.push(property);
  }
  return root.components.find((c) => c.name === 'VCALENDAR') ?? null;
}

/** TEXT values: \n, \N, \, \; and \\ unescaped. */
const unescapeText = (value: string) =>
  value.replace(/\\([nN,;\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

const prop = (c: Component, name: string) => c.properties.find((p) => p.name === name);
const props = (c: Component, name: string) => c.properties.filter((p) => p.name === name);

/** Windows zone names that Outlook and Exchange feeds write as TZID. */
const WINDOWS_ZONES: Record<string, string> = {
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'GMT Standard Time': 'Europe/London',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'Pacific Standard Time': 'America/Los_Angeles',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'India Standard Time': 'Asia/Kolkata',
  UTC: 'UTC',
};

/** The IANA zone a TZID means: the name itself (legacy names such as US/Eastern resolve), a path ending in one, or a Windows name. */
export function ianaZoneOf(tzid: string): string | null {
  const name = tzid.trim().replace(/^"|"$/g, '');
  const parts = name.split('/');
  for (let i = 0; i < parts.length; i++) {
    const candidate = parts.slice(i).join('/');
    if (candidate && isTimeZone(candidate)) {
      return new Intl.DateTimeFormat('en', { timeZone: candidate }).resolvedOptions().timeZone;
    }
  }
  return WINDOWS_ZONES[name] ?? null;
}

/** A zone from a VTIMEZONE block whose TZID is no IANA name: its X-LIC-LOCATION, else its standard offset. */
function zoneFromBlock(block: Component | undefined): string | null {
  if (!block) return null;
  const location = prop(block, 'X-LIC-LOCATION')?.value;
  if (location && ianaZoneOf(location)) return ianaZoneOf(location);
  const standard = block.components.find((c) => c.name === 'STANDARD') ?? block.components[0];
  const offset = standard
    ? /^([+-])(\d{2})(\d{2})$/.exec(prop(standard, 'TZOFFSETTO')?.value.trim() ?? '')
    : null;
  if (!offset || offset[3] !== '00') return null;
  const hours = Number(offset[2]);
  // Etc/GMT signs are inverted: Etc/GMT-2 is two hours ahead of UTC.
  return hours === 0 ? 'UTC' : `Etc/GMT${offset[1] === '+' ? '-' : '+'}${hours}`;
}

interface TimeContext {
  blocks: Map<string, Component>;
  /** X-WR-TIMEZONE, else the conference's zone: for floating times. */
  floatingZone: string | null;
  unresolvedZones: Set<string>;
  floating: number;
}

/** A DATE-TIME or DATE property as a UTC instant; all-day dates start at midnight. */
function instantOf(p: Property | undefined, ctx: TimeContext): string | null {
  if (!p) return null;
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?$/i.exec(p.value.trim());
  if (!m) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  const time = `${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}`;
  if (m[7]) return toInstant(new Date(`${date}T${time}Z`));
  let zone: string | null = null;
  const tzid = p.params.TZID;
  if (tzid) {
    zone = ianaZoneOf(tzid) ?? zoneFromBlock(ctx.blocks.get(tzid));
    if (!zone) ctx.unresolvedZones.add(tzid);
  } else ctx.floating++;
  zone ??= ctx.floatingZone;
  return zone ? toInstant(zonedToInstant(date, time, zone)) : null;
}

/** Speakers: Lanyard's own X-LANYARD-SPEAKER (name and code), else ATTENDEE, else ORGANIZER common names. */
function people(e: Component): { name: string; code?: string }[] {
  const named = (list: Property[], withCode = false) =>
    list.flatMap((p) => {
      const name = unescapeText(p.params.CN ?? '').trim();
      return name ? [{ name, ...(withCode && p.value.trim() ? { code: p.value.trim() } : {}) }] : [];
    });
  const lanyard = named(props(e, 'X-LANYARD-SPEAKER'), true);
  if (lanyard.length > 0) return lanyard;
  const attendees = named(props(e, 'ATTENDEE'));
  return attendees.length > 0 ? attendees : named(props(e, 'ORGANIZER'));
}

/** pretalx's feed: UID pretalx-<event>-<CODE>[-<slot>]@<host>, SUMMARY "<title> - <speakers>". */
const PRETALX_UID = /^pretalx-.+-([A-Z0-9]{4,16})(?:-\d+)?@[^@\s]+$/;

/**
 * pretalx writes the speakers into SUMMARY ("Title - Ada Lovelace, Alan Turing", or "Title - "
 * with none) and gives no ATTENDEE, so for its feeds the title and the speakers are taken apart
 * at the last " - "; the talk's code comes from the UID.
 */
function pretalxSummary(summary: string): { title: string; speakers: { name: string }[] } {
  const cut = summary.lastIndexOf(' - ');
  if (cut < 0) return { title: summary, speakers: [] };
  const names = summary.slice(cut + 3).trim();
  return {
    title: summary.slice(0, cut).trim(),
    speakers: names ? names.split(', ').flatMap((n) => (n.trim() ? [{ name: n.trim() }] : [])) : [],
  };
}

/**
 * Lanyard's own feed writes the speakers before and the session's address after the
 * description, for people reading it in a calendar app; reading it back takes them off again.
 */
function ownDescription(description: string, speakers: { name: string }[], url: string | undefined): string {
  let text = description;
  const byline = speakers.map((s) => s.name).join(', ');
  if (byline && text.startsWith(byline)) text = text.slice(byline.length).replace(/^\n\n/, '');
  if (url && text.endsWith(url)) text = text.slice(0, -url.length).replace(/\n\n$/, '');
  return text;
}

/** The most common length among events that give one, for those that do not. */
function usualMinutes(lengths: number[]): number {
  const counts = new Map<number, number>();
  for (const m of lengths) if (m > 0) counts.set(m, (counts.get(m) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 30;
}

export function readScheduleIcs(text: string, options: ScheduleParseOptions = {}): ScheduleParseResult {
  const calendar = readComponents(text);
  if (!calendar) return { ok: false, reason: 'This iCalendar file has no BEGIN:VCALENDAR … END:VCALENDAR.' };
  const calendarZone = ianaZoneOf(prop(calendar, 'X-WR-TIMEZONE')?.value ?? '');
  const blocks = new Map(
    calendar.components
      .filter((c) => c.name === 'VTIMEZONE')
      .flatMap((c) => {
        const id = prop(c, 'TZID')?.value.trim();
        return id ? [[id, c] as const] : [];
      }),
  );
  const ctx: TimeContext = {
    blocks,
    floatingZone: calendarZone ?? options.fallbackTimeZone ?? null,
    unresolvedZones: new Set(),
    floating: 0,
  };
  const title = unescapeText(
    prop(calendar, 'X-WR-CALNAME')?.value ?? prop(calendar, 'NAME')?.value ?? '',
  ).trim();
  const ownFeed = /^-\/\/Lanyard\/\//.test(prop(calendar, 'PRODID')?.value ?? '');
  // All-day entries ("Day 1", "Registration open") have a date but no time: they are no session.
  const isAllDay = (e: Component) => /^\d{8}$/.test(prop(e, 'DTSTART')?.value.trim() ?? '');
  const all = calendar.components.filter((c) => c.name === 'VEVENT');
  const vevents = all.filter((e) => !isAllDay(e));
  const allDay = all.length - vevents.length;
  const fromPretalx = vevents.some((e) => PRETALX_UID.test(prop(e, 'UID')?.value.trim() ?? ''));
  const builder = new ScheduleBuilder(
    'ics',
    ownFeed ? 'Lanyard iCalendar export' : fromPretalx ? 'pretalx iCalendar feed' : 'iCalendar feed',
    '',
    calendarZone ?? undefined,
    options,
  );

  const events = vevents.map((e) => {
    const startsAt = instantOf(prop(e, 'DTSTART'), ctx);
    const end = instantOf(prop(e, 'DTEND'), ctx);
    const duration = durationMinutes(prop(e, 'DURATION')?.value);
    return {
      e,
      startsAt,
      endsAt: end ?? (startsAt && duration !== null ? addMinutes(startsAt, duration) : null),
    };
  });
  const fallbackMinutes = usualMinutes(
    events.flatMap(({ startsAt, endsAt }) =>
      startsAt && endsAt ? [(Date.parse(endsAt) - Date.parse(startsAt)) / 60_000] : [],
    ),
  );
  let cancelled = 0;
  let defaulted = 0;
  let repeating = 0;
  let pretalxTalks = 0;
  for (const { e, startsAt, endsAt } of events) {
    if (prop(e, 'STATUS')?.value.trim().toUpperCase() === 'CANCELLED') {
      cancelled++;
      continue;
    }
    if (prop(e, 'RRULE')) repeating++;
    if (startsAt && !endsAt) defaulted++;
    const categories = prop(e, 'CATEGORIES')?.value;
    const uid = unescapeText(prop(e, 'UID')?.value ?? '').trim();
    const summary = unescapeText(prop(e, 'SUMMARY')?.value ?? '');
    const pretalx = PRETALX_UID.exec(uid);
    const given = people(e);
    const split = pretalx && given.length === 0 ? pretalxSummary(summary) : null;
    if (split) pretalxTalks++;
    const persons = split ? split.speakers : given;
    const url = prop(e, 'URL')?.value.trim();
    const description = unescapeText(prop(e, 'DESCRIPTION')?.value ?? '');
    const raw: RawEvent = {
      guid: uid,
      code: pretalx?.[1],
      title: split ? split.title : summary,
      date: prop(e, 'DTSTART')?.value,
      startsAt,
      endsAt: endsAt ?? (startsAt ? addMinutes(startsAt, fallbackMinutes) : null),
      room: unescapeText(prop(e, 'LOCATION')?.value ?? ''),
      url,
      track: categories ? unescapeText(categories.split(/(?<!\\),/)[0] ?? '') : undefined,
      type: prop(e, 'X-LANYARD-TYPE')?.value,
      language: prop(e, 'X-LANYARD-LANGUAGE')?.value,
      description: ownFeed ? ownDescription(description, persons, url) : description,
      doNotRecord: prop(e, 'X-LANYARD-DO-NOT-RECORD')?.value.trim().toUpperCase() === 'TRUE',
      persons,
      links: [],
    };
    builder.addEvent(raw, { start: null }, undefined);
  }
  if (allDay > 0) {
    builder.warn(
      'event_skipped',
      null,
      `${allDay} all-day event(s) (a date without a time, such as “Day 1”) were left out: a session needs a start time.`,
    );
  }
  if (pretalxTalks > 0) {
    builder.warn(
      'speakers_from_title',
      null,
      `${pretalxTalks} pretalx event(s) give their speakers in the title (“Title - Speakers”), as pretalx feeds do; they were taken apart into title and speakers.`,
    );
  }
  if (cancelled > 0) {
    builder.warn(
      'session_cancelled_in_file',
      null,
      `${cancelled} event(s) are cancelled in the feed; they were not imported.`,
    );
  }
  if (defaulted > 0) {
    builder.warn(
      'default_duration',
      null,
      `${defaulted} event(s) give no end or duration; they were given ${fallbackMinutes} minutes, the feed's most common length.`,
    );
  }
  if (repeating > 0) {
    builder.warn(
      'event_skipped',
      null,
      `${repeating} repeating event(s) were read once, at their first date.`,
    );
  }
  if (ctx.unresolvedZones.size > 0) {
    builder.warn(
      'time_zone_assumed',
      null,
      `Unknown time zone(s) ${[...ctx.unresolvedZones].join(', ')}: those times were read in ${ctx.floatingZone ?? 'no zone'}.`,
    );
  }
  if (ctx.floating > 0 && !calendarZone) {
    builder.warn(
      'time_zone_assumed',
      null,
      `${ctx.floating} time(s) in the feed are floating (no zone); they were read in this conference's zone, ${ctx.floatingZone ?? 'unknown'}.`,
    );
  }
  return { ok: true, schedule: builder.finish({ title, days: [] }, [], []) };
}
