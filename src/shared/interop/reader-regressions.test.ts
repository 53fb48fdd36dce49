import { describe, expect, it } from 'vitest';
import { uuidV5 } from '../text/uuid';
import { planImport, type CurrentSchedule } from './import-plan';
import type { ImportedSchedule } from './imported-schedule';
import { parseSchedule } from './parse-schedule';

/** Regressions the real-world fixtures found (server/features/schedule-import/real-world-import.test.ts). */

const read = (content: string) => {
  const result = parseSchedule(content, undefined, { fallbackTimeZone: 'Europe/Berlin', identityScope: 'x' });
  if (!result.ok) throw new Error(result.reason);
  return result.schedule;
};

const event = (body: string) =>
  `<schedule><conference><acronym>t</acronym><time_zone_name>Europe/Berlin</time_zone_name></conference><day date="2025-12-27"><room name="A"><event guid="6b1d1f7e-9f57-4c71-9d2b-9d3a3c1f0e11" id="1"><date>2025-12-27T10:00:00+01:00</date><start>10:00</start><duration>00:30</duration><room>A</room><title>T</title>${body}</event></room></day></schedule>`;

describe('schedule reader regressions', () => {
  it('reads mixed-content abstracts in document order, like the DOM textContent', () => {
    const [s] = read(event('<abstract>Wir zeigen <b>Rust</b> &#8211; und <i>mehr</i>.</abstract>')).sessions;
    expect(s!.abstract).toBe('Wir zeigen Rust – und mehr.');
  });

  it('keeps parallel events that share a UID and a start, and drops only a true repeat', () => {
    const vevent = (room: string, title: string) =>
      `BEGIN:VEVENT\r\nUID:conf@sched.com\r\nDTSTART;TZID=US/Eastern:20251003T093000\r\nDTEND;TZID=US/Eastern:20251003T100000\r\nSUMMARY:${title}\r\nLOCATION:${room}\r\nEND:VEVENT\r\n`;
    const schedule = read(
      `BEGIN:VCALENDAR\r\n${vevent('Room 101', 'One')}${vevent('Room 102', 'Two')}${vevent('Room 102', 'Two')}END:VCALENDAR\r\n`,
    );
    expect(schedule.sessions.map((s) => `${s.room}/${s.title}`)).toEqual(['Room 101/One', 'Room 102/Two']);
    expect(new Set(schedule.sessions.map((s) => s.guid)).size).toBe(2);
    expect(schedule.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(/1 event\(s\) were listed twice/),
    );
  });
});

describe('import plan: our own exports', () => {
  it('finds each of two same-named speakers by the guid the export gave them', () => {
    const exportGuid = (code: string) =>
      uuidV5(`conf/speakers/${code}`, '0b7d6f5e-3c1a-4e8b-9a2d-6f4c1e8b7a30');
    const current: CurrentSchedule = {
      slug: 'conf',
      timeZone: 'Europe/Berlin',
      days: [],
      rooms: [],
      tracks: [],
      speakers: [
        { id: 'sp-1', code: 'ANNA1', name: 'Anna' },
        { id: 'sp-2', code: 'ANNA2', name: 'Anna' },
      ],
      sessions: [],
    };
    const file: ImportedSchedule = {
      ...read(event('<persons><person>Anna</person></persons>')),
    };
    file.sessions[0]!.persons = [
      { name: 'Anna', code: 'DERIVED', codeSource: 'derived', guid: exportGuid('ANNA2'), bio: '' },
    ];
    let n = 0;
    const plan = planImport(current, file, { newId: () => `id-${++n}` });
    expect(plan.speakers).toEqual([]);
    expect(plan.added[0]!.values.speakerIds).toEqual(['sp-2']);
  });
});
