import ICAL from 'ical.js';
// @ts-expect-error -- jsdom ships no type declarations; only its standard DOMParser is used.
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  conferenceSchema,
  problemSchema,
  scheduleImportPreviewSchema,
  scheduleImportResultSchema,
  sessionListSchema,
  speakerListSchema,
  type Conference,
  type ScheduleImportPreview,
  type Session,
} from '@shared/contract';
import { describeEachDatabase, type TestClient } from '../../test/harness';
import {
  importableFixtures,
  pentabarfFosdem,
  pentabarfWithFewerEvents,
  refusals,
  type Fixture,
} from '../../test/schedule-quirks';

/*
 * Real-world schedule files (generated with each quirk, see test/schedule-quirks.ts) imported
 * through the HTTP API, then every field of every published session compared with the file as an
 * INDEPENDENT reader sees it: the DOM (jsdom's DOMParser) for XML, ical.js for iCalendar,
 * JSON.parse for JSON. The mapping below is written from what the formats mean, not by calling
 * the importer.
 */

/** The room Lanyard files sessions under when the source gives none (the organizer renames it). */
const NO_ROOM = 'No room given';

interface Expected {
  /** The source's guid when it is UUID-shaped (kept, lower case); null when one is derived. */
  guid: string | null;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  room: string;
  track: string | null;
  speakers: string[];
  youtube: string | null;
  mediaCccDe: string | null;
  slides: string | null;
}

const HEX_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const oneLine = (s: string) => s.trim().replace(/\s+/g, ' ');

/** UTC instant of a wall-clock date and time in an IANA zone, from Intl's offsets. */
function zoned(date: string, time: string, zone: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mi, ss = 0] = time.split(':').map(Number) as [number, number, number?];
  const wall = Date.UTC(y, m - 1, d, hh, mi, ss);
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const offset = (t: number) => {
    const part = (type: string) => Number(format.formatToParts(t).find((p) => p.type === type)!.value);
    return (
      Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) - t
    );
  };
  return iso(wall - offset(wall - offset(wall)));
}

const nextDate = (date: string) => iso(Date.parse(`${date}T00:00:00Z`) + 86_400_000).slice(0, 10);

/**
 * Minutes of a schedule duration: H:MM and HH:MM; three parts are HH:MM:SS (the frab XSD) when
 * the first has two digits and D:HH:MM (EventFahrplan) when it has one.
 */
function minutesOf(text: string): number {
  const parts = text.trim().split(':').map(Number);
  if (parts.length === 2) return parts[0]! * 60 + parts[1]!;
  if (/^\d{2}:/.test(text.trim())) return parts[0]! * 60 + parts[1]! + Math.round(parts[2]! / 60);
  return parts[0]! * 1440 + parts[1]! * 60 + parts[2]!;
}

/** Lanyard keeps one text per session: the abstract, then the description when it adds to it. */
function joined(abstract: string, description: string): string {
  const parts = [abstract.trim(), description.trim()].filter(Boolean);
  return parts.length === 2 && parts[0] === parts[1] ? parts[0]! : parts.join('\n\n');
}

interface SourceLink {
  url: string;
  title: string;
  /** The file's own field or type calls it the recording of this session. */
  recording: boolean;
  slides: boolean;
}

/** The session's recording links: only links the file calls the recording, on a host Lanyard plays. */
function recordingLinks(links: SourceLink[]) {
  let youtube: string | null = null;
  let mediaCccDe: string | null = null;
  let slides: string | null = null;
  for (const link of links) {
    const url = new URL(link.url);
    if (link.slides) slides ??= url.href;
    if (!link.recording) continue;
    if (/(^|\.)youtube\.com$/.test(url.hostname) && url.pathname === '/watch') youtube ??= url.href;
    if (url.hostname === 'media.ccc.de' && url.pathname.startsWith('/v/')) mediaCccDe ??= url.href;
  }
  return { youtube, mediaCccDe, slides };
}

/** A link title that says it is this talk's recording. */
const titledRecording = (title: string) => /recording|aufzeichnung/i.test(title);

/** Drops exact repeats (an event listed twice identically is one session). */
function unique(list: Expected[]): Expected[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = JSON.stringify(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/* ---------------------------------- XML, through the DOM ---------------------------------- */

function expectedFromXml(bytes: Buffer, editionZone: string): Expected[] {
  const { DOMParser } = (new JSDOM() as { window: { DOMParser: typeof globalThis.DOMParser } }).window;
  // The DOM decodes per the XML declaration; our us-ascii file holds ASCII only.
  const doc = new DOMParser().parseFromString(bytes.toString('utf8'), 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const kids = (el: Element | null | undefined, name: string) =>
    el ? Array.from(el.children).filter((c) => c.localName === name) : [];
  const kid = (el: Element | null | undefined, name: string) => kids(el, name)[0];
  const text = (el: Element | null | undefined, name: string) => kid(el, name)?.textContent ?? '';
  const schedule = doc.documentElement;
  const conference = kid(schedule, 'conference');
  const zone = text(conference, 'time_zone_name').trim() || editionZone;
  const dayChange = text(conference, 'day_change').trim();
  const dayChangeMinutes = dayChange ? minutesOf(dayChange.slice(0, 5)) : 0;
  const out: Expected[] = [];
  for (const day of kids(schedule, 'day')) {
    for (const room of kids(day, 'room')) {
      for (const event of kids(room, 'event')) {
        const date = text(event, 'date').trim();
        let startsAt: string;
        if (date) startsAt = iso(Date.parse(date));
        else {
          // Pentabarf: the day's date and the wall-clock start in the file's (else the edition's)
          // zone; a time before day_change belongs to the next calendar date.
          const start = text(event, 'start').trim();
          const before = minutesOf(start) < dayChangeMinutes;
          startsAt = zoned(
            before ? nextDate(day.getAttribute('date')!) : day.getAttribute('date')!,
            start,
            zone,
          );
        }
        const endsAt = iso(Date.parse(startsAt) + minutesOf(text(event, 'duration')) * 60_000);
        const speakers = kids(kid(event, 'persons'), 'person').map((p) =>
          oneLine(
            p.children.length > 0
              ? (kid(p, 'public_name')?.textContent ?? kid(p, 'name')?.textContent ?? '')
              : (p.textContent ?? ''),
          ),
        );
        const links: SourceLink[] = [
          ...kids(kid(event, 'links'), 'link').map((l) => ({
            url: l.getAttribute('href')!,
            title: l.textContent ?? '',
            recording: titledRecording(l.textContent ?? ''),
            slides: false,
          })),
          ...kids(kid(event, 'attachments'), 'attachment').map((a) => ({
            url: a.getAttribute('href')!,
            title: a.textContent ?? '',
            recording: false,
            slides: a.getAttribute('type') === 'slides',
          })),
        ];
        const guid = event.getAttribute('guid');
        out.push({
          guid: guid && HEX_GUID.test(guid) ? guid.toLowerCase() : null,
          title: oneLine(text(event, 'title')),
          description: joined(text(event, 'abstract'), text(event, 'description')),
          startsAt,
          endsAt,
          room: oneLine(text(event, 'room')) || oneLine(room.getAttribute('name') ?? '') || NO_ROOM,
          track: oneLine(text(event, 'track')) || null,
          speakers,
          ...recordingLinks(links),
        });
      }
    }
  }
  return unique(out);
}

/* ----------------------------------- JSON, through JSON.parse ----------------------------------- */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function expectedFromFrabJson(data: Json): Expected[] {
  const out: Expected[] = [];
  for (const day of data.schedule.conference.days as Json[]) {
    for (const [roomName, events] of Object.entries(day.rooms as Record<string, Json[]>)) {
      for (const e of events) {
        const startsAt = iso(Date.parse(e.date));
        const explicit = [e.recording?.url, typeof e.video === 'string' ? e.video : e.video?.url].filter(
          Boolean,
        );
        out.push({
          guid: HEX_GUID.test(e.guid) ? e.guid.toLowerCase() : null,
          title: oneLine(e.title),
          description: joined(e.abstract ?? '', e.description ?? ''),
          startsAt,
          endsAt: iso(Date.parse(startsAt) + minutesOf(e.duration) * 60_000),
          room: oneLine(e.room ?? '') || oneLine(roomName) || NO_ROOM,
          track: e.track ? oneLine(e.track) : null,
          speakers: (e.persons as Json[]).map((p) => oneLine(p.public_name ?? p.name)),
          ...recordingLinks([
            ...explicit.map((url: string) => ({ url, title: '', recording: true, slides: false })),
            ...(e.links as Json[]).map((l) => ({
              url: l.url,
              title: l.title ?? '',
              recording: titledRecording(l.title ?? ''),
              slides: l.type === 'slides',
            })),
          ]),
        });
      }
    }
  }
  return unique(out);
}

function expectedFromSchedule2(data: Json): Expected[] {
  const conference = data.schedule.conference;
  const roomByGuid = new Map((conference.rooms as Json[]).map((r) => [r.guid, r.name as string]));
  const trackBySlug = new Map((conference.tracks as Json[]).map((t) => [t.slug, t.name as string]));
  const localized = (v: unknown, language: string) =>
    v && typeof v === 'object' ? ((v as Json)[language] ?? Object.values(v)[0] ?? '') : ((v as string) ?? '');
  return unique(
    (data.schedule.events as Json[])
      .filter((e) => !['CANCELED', 'WITHDRAWN', 'DELETED', 'REJECTED'].includes(e.state))
      .map((e) => ({
        guid: e.guid.toLowerCase(),
        title: oneLine(e.title),
        description: joined(localized(e.abstract, e.language), localized(e.description, e.language)),
        startsAt: iso(Date.parse(e.start)),
        endsAt: iso(Date.parse(e.end)),
        room: e.room.name ?? roomByGuid.get(e.room.guid) ?? NO_ROOM,
        track: trackBySlug.get(e.track.slug) ?? null,
        speakers: (e.participants as Json[]).map((p) => oneLine(p.name)),
        ...recordingLinks(
          (e.links as Json[]).map((l) => ({
            url: l.url,
            title: l.title ?? '',
            // schedule2 types a link by the service hosting this talk's video.
            recording: l.service === 'MEDIACCCDE' || l.service === 'PEERTUBE',
            slides: l.type === 'SLIDES',
          })),
        ),
      })),
  );
}

/* ------------------------------------ iCalendar, through ical.js ------------------------------------ */

/** Removes folds (a line break plus one blank) at the byte level, before any decoding. */
function unfoldBytes(bytes: Buffer): Buffer {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0d || bytes[i] === 0x0a) {
      let j = i;
      while (bytes[j] === 0x0d) j++;
      if (bytes[j] === 0x0a) j++;
      if (bytes[j] === 0x20 || bytes[j] === 0x09) {
        i = j;
        continue;
      }
    }
    out.push(bytes[i]!);
  }
  return Buffer.from(out);
}

function expectedFromIcs(bytes: Buffer, editionZone: string, defaultMinutes: number | null): Expected[] {
  const text = new TextDecoder('utf-8', { fatal: true })
    .decode(unfoldBytes(bytes))
    .replace(/\r*\n|\r/g, '\r\n');
  const calendar = new ICAL.Component(ICAL.parse(text));
  const instant = (prop: ICAL.Property | null): string | null => {
    if (!prop) return null;
    const t = prop.getFirstValue() as ICAL.Time;
    const date = `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
    const time = `${t.hour}:${t.minute}:${t.second}`;
    if (t.zone?.tzid === 'UTC') return zoned(date, time, 'UTC');
    // A TZID is read by its IANA name (legacy names included), whatever a VTIMEZONE block says.
    const tzid = prop.getParameter('tzid') as string | undefined;
    return zoned(date, time, tzid ?? editionZone);
  };
  return unique(
    calendar
      .getAllSubcomponents('vevent')
      .filter((e) => e.getFirstPropertyValue('status') !== 'CANCELLED')
      .map((e) => {
        const startsAt = instant(e.getFirstProperty('dtstart'))!;
        const duration = e.getFirstPropertyValue('duration') as ICAL.Duration | null;
        const endsAt =
          instant(e.getFirstProperty('dtend')) ??
          (duration
            ? iso(Date.parse(startsAt) + duration.toSeconds() * 1000)
            : iso(Date.parse(startsAt) + defaultMinutes! * 60_000));
        const names = (name: string) =>
          e.getAllProperties(name).map((p) => oneLine(String(p.getParameter('cn') ?? '')));
        const attendees = names('attendee');
        const categories = e.getFirstProperty('categories')?.getValues() as string[] | undefined;
        return {
          guid: null,
          title: oneLine(String(e.getFirstPropertyValue('summary') ?? '')),
          description: String(e.getFirstPropertyValue('description') ?? '').trim(),
          startsAt,
          endsAt,
          room: oneLine(String(e.getFirstPropertyValue('location') ?? '')) || NO_ROOM,
          track: categories?.[0]?.trim() || null,
          speakers: attendees.length > 0 ? attendees : names('organizer'),
          youtube: null,
          mediaCccDe: null,
          slides: null,
        };
      }),
  );
}

function expectedOf(fixture: Fixture, defaultMinutes: number | null): Expected[] {
  const zone = fixture.conference.timeZone;
  if (fixture.format === 'xml') return expectedFromXml(fixture.bytes, zone);
  if (fixture.format === 'ics') return expectedFromIcs(fixture.bytes, zone, defaultMinutes);
  const data = JSON.parse(fixture.bytes.toString('utf8')) as Json;
  return Array.isArray(data.schedule.events) ? expectedFromSchedule2(data) : expectedFromFrabJson(data);
}

/* --------------------------------------- through the API --------------------------------------- */

const C = (slug: string) => `/api/conferences/${slug}`;

async function organizer(client: TestClient) {
  expect((await client.login('organizer@demo.test')).status).toBe(200);
}

async function createConference(client: TestClient, slug: string, fixture: Pick<Fixture, 'conference'>) {
  const res = await client.post('/api/conferences', {
    slug,
    name: slug,
    venueName: 'Venue',
    ...fixture.conference,
  });
  expect(res.status, await res.clone().text()).toBe(201);
}

function upload(client: TestClient, slug: string, bytes: Buffer, format?: string) {
  return client.request(`${C(slug)}/schedule-import/preview${format ? `?format=${format}` : ''}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: new Uint8Array(bytes),
  });
}

async function previewed(client: TestClient, slug: string, bytes: Buffer | string, format?: string) {
  const res = await upload(client, slug, Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8'), format);
  expect(res.status, await res.clone().text()).toBe(201);
  return scheduleImportPreviewSchema.parse(await res.json());
}

async function apply(client: TestClient, slug: string, preview: ScheduleImportPreview, confirm = false) {
  const res = await client.post(
    `${C(slug)}/schedule-import/${preview.previewId}/apply${confirm ? '?confirm=true' : ''}`,
  );
  expect(res.status, await res.clone().text()).toBe(200);
  return scheduleImportResultSchema.parse(await res.json());
}

async function published(client: TestClient, slug: string) {
  const conference: Conference = conferenceSchema.parse(await (await client.get(C(slug))).json());
  const sessions = sessionListSchema
    .parse(await (await client.get(`${C(slug)}/sessions`)).json())
    .sessions.filter((s) => s.status === 'confirmed');
  const speakers = speakerListSchema.parse(await (await client.get(`${C(slug)}/speakers`)).json()).speakers;
  return { conference, sessions, speakers };
}

/** A session as the public API shows it, in the Expected shape. */
function actualOf(s: Session, conference: Conference): Expected {
  return {
    guid: s.guid,
    title: s.title,
    description: s.description,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    room: conference.rooms.find((r) => r.id === s.roomId)?.name ?? '(none)',
    track: s.trackId ? (conference.tracks.find((t) => t.id === s.trackId)?.name ?? '(unknown)') : null,
    speakers: s.speakers.map((p) => p.name),
    youtube: s.links.youtube,
    mediaCccDe: s.links.mediaCccDe,
    slides: s.links.slides,
  };
}

const order = (a: Expected, b: Expected) =>
  a.startsAt.localeCompare(b.startsAt) || a.room.localeCompare(b.room) || a.title.localeCompare(b.title);

/** Compares every field of every session; a derived guid only needs to be a UUID of its own. */
function compareSessions(actual: Expected[], expected: Expected[], label: string) {
  const got = [...actual].sort(order);
  const want = [...expected].sort(order);
  expect(got.length, `${label}: number of sessions`).toBe(want.length);
  for (const [i, e] of want.entries()) {
    if (e.guid === null) {
      expect(got[i]!.guid).toMatch(HEX_GUID);
      got[i] = { ...got[i]!, guid: null };
    }
  }
  expect(got, label).toEqual(want);
  expect(new Set(actual.map((s) => s.guid)).size, `${label}: distinct identities`).toBe(actual.length);
}

const counted = (p: ScheduleImportPreview) => ({
  added: p.counts.sessionsAdded,
  changed: p.counts.sessionsChanged,
  removed: p.counts.sessionsRemoved,
});

/** The default length the feed's warning announces, for events that give no end. */
const defaultMinutesOf = (p: ScheduleImportPreview) => {
  const w = p.warnings.find((x) => x.code === 'default_duration');
  return w ? Number(/given (\d+) minutes/.exec(w.message)![1]) : null;
};

const fixtures = importableFixtures();

describeEachDatabase('real-world schedule files, imported through the API', (server) => {
  let client: TestClient;
  beforeAll(async () => {
    client = server().client();
    await organizer(client);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s: every field of every session as the source says, speakers credited rightly, re-import changes nothing',
    async (slug, fixture) => {
      await createConference(client, slug, fixture);
      const preview = await previewed(client, slug, fixture.bytes, fixture.format);
      const codes = preview.warnings.map((w) => w.code);
      for (const code of fixture.warnings) expect(codes, `${slug} warns ${code}`).toContain(code);
      expect(codes).not.toContain('event_skipped');
      expect(preview.confirmationRequired).toBe(false);
      expect(preview.source.layout).toBe(fixture.layout);

      const expected = expectedOf(fixture, defaultMinutesOf(preview));
      expect(preview.counts.sessionsAdded).toBe(expected.length);
      expect(preview.read.sessions).toBe(expected.length);
      const result = await apply(client, slug, preview);
      expect(result.scheduleVersion).toBe(2);

      const { conference, sessions, speakers } = await published(client, slug);
      compareSessions(
        sessions.map((s) => actualOf(s, conference)),
        expected,
        slug,
      );
      // /speakers: exactly the people the file names; each speaker page lists only sessions that
      // name that very speaker, and together the pages of a name list every session naming it
      // (a name may stand for two people: different guids, or ids of different sub-schedules).
      const naming = new Map<string, Set<string>>();
      for (const s of sessions) {
        for (const p of s.speakers) naming.set(p.code, (naming.get(p.code) ?? new Set()).add(s.code));
      }
      expect(new Set(speakers.map((s) => s.name))).toEqual(new Set(expected.flatMap((e) => e.speakers)));
      const byName = new Map<string, Set<string>>();
      for (const speaker of speakers) {
        expect(new Set(speaker.sessionCodes), speaker.name).toEqual(naming.get(speaker.code) ?? new Set());
        for (const code of speaker.sessionCodes)
          byName.set(speaker.name, (byName.get(speaker.name) ?? new Set()).add(code));
      }
      for (const name of new Set(expected.flatMap((e) => e.speakers))) {
        const want = expected.filter((e) => e.speakers.includes(name)).length;
        expect(byName.get(name)?.size, name).toBe(want);
      }

      const again = await previewed(client, slug, fixture.bytes, fixture.format);
      expect(counted(again), `${slug}: re-import`).toEqual({ added: 0, changed: 0, removed: 0 });
      expect(again.counts).toMatchObject({ roomsAdded: 0, tracksAdded: 0, speakersAdded: 0 });
      expect((await apply(client, slug, again)).scheduleVersion).toBe(2);
    },
  );

  it('says once, with a count, that person ids name several people in a merged file', async () => {
    const fixture = fixtures.find((f) => f.name === 'congress-merged')!;
    const preview = await previewed(client, fixture.name, fixture.bytes);
    const reused = preview.warnings.filter((w) => w.code === 'person_id_reused');
    expect(reused).toHaveLength(1);
    expect(reused[0]!.message).toMatch(/\d+ person id\(s\).*\d+ people/);
  });

  it('says how it read slots, repeats, the assumed zone and default lengths, with counts', async () => {
    const warnings = async (name: string) => {
      const fixture = fixtures.find((f) => f.name === name)!;
      return (await previewed(client, name, fixture.bytes)).warnings.map((w) => `${w.code}: ${w.message}`);
    };
    const camp = await warnings('camp-odd-guids');
    expect(camp).toContainEqual(expect.stringMatching(/^duplicate_guid: 2 session\(s\) share their guid/));
    expect(camp).toContainEqual(expect.stringMatching(/^duplicate_guid: 1 event\(s\) were listed twice/));
    expect(await warnings('fosdem-pentabarf')).toContainEqual(
      expect.stringMatching(/^time_zone_assumed: .*\b34 session time\(s\).*Europe\/Brussels/),
    );
    expect(await warnings('pygotham-sched-ics')).toContainEqual(
      expect.stringMatching(/^default_duration: 3 event\(s\) give no end or duration/),
    );
    expect(await warnings('indico-ics')).toContainEqual(
      expect.stringMatching(/^time_zone_assumed: 8 time\(s\) in the feed are floating.*Europe\/Zurich/),
    );
  });

  it.each(['congress-merged', 'fosdem-pentabarf', 'mrmcd-pretalx-ics'])(
    '%s: its own schedule.xml, schedule.json and schedule.ics re-import with no change',
    async (slug) => {
      const failures: string[] = [];
      for (const format of ['xml', 'json', 'ics'] as const) {
        const exported = Buffer.from(await (await client.get(`${C(slug)}/schedule.${format}`)).arrayBuffer());
        const preview = await previewed(client, slug, exported, format);
        const counts = counted(preview);
        if (counts.added + counts.changed + counts.removed > 0) {
          failures.push(
            `${format}: ${JSON.stringify(counts)} ${JSON.stringify(preview.sessions.changed.slice(0, 2))}`,
          );
        }
      }
      expect(failures).toEqual([]);
    },
  );

  it.each(['xml', 'json', 'ics'] as const)(
    'a %s export re-imported into a new edition gives the same sessions, \\r\\n in descriptions kept',
    async (format) => {
      const from = 'congress-merged';
      const to = `congress-merged-${format}`;
      const original = await published(client, from);
      expect(original.sessions.some((s) => s.description.includes('\r\n'))).toBe(true);
      await createConference(
        client,
        to,
        fixtures.find((f) => f.name === from)!,
      );
      const exported = Buffer.from(await (await client.get(`${C(from)}/schedule.${format}`)).arrayBuffer());
      await apply(client, to, await previewed(client, to, exported, format));
      const copy = await published(client, to);
      const fromOriginal = original.sessions.map((s) => actualOf(s, original.conference));
      compareSessions(
        copy.sessions.map((s) => actualOf(s, copy.conference)),
        format === 'ics'
          ? // iCalendar carries no recording links and no CR (RFC 5545 TEXT has only \n).
            fromOriginal.map((s) => ({
              ...s,
              description: s.description.replace(/\r\n/g, '\n'),
              youtube: null,
              mediaCccDe: null,
              slides: null,
            }))
          : fromOriginal,
        `${format} export re-imported`,
      );
    },
  );

  it('asks for confirmation before a file cancels more than a quarter of the published sessions', async () => {
    const slug = 'fosdem-shrinking';
    const full = pentabarfFosdem();
    await createConference(client, slug, full);
    await apply(client, slug, await previewed(client, slug, full.bytes));
    const before = (await published(client, slug)).sessions.length;
    const smaller = await previewed(client, slug, pentabarfWithFewerEvents(10));
    expect(smaller.confirmationRequired).toBe(true);
    expect(smaller.publishedSessions).toBe(before);
    expect(smaller.counts.sessionsRemoved).toBe(before - 10);

    const refused = await client.post(`${C(slug)}/schedule-import/${smaller.previewId}/apply`);
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = problemSchema.parse(await refused.json());
    expect(problem.code).toBe('import_confirmation_required');
    expect(problem.detail).toMatch(new RegExp(`cancels ${before - 10} of the ${before} published sessions`));
    expect((await published(client, slug)).sessions).toHaveLength(before);

    const done = await apply(client, slug, smaller, true);
    expect(done.counts.sessionsRemoved).toBe(before - 10);
    expect((await published(client, slug)).sessions).toHaveLength(10);
  });

  it.each(refusals().map((r) => [r.name, r] as const))(
    'refuses %s with a stable code and a sentence',
    async (_, refusal) => {
      const slug = 'refusals';
      if ((await client.get(C(slug))).status === 404) await createConference(client, slug, pentabarfFosdem());
      const res = await upload(client, slug, refusal.bytes, refusal.format);
      expect(res.status).toBe(refusal.status);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = problemSchema.parse(await res.json());
      expect(problem.code).toBe(refusal.code);
      expect(problem.detail).toMatch(refusal.says);
      expect(problem.detail).toMatch(/\.$/);
    },
  );
});

describeEachDatabase(
  'schedule uploads over the limit',
  (server) => {
    it('answers 413 naming the limit in MB', async () => {
      const client = server().client();
      await organizer(client);
      const res = await upload(client, 'matrix-conf-2025', Buffer.alloc(20_000_001, 0x20), 'xml');
      expect(res.status).toBe(413);
      const problem = problemSchema.parse(await res.json());
      expect(problem.code).toBe('payload_too_large');
      expect(problem.detail).toMatch(/20 MB/);
    });
  },
  {},
  ['sqlite'],
);

describe('the fixtures themselves', () => {
  it('are deterministic and of the intended shape', () => {
    const again = importableFixtures();
    fixtures.forEach((f, i) => expect(again[i]!.bytes.equals(f.bytes), f.name).toBe(true));
    // The pretalx feed's folds split multi-byte characters: it is not UTF-8 until unfolded.
    const pretalx = fixtures.find((f) => f.name === 'mrmcd-pretalx-ics')!;
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(pretalx.bytes)).toThrow();
    expect(fixtures.find((f) => f.name === 'pygotham-sched-ics')!.bytes.includes('\r\r\n')).toBe(true);
    // The comparisons are not vacuous: the quirks are there as the independent readers see them.
    const read = (name: string) =>
      expectedOf(
        fixtures.find((f) => f.name === name)!,
        30,
      );
    const some = (list: Expected[], test: (e: Expected) => boolean) => list.filter(test).length;
    const fosdem = read('fosdem-pentabarf');
    expect(
      some(fosdem, (e) => e.startsAt === '2025-02-01T22:30:00Z' && e.endsAt === '2025-02-01T23:30:00Z'),
    ).toBe(1);
    expect(some(fosdem, (e) => e.startsAt === '2025-02-01T23:30:00Z')).toBe(1); // 00:30 the next date
    expect(some(fosdem, (e) => !!e.slides)).toBeGreaterThan(0);
    const congress = read('congress-merged');
    expect(some(congress, (e) => e.title.includes('Escaping &amp; in HTML: why <b>'))).toBeGreaterThan(0);
    expect(
      some(congress, (e) => e.description.includes('\r\n') && e.description.includes('»')),
    ).toBeGreaterThan(0);
    expect(some(congress, (e) => e.startsAt === e.endsAt)).toBe(1);
    expect(
      some(congress, (e) => Date.parse(e.endsAt) - Date.parse(e.startsAt) === 90 * 60_000),
    ).toBeGreaterThan(0);
    expect(some(congress, (e) => !!e.youtube)).toBeGreaterThan(0);
    expect(some(congress, (e) => !!e.mediaCccDe)).toBeGreaterThan(0);
    expect(some(read('gpn-c3voc-json'), (e) => !!e.youtube && !!e.room)).toBe(1);
    expect(some(read('gpn-c3voc-json'), (e) => !!e.mediaCccDe)).toBeGreaterThan(0);
    expect(some(read('mch-schedule2'), (e) => !!e.mediaCccDe)).toBeGreaterThan(0);
    expect(
      some(read('pygotham-sched-ics'), (e) => e.room === 'Room 101' && e.startsAt === '2025-10-03T13:30:00Z'),
    ).toBe(1);
    expect(
      some(read('pygotham-sched-ics'), (e) => e.room !== 'Room 101' && e.startsAt === '2025-10-03T13:30:00Z'),
    ).toBe(1);
    for (const f of fixtures) {
      const n = expectedOf(f, 30).length;
      expect(n, f.name).toBeGreaterThanOrEqual(10);
      expect(n, f.name).toBeLessThanOrEqual(60);
    }
  });
});
