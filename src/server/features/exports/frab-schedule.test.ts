import { describe, expect, it } from 'vitest';
import type { Conference, Session } from '@shared/contract';
import { interopPresent, scheduleJsonErrors, scheduleXmlErrors, xmllintPresent } from '../../test/interop';
import { buildFrabSchedule, type ExportContext } from './frab-schedule';
import { eventIds, uuidV5 } from './identifiers';
import { scheduleJson } from './schedule-json';
import { scheduleXml } from './schedule-xml';
import { escapeXml, XmlWriter } from './xml-writer';

const context: ExportContext = {
  origin: 'https://lanyard.example',
  generator: { name: 'Lanyard', version: '9' },
};

const conference: Conference = {
  slug: 'demo-con',
  name: 'Demo <Con> & “Friends”',
  timeZone: 'Europe/Berlin',
  startDate: '2025-03-29',
  endDate: '2025-03-30',
  venueName: 'Hall',
  scheduleVersion: 7,
  venue: { name: 'Hall', address: '', directions: [] },
  days: [
    { date: '2025-03-29', label: 'One', opensAt: '10:00', closesAt: '18:00', note: null },
    { date: '2025-03-30', label: 'Two', opensAt: '10:00', closesAt: '18:00', note: null },
  ],
  rooms: [
    { id: 'r1', slug: 'main', name: 'Main & Co', position: 0, liveStreamUrl: null },
    { id: 'r2', slug: 'small', name: 'Kleiner Saal', position: 1, liveStreamUrl: null },
  ],
  tracks: [{ id: 't1', slug: 'security', name: 'Security, Privacy', color: '#b91c1c' }],
  sessionTypes: ['talk'],
};

let n = 0;
function session(overrides: Partial<Session>): Session {
  n += 1;
  return {
    code: `SES${String(n).padStart(3, '0')}`,
    guid: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    slug: `ses-${n}`,
    title: `Session ${n}`,
    type: 'talk',
    format: 'in-person',
    language: 'en',
    status: 'confirmed',
    trackId: 't1',
    roomId: 'r1',
    startsAt: '2025-03-29T09:00:00Z',
    endsAt: '2025-03-29T09:30:00Z',
    description: '',
    recordingOptOut: false,
    speakers: [],
    links: { youtube: null, mediaCccDe: null, slides: null },
    updatedAt: '2025-03-01T12:00:00Z',
    ...overrides,
  };
}

const sessions: Session[] = [
  session({
    title: 'Tom & Jerry’s <“quoted”> talk über \u0007control',
    description: 'Line one\nLine two & more',
    speakers: [
      { code: 'JRGN01', name: 'Jürgen Müller' },
      { code: 'lower-case', name: 'O’Brien' },
    ],
    links: {
      youtube: 'https://www.youtube.com/watch?v=abc',
      mediaCccDe: null,
      slides: 'https://x.example/s.pdf',
    },
    recordingOptOut: true,
  }),
  // 01:30 local on the night after the 29th: still the 29th's conference day.
  session({ roomId: 'r2', startsAt: '2025-03-29T23:30:00Z', endsAt: '2025-03-30T00:15:00Z' }),
  session({ status: 'cancelled' }),
  session({ roomId: null }),
  session({ code: 'odd_code-1', trackId: null, title: '日本語のみ' }),
  // After the clocks went forward on the 30th: +02:00.
  session({ startsAt: '2025-03-30T08:05:00Z', endsAt: '2025-03-30T09:05:00Z' }),
  // Outside the listed days: it brings its own day.
  session({ startsAt: '2025-04-02T08:00:00Z', endsAt: '2025-04-02T09:00:00Z' }),
];

describe('identifiers', () => {
  it('makes RFC 9562 version 5 uuids', () => {
    // The example from Python's uuid documentation.
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '886313e1-3b8a-5372-9b90-0c9aee199e5d',
    );
  });

  it('derives positive 31-bit ids from guids, the same whatever else is listed', () => {
    const a = '455c1d10-47c0-5e30-9182-075feb392db4';
    const b = '7a6b56bc-376f-5e81-93db-6e79883af0ed';
    const alone = eventIds([a]).get(a);
    expect(eventIds([b, a]).get(a)).toBe(alone);
    expect(alone).toBe(0x455c1d10);
    expect(
      eventIds(['ffffffff-0000-4000-8000-000000000000']).get('ffffffff-0000-4000-8000-000000000000'),
    ).toBe(0x7fffffff);
  });

  it('resolves a clash deterministically to distinct ids', () => {
    const x = '12345678-0000-4000-8000-000000000001';
    const y = '12345678-0000-4000-8000-000000000002';
    const ids = eventIds([y, x]);
    expect([ids.get(x), ids.get(y)]).toEqual([0x12345678, 0x12345679]);
    expect(eventIds([x, y])).toEqual(ids);
  });
});

describe('the frab schedule model', () => {
  const schedule = buildFrabSchedule(conference, sessions, context);
  const events = schedule.days.flatMap((d) => d.rooms.flatMap((r) => r.events));

  it('lists confirmed sessions with a room, by conference day from 04:00', () => {
    expect(events.map((e) => e.code)).toEqual(['SES001', 'odd_code-1', 'SES002', 'SES006', 'SES007']);
    expect(schedule.days.map((d) => [d.date, d.rooms.map((r) => r.room.name)])).toEqual([
      ['2025-03-29', ['Main & Co', 'Kleiner Saal']],
      ['2025-03-30', ['Main & Co']],
      ['2025-04-02', ['Main & Co']],
    ]);
    expect(schedule.days[0]).toMatchObject({
      start: '2025-03-29T04:00:00+01:00',
      end: '2025-03-30T04:00:00+02:00',
    });
    expect(schedule.end).toBe('2025-04-02');
  });

  it('writes local times with the offset of the day, and durations as HH:MM', () => {
    const late = events.find((e) => e.code === 'SES002')!;
    expect([late.date, late.start, late.duration]).toEqual(['2025-03-30T00:30:00+01:00', '00:30', '00:45']);
    const afterDst = events.find((e) => e.code === 'SES006')!;
    expect([afterDst.date, afterDst.start]).toEqual(['2025-03-30T10:05:00+02:00', '10:05']);
    expect(schedule.timeslotDuration).toBe('00:05');
  });

  it('keeps ids unchanged when a session is cancelled', () => {
    const withCancellation = buildFrabSchedule(
      conference,
      sessions.map((s, i) => (i === 0 ? { ...s, status: 'cancelled' as const } : s)),
      context,
    );
    const after = withCancellation.days.flatMap((d) => d.rooms.flatMap((r) => r.events));
    for (const e of after) expect(e.id).toBe(events.find((x) => x.guid === e.guid)!.id);
  });

  it('writes pretalx-style slugs: acronym, id, title', () => {
    const first = events[0]!;
    expect(first.slug).toBe(`demo_con-${first.id}-tom-jerry-s-quoted-talk-uber-control`);
    expect(events.find((e) => e.code === 'odd_code-1')!.slug).toMatch(/^demo_con-\d+$/);
  });
});

describe('schedule.json and schedule.xml from the model', () => {
  const schedule = buildFrabSchedule(conference, sessions, context);

  it('leaves out codes the formats cannot carry', () => {
    const json = scheduleJson(schedule);
    const events = json.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat());
    expect(events.find((e) => e.title === '日本語のみ')).not.toHaveProperty('code');
    expect(events[0]!.persons).toEqual([
      expect.objectContaining({ name: 'Jürgen Müller', public_name: 'Jürgen Müller', code: 'JRGN01' }),
      expect.not.objectContaining({ code: expect.anything() }),
    ]);
    expect(events[0]).toMatchObject({ do_not_record: true, track: 'Security, Privacy' });
  });

  it('escapes markup and drops characters XML forbids', () => {
    const xml = scheduleXml(schedule);
    expect(xml).toContain('<title>Tom &amp; Jerry’s &lt;“quoted”&gt; talk über control</title>');
    expect(xml).toContain('<room name="Main &amp; Co"');
    expect(xml).toContain('<person guid="');
    expect(xml).toContain('>Jürgen Müller</person>');
    expect(xml).toContain('<optout>true</optout>');
    expect(xml).not.toContain('\u0007');
  });

  it.skipIf(!interopPresent)('validates against the c3voc schema with awkward data', () => {
    expect(scheduleJsonErrors(scheduleJson(schedule))).toEqual([]);
  });

  it.skipIf(!interopPresent || !xmllintPresent)('validates against the frab XSD with awkward data', () => {
    expect(scheduleXmlErrors(scheduleXml(schedule))).toEqual([]);
  });
});

describe('the XML writer', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<tag attr="x">', '&lt;tag attr=&quot;x&quot;&gt;'],
    ["it's", 'it&apos;s'],
    ['nul\u0000 and vt\u000b', 'nul and vt'],
    ['lone \uD800 surrogate', 'lone  surrogate'],
    ['emoji 🎉 kept', 'emoji 🎉 kept'],
  ])('escapes %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });

  it('nests, self-closes empty elements and refuses unbalanced documents', () => {
    const xml = new XmlWriter()
      .start('a', { x: 1, skip: undefined })
      .start('b')
      .end()
      .element('c', 'd')
      .end();
    expect(xml.toString()).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<a x="1">\n  <b/>\n  <c>d</c>\n</a>\n',
    );
    expect(() => new XmlWriter().start('a').toString()).toThrow();
  });
});
