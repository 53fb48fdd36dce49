import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseSchedule } from './parse-schedule';

/** A feed as pretalx's build_ical writes it: speakers in SUMMARY, the code in the UID, no ATTENDEE. */
const PRETALX_FEED = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//pretalx//pretalx.example.org//pycon-xx//EN',
  'BEGIN:VEVENT',
  'SUMMARY:Typing the untypable - Zoë Ærø\\, Jürgen Müller',
  'DTSTAMP:20250301T120000Z',
  'LOCATION:Hall A',
  'UID:pretalx-pycon-xx-ABC3DE@pretalx.example.org',
  'DTSTART;TZID=Europe/Berlin:20250402T103000',
  'DTEND;TZID=Europe/Berlin:20250402T110000',
  'DESCRIPTION:What mypy cannot see - and what it can.',
  'URL:https://pretalx.example.org/pycon-xx/talk/ABC3DE/',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'SUMMARY:Lightning talks - Q&A - ',
  'DTSTAMP:20250301T120000Z',
  'LOCATION:Hall A',
  'UID:pretalx-pycon-xx-LT9XYZ-1@pretalx.example.org',
  'DTSTART;TZID=Europe/Berlin:20250402T170000',
  'DTEND;TZID=Europe/Berlin:20250402T174500',
  'DESCRIPTION:',
  'URL:https://pretalx.example.org/pycon-xx/talk/LT9XYZ/',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('pretalx iCalendar feeds', () => {
  it('take "Title - Speakers" apart and keep the talk code from the UID', () => {
    const result = parseSchedule(Buffer.from(PRETALX_FEED), undefined, { fallbackTimeZone: 'Europe/Berlin' });
    if (!result.ok) throw new Error(result.reason);
    const { schedule } = result;
    expect(schedule.layout).toBe('pretalx iCalendar feed');
    // ical.js, independently: the SUMMARY it reads is title and speakers joined by " - ".
    const summaries = new ICAL.Component(ICAL.parse(PRETALX_FEED))
      .getAllSubcomponents('vevent')
      .map((e) => String(e.getFirstPropertyValue('summary')));
    expect(summaries[0]).toBe(`${schedule.sessions[0]!.title} - Zoë Ærø, Jürgen Müller`);
    expect(schedule.sessions.map((s) => [s.code, s.title, s.persons.map((p) => p.name)])).toEqual([
      ['ABC3DE', 'Typing the untypable', ['Zoë Ærø', 'Jürgen Müller']],
      // No speakers ("Title - "); a " - " inside the title stays in the title.
      ['LT9XYZ', 'Lightning talks - Q&A', []],
    ]);
    expect(schedule.sessions[0]).toMatchObject({
      startsAt: '2025-04-02T08:30:00Z',
      endsAt: '2025-04-02T09:00:00Z',
      room: 'Hall A',
    });
    expect(schedule.warnings.map((w) => w.code)).toContain('speakers_from_title');
  });

  it('leave SUMMARY alone in feeds that are not pretalx or that name their speakers', () => {
    const other = PRETALX_FEED.replace(
      'UID:pretalx-pycon-xx-ABC3DE@pretalx.example.org',
      'UID:talk-1@example.org',
    );
    const result = parseSchedule(other, undefined, { fallbackTimeZone: 'Europe/Berlin' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.schedule.sessions[0]!.title).toBe('Typing the untypable - Zoë Ærø, Jürgen Müller');
    expect(result.schedule.sessions[0]!.persons).toEqual([]);
  });

  it('leave out all-day entries, which have no time of day', () => {
    const allDay = PRETALX_FEED.replace(
      'END:VCALENDAR',
      [
        'BEGIN:VEVENT',
        'UID:day-1@example.org',
        'SUMMARY:Day 1',
        'DTSTART;VALUE=DATE:20250402',
        'DTEND;VALUE=DATE:20250403',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    );
    const result = parseSchedule(allDay, undefined, { fallbackTimeZone: 'Europe/Berlin' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.schedule.sessions.map((s) => s.title)).not.toContain('Day 1');
    expect(result.schedule.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(/^1 all-day event/),
    );
  });
});
