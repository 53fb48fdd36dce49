import ICAL from 'ical.js';
import { expect, it } from 'vitest';
import { apiPaths, problemSchema, sessionSchema } from '@shared/contract';
import { describeEachDatabase } from '../../test/harness';
import { publishChange } from '../stream';
import { interopPresent, scheduleJsonErrors, scheduleXmlErrors, xmllintPresent } from '../../test/interop';

const SLUG = 'matrix-conf-2025';

interface JsonEvent {
  guid: string;
  id: number;
  code: string;
  date: string;
  start: string;
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  track: string | null;
  persons: { name: string }[];
  links: { type: string; url: string }[];
}
interface ScheduleDocument {
  schedule: {
    version: string;
    conference: {
      acronym: string;
      daysCount: number;
      rooms: { name: string; guid: string }[];
      days: {
        index: number;
        date: string;
        day_start: string;
        day_end: string;
        rooms: Record<string, JsonEvent[]>;
      }[];
    };
  };
}

const eventsOf = (doc: ScheduleDocument) =>
  doc.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat());

function vevents(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describeEachDatabase('schedule exports', (server) => {
  const get = (path: string, init?: RequestInit) => server().client().get(path, init);

  async function problemCode(res: Response) {
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    return problemSchema.parse(await res.json()).code;
  }

  it('serves schedule.json with every confirmed session, a stable guid and id, and local times', async () => {
    const res = await get(apiPaths.scheduleJson(SLUG));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const doc = (await res.json()) as ScheduleDocument;
    expect(doc.schedule.version).toBe('1');
    expect(doc.schedule.conference.acronym).toBe('matrix_conf_2025');
    expect(doc.schedule.conference.daysCount).toBe(4);
    expect(doc.schedule.conference.days[1]).toMatchObject({
      index: 2,
      date: '2025-10-16',
      day_start: '2025-10-16T04:00:00+02:00',
      day_end: '2025-10-17T04:00:00+02:00',
    });
    const events = eventsOf(doc);
    expect(events).toHaveLength(62);
    expect(new Set(events.map((e) => e.id)).size).toBe(62);
    expect(new Set(events.map((e) => e.slug)).size).toBe(62);
    const opening = events.find((e) => e.code === 'CL3HJB')!;
    expect(opening).toMatchObject({
      guid: '455c1d10-47c0-5e30-9182-075feb392db4',
      date: '2025-10-16T10:00:00+02:00',
      start: '10:00',
      duration: '00:10',
      room: 'Ada Byron',
      track: 'Keynote',
      url: `http://localhost/${SLUG}/sessions/CL3HJB`,
      persons: [expect.objectContaining({ name: 'Yan Minagawa' })],
    });
    expect(opening.links.map((l) => l.url)).toEqual([
      'https://media.ccc.de/v/matrix-conf-2025-75079-opening',
      'https://www.youtube.com/watch?v=Hvdlk3kz4wY',
    ]);
    // The same session keeps its id from one export to the next.
    const again = eventsOf((await (await get(apiPaths.scheduleJson(SLUG))).json()) as ScheduleDocument);
    expect(again.find((e) => e.code === 'CL3HJB')?.id).toBe(opening.id);
  });

  it.skipIf(!interopPresent)('schedule.json validates against the c3voc schema', async () => {
    const doc: unknown = await (await get(apiPaths.scheduleJson(SLUG))).json();
    expect(scheduleJsonErrors(doc)).toEqual([]);
  });

  it.skipIf(!interopPresent || !xmllintPresent)('schedule.xml validates against the frab XSD', async () => {
    const res = await get(apiPaths.scheduleXml(SLUG));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = await res.text();
    expect(scheduleXmlErrors(xml)).toEqual([]);
    expect(xml.match(/<event /g)).toHaveLength(62);
    // Escaped where XML needs it, and non-ASCII kept as UTF-8.
    expect(xml).toContain('<track name="Security &amp; Encryption" color="#b91c1c"/>');
    expect(xml).toContain('Europe’s Secure Messaging Standard</title>');
    expect(xml).toContain('>Matthias Stürmer</person>');
    expect(xml).toContain('<title>Sweden&apos;s Public Sector in Transition');
  });

  it('serves the whole schedule as iCalendar in UTC that a real parser reads', async () => {
    const res = await get(apiPaths.scheduleIcs(SLUG));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${SLUG}.ics"`);
    const ics = await res.text();
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toContain('\n');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Paris');
    const events = vevents(ics);
    expect(events).toHaveLength(62);
    const opening = events.find((e) => e.uid === '455c1d10-47c0-5e30-9182-075feb392db4')!;
    expect(opening.startDate.zone?.tzid).toBe('UTC');
    expect(opening.startDate.toJSDate().toISOString()).toBe('2025-10-16T08:00:00.000Z');
    expect(opening.endDate.toJSDate().toISOString()).toBe('2025-10-16T08:10:00.000Z');
    expect(opening.summary).toBe('Opening');
    expect(opening.location).toBe('Ada Byron');
    expect(opening.description).toContain('Yan Minagawa');
    expect(opening.component.getFirstPropertyValue('url')).toBe(`http://localhost/${SLUG}/sessions/CL3HJB`);
    expect(opening.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    // A comma inside a track name is escaped, so it stays one category.
    const categories = events.flatMap((e) => e.component.getFirstProperty('categories')?.getValues() ?? []);
    expect(categories).toContain('Privacy, Policy & Moderation');
    expect(categories).not.toContain('Privacy');
  });

  it('exports a personal selection with ?codes and ignores codes that no longer exist', async () => {
    const res = await get(apiPaths.scheduleIcs(SLUG, ['CL3HJB', '8PEMJB', 'GONE00', 'CL3HJB']));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${SLUG}-my-schedule.ics"`);
    const events = vevents(await res.text());
    expect(events.map((e) => e.summary)).toEqual(['Opening', 'The Matrix State of the Union']);
  });

  it.each([
    ['codes=', 'codes'],
    ['codes=CL3HJB,,8PEMJB', 'codes'],
    ['codes=CL3HJB;8PEMJB', 'codes'],
    [`codes=${'A'.repeat(33)}`, 'codes.0'],
    [`codes=${Array.from({ length: 501 }, (_, i) => `S${i}`).join(',')}`, 'codes'],
    ['code=CL3HJB', ''],
  ])('rejects the selection %s with 400', async (query, field) => {
    const res = await get(`${apiPaths.scheduleIcs(SLUG)}?${query}`);
    expect(res.status).toBe(400);
    const problem = problemSchema.parse(await res.json());
    expect(problem.code).toBe('validation_failed');
    expect(Object.keys(problem.errors ?? {})).toContain(field);
  });

  it('serves one session as .ics while /sessions/:code still serves its JSON', async () => {
    const res = await get(apiPaths.sessionIcs(SLUG, '8PEMJB'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${SLUG}-8PEMJB.ics"`);
    const [event, ...rest] = vevents(await res.text());
    expect(rest).toHaveLength(0);
    expect(event?.summary).toBe('The Matrix State of the Union');
    expect(event?.startDate.toJSDate().toISOString()).toBe('2025-10-16T08:35:00.000Z');

    const json = await get(apiPaths.session(SLUG, '8PEMJB'));
    expect(json.status).toBe(200);
    expect(sessionSchema.parse(await json.json()).title).toBe('The Matrix State of the Union');
  });

  it('answers unknown conferences and sessions with 404 and malformed ones with 400', async () => {
    expect(await problemCode(await get(apiPaths.sessionIcs(SLUG, 'NOPE00')))).toBe('session_not_found');
    expect(await problemCode(await get(apiPaths.sessionIcs('no-such-con', 'CL3HJB')))).toBe(
      'conference_not_found',
    );
    for (const path of [
      apiPaths.scheduleJson('no-such-con'),
      apiPaths.scheduleXml('no-such-con'),
      apiPaths.scheduleIcs('no-such-con'),
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await problemCode(res)).toBe('conference_not_found');
    }
    const bad = await get(apiPaths.sessionIcs(SLUG, 'x'.repeat(40)));
    expect(bad.status).toBe(400);
    expect(await problemCode(bad)).toBe('validation_failed');
    expect((await get(apiPaths.scheduleXml('BAD_SLUG'))).status).toBe(400);
  });

  it('marks a cancelled session in iCalendar and leaves it out of schedule.json and .xml', async () => {
    const { deps } = server();
    const { db } = deps;
    await db.updateTable('sessions').set({ status: 'cancelled' }).where('code', '=', 'KCKEYJ').execute();
    // Written behind the app's back: announced as every write path does, for the read cache.
    await publishChange(deps, SLUG, 'sessions');
    try {
      const [event] = vevents(await (await get(apiPaths.sessionIcs(SLUG, 'KCKEYJ'))).text());
      expect(event?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
      const whole = vevents(await (await get(apiPaths.scheduleIcs(SLUG))).text());
      expect(whole).toHaveLength(62);
      const doc = (await (await get(apiPaths.scheduleJson(SLUG))).json()) as ScheduleDocument;
      expect(eventsOf(doc).map((e) => e.code)).not.toContain('KCKEYJ');
      expect(eventsOf(doc)).toHaveLength(61);
      expect(await (await get(apiPaths.scheduleXml(SLUG))).text()).not.toContain('code="KCKEYJ"');
    } finally {
      await db.updateTable('sessions').set({ status: 'confirmed' }).where('code', '=', 'KCKEYJ').execute();
      await publishChange(deps, SLUG, 'sessions');
    }
  });

  it.each([
    ['schedule.json', apiPaths.scheduleJson(SLUG)],
    ['schedule.xml', apiPaths.scheduleXml(SLUG)],
    ['schedule.ics', apiPaths.scheduleIcs(SLUG)],
    ['session .ics', apiPaths.sessionIcs(SLUG, 'CL3HJB')],
  ])('revalidates an unchanged %s with ETag and 304', async (_, path) => {
    const first = await get(path);
    const tag = first.headers.get('etag');
    expect(tag).toBeTruthy();
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=10');
    const again = await get(path, { headers: { 'if-none-match': tag! } });
    expect(again.status).toBe(304);
  });

  it('links back over https when a proxy says so', async () => {
    const res = await get(apiPaths.scheduleJson(SLUG), { headers: { 'x-forwarded-proto': 'https' } });
    const doc = (await res.json()) as ScheduleDocument & { schedule: { base_url: string } };
    expect(doc.schedule.base_url).toBe(`https://localhost/${SLUG}/`);
  });
});
