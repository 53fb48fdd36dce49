import { describe, expect, it } from 'vitest';
import {
  classifyLinks,
  durationMinutes,
  hexColor,
  languageTag,
  pretalxCode,
  sessionTypeOf,
  startInstant,
  type StartFacts,
} from './field-rules';

const facts = (f: Partial<StartFacts>): StartFacts => ({
  date: undefined,
  start: undefined,
  dayDate: undefined,
  dayStart: null,
  timeZone: 'Europe/Berlin',
  ...f,
});

describe('start instants', () => {
  it.each<[string, Partial<StartFacts>, string | null]>([
    ['date with offset', { date: '2024-12-27T10:30:00+01:00' }, '2024-12-27T09:30:00Z'],
    [
      'date with offset beats a contradicting zone',
      { date: '2020-12-14T09:00:00+01:00', timeZone: 'UTC' },
      '2020-12-14T08:00:00Z',
    ],
    ['date in UTC', { date: '2024-12-27T09:30:00Z' }, '2024-12-27T09:30:00Z'],
    ['offset without colon', { date: '2024-12-27T10:30:00+0100' }, '2024-12-27T09:30:00Z'],
    ['local date-time read in the zone', { date: '2024-07-01T10:30:00' }, '2024-07-01T08:30:00Z'],
    ['day date and start', { start: '10:30', dayDate: '2024-12-27' }, '2024-12-27T09:30:00Z'],
    [
      'after midnight, past the day start',
      { start: '01:00', dayDate: '2024-12-27', dayStart: '2024-12-27T09:30:00Z' },
      '2024-12-28T00:00:00Z',
    ],
    ['no zone for a wall-clock time', { start: '10:30', dayDate: '2024-12-27', timeZone: null }, null],
    ['nonsense', { date: 'tomorrow', start: 'soon' }, null],
    ['hour 25', { start: '25:00', dayDate: '2024-12-27' }, null],
  ])('%s', (_, f, expected) => {
    expect(startInstant(facts(f))).toBe(expected);
  });
});

describe('durations', () => {
  it.each([
    ['00:30', 30],
    ['0:45', 45],
    ['01:30', 90],
    ['01:30:00', 90],
    ['PT1H30M', 90],
    ['PT40M', 40],
    ['P1DT2H', 1560],
    ['00:00', 0],
    ['', null],
    ['long', null],
    ['P', null],
    ['PT', null],
    ['999:00', null],
  ])('%j is %s minutes', (text, minutes) => {
    expect(durationMinutes(text)).toBe(minutes);
  });
});

describe('session types', () => {
  it.each([
    ['talk', 'talk'],
    ['short-talk', 'short-talk'],
    ['Talk 40 (30min +10 Q&A)', 'talk'],
    ['Keynote', 'keynote'],
    ['Lightning Talk', 'short-talk'],
    ['Bits & Bäume - Workshop', 'workshop'],
    ['Music Workshop', 'workshop'],
    ['YOC - Alles, was Lötstationen braucht', 'workshop'],
    ['Meetup', 'barcamp'],
    ['Self-organized Session', 'barcamp'],
    ['DJ Set', 'social'],
    ['Live Concert', 'social'],
    ['Game show', 'social'],
    ['Ceremony', 'talk'],
    ['Podcast-Tisch (45 Minuten)', 'talk'],
    ['other', null],
    ['', null],
  ])('%j is %s', (source, type) => {
    expect(sessionTypeOf(source)).toBe(type);
  });
});

describe('languages', () => {
  it.each([
    ['en', 'en'],
    ['DE', 'de'],
    ['de-de', 'de-DE'],
    ['en_US', 'en-US'],
    ['zh-hant', 'zh-Hant'],
    ['de, en', 'de'],
    ['en/de', 'en'],
    ['English', 'en'],
    ['Deutsch', 'de'],
    ['', null],
    ['Klingon!', null],
  ])('%j is %s', (text, tag) => {
    expect(languageTag(text)).toBe(tag);
  });
});

describe('pretalx codes', () => {
  it.each<[string | undefined, string[], string | null]>([
    ['CL3HJB', [], 'CL3HJB'],
    [undefined, ['http://localhost/democon/talk/G9JGWY/'], 'G9JGWY'],
    [undefined, ['https://lanyard.example/matrix-conf-2025/sessions/CL3HJB'], 'CL3HJB'],
    [
      undefined,
      [
        'https://events.ccc.de/congress/2024/hub/de/event/opening/',
        'https://fahrplan.events.ccc.de/talk/HQCCYH/',
      ],
      'HQCCYH',
    ],
    [undefined, ['https://events.ccc.de/congress/2024/hub/de/event/opening/'], null],
    [undefined, ['https://example.org/2024/'], null],
    [undefined, ['not a url'], null],
  ])('code %j, urls %j', (code, urls, expected) => {
    expect(pretalxCode(code, ...urls)).toBe(expected);
  });
});

describe('links', () => {
  it('sorts recordings and slides, first of each kind, absolute http(s) only', () => {
    expect(
      classifyLinks([
        { url: 'javascript:alert(1)', title: 'Slides', type: undefined },
        { url: '/media/slides.pdf', title: 'Slides', type: undefined },
        { url: 'https://youtu.be/dQw4w9WgXcQ', title: 'Video', type: undefined },
        { url: 'https://media.ccc.de/v/38c3-1-x', title: 'Recording', type: 'media' },
        { url: 'https://example.org/deck.pdf', title: 'Deck', type: undefined },
        { url: 'https://www.youtube.com/watch?v=second', title: '', type: undefined },
        { url: 'https://example.org/blog', title: 'Blog post', type: undefined },
      ]),
    ).toEqual({
      youtube: 'https://youtu.be/dQw4w9WgXcQ',
      mediaCccDe: 'https://media.ccc.de/v/38c3-1-x',
      slides: 'https://example.org/deck.pdf',
      video: null,
      otherRecordings: 0,
      // A YouTube link that does not say it is the recording, and a blog post.
      plainLinks: 2,
    });
  });

  it('keeps a recording on another site (FOSDEM video server) as a link, first of its formats', () => {
    expect(
      classifyLinks([
        {
          url: 'https://video.fosdem.org/2025/janson/x.av1.webm',
          title: 'Video recording (AV1/WebM)',
          type: undefined,
        },
        {
          url: 'https://video.fosdem.org/2025/janson/x.mp4',
          title: 'Video recording (MP4)',
          type: undefined,
        },
        { url: 'https://submission.fosdem.org/feedback/1.php', title: 'Submit feedback', type: undefined },
      ]),
    ).toEqual({
      youtube: null,
      mediaCccDe: null,
      slides: null,
      video: 'https://video.fosdem.org/2025/janson/x.av1.webm',
      otherRecordings: 1,
      plainLinks: 1,
    });
  });

  it.each([
    ['#F9B000', '#F9B000'],
    ['f9b000', '#f9b000'],
    ['red', null],
    [undefined, null],
  ])('colour %j is %s', (text, color) => {
    expect(hexColor(text)).toBe(color);
  });
});
