import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportedSchedule } from './imported-schedule';
import { detectScheduleFormat, parseSchedule } from './parse-schedule';

const INTEROP = resolve(process.cwd(), '../shared/interop');
const present = existsSync(resolve(INTEROP, 'example-38c3.schedule.xml'));
if (!present) console.warn(`\n[tests] ${INTEROP} is absent: the real-file import tests are SKIPPED.\n`);

function parsed(file: string): ImportedSchedule {
  const result = parseSchedule(readFileSync(resolve(INTEROP, file), 'utf8'));
  if (!result.ok) throw new Error(result.reason);
  return result.schedule;
}

const byGuid = (s: ImportedSchedule, guid: string) => s.sessions.find((e) => e.guid === guid);

describe.skipIf(!present)('38C3 schedule.xml (real, 1,007 events, fails the XSD in 10 small ways)', () => {
  const schedule = present ? parsed('example-38c3.schedule.xml') : (undefined as never);

  it('reads every event, all 72 rooms and the 7 coloured tracks', () => {
    expect(schedule.format).toBe('xml');
    expect(schedule.conference).toMatchObject({ title: '38C3', acronym: '38c3', timeZone: 'Europe/Berlin' });
    expect(schedule.conference.days.map((d) => d.date)).toEqual([
      '2024-12-27',
      '2024-12-28',
      '2024-12-29',
      '2024-12-30',
    ]);
    expect(schedule.sessions).toHaveLength(1007);
    expect(schedule.warnings.filter((w) => w.code === 'event_skipped')).toEqual([]);
    expect(schedule.rooms).toHaveLength(72);
    expect(schedule.tracks).toContainEqual({ name: 'Art & Beauty', color: '#F9B000' });
    expect(schedule.tracks).toHaveLength(7);
  });

  it('keeps 571 persons apart by guid (567 names: four names belong to two people each)', () => {
    const persons = new Map(schedule.sessions.flatMap((s) => s.persons.map((p) => [p.code, p.name])));
    expect(persons.size).toBe(571);
    expect(new Set(persons.values()).size).toBe(567);
  });

  it.each([
    // guid, UTC start, UTC end, room, type: computed by hand from date (+01:00) and duration
    [
      '270fa44c-821a-577f-8ca3-33e8d4a8c2a7',
      '2024-12-27T09:30:00Z',
      '2024-12-27T10:00:00Z',
      'Saal 1',
      'talk',
    ],
    // Listed on day 1 at 00:15: the night after, 2024-12-28 00:15 in Hamburg.
    [
      '1c8f06f9-ce0d-51bc-9bf3-0a1f71e8e484',
      '2024-12-27T23:15:00Z',
      '2024-12-27T23:55:00Z',
      'Saal 1',
      'talk',
    ],
    [
      '94af8bc5-790a-5260-9e51-923589eb1f56',
      '2024-12-29T23:15:00Z',
      '2024-12-30T01:15:00Z',
      'Saal 1',
      'social',
    ],
    [
      '9565f2e3-e371-4122-a28c-643a166b06d4',
      '2024-12-30T11:00:00Z',
      '2024-12-30T11:45:00Z',
      '"KliMathematik Augsburg" Table',
      'talk',
    ],
  ])('event %s starts %s and ends %s', (guid, startsAt, endsAt, room, type) => {
    expect(byGuid(schedule, guid)).toMatchObject({ startsAt, endsAt, room, type });
  });

  it('takes pretalx codes from origin_url and derives the others', () => {
    const opening = byGuid(schedule, '270fa44c-821a-577f-8ca3-33e8d4a8c2a7')!;
    expect(opening).toMatchObject({ code: 'HQCCYH', codeSource: 'pretalx', track: 'CCC', language: 'en' });
    expect(opening.persons.map((p) => p.name)).toEqual(['Gabriela Bogk', 'Senficon', 'Aline Blankertz']);
    const codes = schedule.sessions.map((s) => s.code);
    expect(new Set(codes).size).toBe(1007);
    expect(codes.every((c) => /^[A-Z0-9]{4,16}$/.test(c))).toBe(true);
  });

  it('reads recording opt-outs and bilingual languages', () => {
    expect(schedule.sessions.filter((s) => s.doNotRecord)).toHaveLength(25);
    expect(byGuid(schedule, '646153c0-0b43-44ef-a53d-06b8a4829f90')?.language).toBe('de');
  });

  it('sums up unknown types and missing languages in one warning each', () => {
    const messages = schedule.warnings.map((w) => `${w.code}: ${w.message}`);
    expect(messages).toContainEqual(expect.stringMatching(/^unknown_type: 498 session\(s\) of type “other”/));
    expect(messages).toContainEqual(
      expect.stringMatching(/^unknown_language: 44 session\(s\) without a language/),
    );
  });
});

describe.skipIf(!present)('pretalx DemoCon schedule.json', () => {
  const schedule = present ? parsed('example-pretalx-democon.schedule.json') : (undefined as never);

  it('reads 36 sessions in 2 rooms by 27 speakers with pretalx codes', () => {
    expect(schedule.format).toBe('json');
    expect(schedule.sessions).toHaveLength(36);
    expect(schedule.rooms.map((r) => r.name)).toEqual(['Gray Room', 'Tan Room']);
    expect(schedule.tracks.map((t) => t.name).sort()).toEqual(['Horizontal', 'Phased']);
    const speakers = new Set(schedule.sessions.flatMap((s) => s.persons.map((p) => p.code)));
    expect(speakers.size).toBe(27);
    expect(schedule.warnings).toEqual([]);
  });

  it('trusts the offset in `date` over time_zone_name (UTC, but dates say +01:00)', () => {
    expect(byGuid(schedule, '8079583e-8321-506c-95af-fd2903a5f075')).toMatchObject({
      code: 'G9JGWY',
      startsAt: '2020-12-14T08:00:00Z',
      endsAt: '2020-12-14T08:30:00Z',
      room: 'Gray Room',
      track: 'Phased',
      type: 'talk',
      abstract: 'Brand back-end models!',
      persons: [expect.objectContaining({ code: 'NQTF8Y', name: 'Brian Robinson', codeSource: 'pretalx' })],
    });
    expect(schedule.sessions.filter((s) => s.type === 'workshop')).toHaveLength(9);
    expect(schedule.sessions.filter((s) => s.doNotRecord)).toHaveLength(2);
  });
});

const xmlEvent = (attrs: string, body: string) => `<event ${attrs}>${body}</event>`;
const frab = (events: string, tz = 'Europe/Berlin') =>
  `<?xml version="1.0"?><schedule><conference><acronym>t</acronym><title>T</title><time_zone_name>${tz}</time_zone_name></conference>` +
  `<day date="2024-12-27" index="1" start="2024-12-27T10:00:00+01:00" end="2024-12-28T04:00:00+01:00"><room name="Hall" guid="ba692ba3-421b-5371-8309-60acc34a3c05">${events}</room></day></schedule>`;
const GOOD =
  '<start>10:30</start><duration>00:30</duration><title>Fine</title><type>Talk</type><language>en</language>';

describe('lenient reading', () => {
  it.each([
    [
      'no title',
      xmlEvent(
        'guid="11111111-1111-4111-8111-111111111111"',
        '<start>10:30</start><duration>00:30</duration>',
      ),
      /no title/,
    ],
    [
      'no start',
      xmlEvent('guid="22222222-2222-4222-8222-222222222222"', '<duration>00:30</duration><title>X</title>'),
      /not a date and time/,
    ],
    [
      'a bad duration',
      xmlEvent(
        'guid="33333333-3333-4333-8333-333333333333"',
        '<start>10:00</start><duration>long</duration><title>X</title>',
      ),
      /duration/,
    ],
  ])('skips an event with %s, keeps the rest and says why', (_, bad, reason) => {
    const ok = xmlEvent('guid="44444444-4444-4444-8444-444444444444"', GOOD);
    const result = parseSchedule(frab(bad + ok));
    if (!result.ok) throw new Error(result.reason);
    expect(result.schedule.sessions.map((s) => s.guid)).toEqual(['44444444-4444-4444-8444-444444444444']);
    expect(result.schedule.warnings).toEqual([
      expect.objectContaining({ code: 'event_skipped', message: expect.stringMatching(reason) }),
    ]);
  });

  it('places wall-clock times without `date` on the day, after midnight on the next date', () => {
    const events =
      xmlEvent(
        'guid="55555555-5555-4555-8555-555555555555"',
        '<start>10:30</start><duration>1:00</duration><title>A</title>',
      ) +
      xmlEvent(
        'guid="66666666-6666-4666-8666-666666666666"',
        '<start>00:15</start><duration>PT40M</duration><title>B</title>',
      );
    const result = parseSchedule(frab(events));
    if (!result.ok) throw new Error(result.reason);
    expect(result.schedule.sessions.map((s) => [s.startsAt, s.endsAt])).toEqual([
      ['2024-12-27T09:30:00Z', '2024-12-27T10:30:00Z'],
      ['2024-12-27T23:15:00Z', '2024-12-27T23:55:00Z'],
    ]);
  });

  it('keeps an event listed twice (same guid, same start) once', () => {
    const same = xmlEvent('guid="77777777-7777-4777-8777-777777777777"', GOOD);
    const result = parseSchedule(frab(same + same));
    if (!result.ok) throw new Error(result.reason);
    expect(result.schedule.sessions).toHaveLength(1);
    expect(result.schedule.warnings.map((w) => w.code)).toEqual(['duplicate_guid']);
  });
});

describe('unreadable files', () => {
  it.each([
    ['empty', '', undefined, /empty/],
    ['blank', '  \n ', undefined, /empty/],
    ['plain text', 'hello', undefined, /neither/],
    ['broken JSON', '{"schedule": ', undefined, /not valid JSON/],
    ['JSON of another kind', '{"events": []}', undefined, /schedule\.conference\.days.*top level has events/],
    ['a JSON array', '[]', undefined, /schedule\.conference\.days/],
    ['XML that is not well-formed', '<schedule><day></schedule>', undefined, /not well-formed/],
    [
      'truncated XML',
      frab(xmlEvent('guid="44444444-4444-4444-8444-444444444444"', GOOD)).slice(0, -20),
      undefined,
      /ends at line 1 before its XML is complete/,
    ],
    ['an RSS feed', '<?xml version="1.0"?><rss><channel/></rss>', undefined, /RSS feed, not a schedule/],
    ['XML with another root', '<?xml version="1.0"?><nope/>', undefined, /root is <nope>/],
    ['XML sent as JSON', '<schedule/>', 'json' as const, /not valid JSON/],
  ])('refuses %s with a reason', (_, content, format, reason) => {
    const result = parseSchedule(content, format);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it.each([
    ['  <?xml version="1.0"?><schedule/>', 'xml'],
    ['\uFEFF{"schedule": {}}', 'json'],
    ['hello', null],
  ])('detects the format of %j', (content, format) => {
    expect(detectScheduleFormat(content)).toBe(format);
  });
});
