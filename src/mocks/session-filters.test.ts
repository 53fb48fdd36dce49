import { type Session } from '@shared/contract';
import { conferenceDayOf } from '@shared/time';
import { describe, expect, it } from 'vitest';
import { filterSessions } from './session-filters';
import { createMockStore } from './store';

const edition = createMockStore().editions[0]!;
const { conference, sessions } = edition;
const late: Session = {
  ...sessions[0]!,
  code: 'LATE1',
  title: 'After-party karaoke',
  // 01:30 in Paris on the 17th belongs to the 16th by the 04:00 rule.
  startsAt: '2025-10-16T23:30:00Z',
  endsAt: '2025-10-17T00:30:00Z',
};

describe('filterSessions', () => {
  it('filters by conference day with the 04:00 rule', () => {
    const day = filterSessions(conference, [...sessions, late], { day: '2025-10-16' });
    expect(day.map((s) => s.code)).toContain('LATE1');
    expect(filterSessions(conference, [late], { day: '2025-10-17' })).toEqual([]);
    for (const s of day)
      expect(conferenceDayOf(new Date(s.startsAt), conference.timeZone)).toBe('2025-10-16');
  });

  it('searches titles, speaker names and descriptions, ignoring case and accents', () => {
    expect(filterSessions(conference, sessions, { q: 'STURMER' }).map((s) => s.code)).toEqual(['KCKEYJ']);
    expect(filterSessions(conference, sessions, { q: 'swiss law' }).map((s) => s.code)).toEqual(['KCKEYJ']);
    expect(filterSessions(conference, sessions, { q: 'zzzz-nothing' })).toEqual([]);
  });

  it('filters by track and room slug and by type, combined with AND', () => {
    const keynotes = filterSessions(conference, sessions, { track: 'keynote', room: 'ada-byron' });
    expect(keynotes.length).toBeGreaterThan(0);
    const trackId = conference.tracks.find((t) => t.slug === 'keynote')!.id;
    for (const s of keynotes) expect(s.trackId).toBe(trackId);
    expect(filterSessions(conference, sessions, { track: 'no-such-track' })).toEqual([]);
    for (const s of filterSessions(conference, sessions, { type: 'workshop' }))
      expect(s.type).toBe('workshop');
  });

  it('returns sessions in start order', () => {
    const all = filterSessions(conference, sessions, {});
    expect(all.map((s) => s.startsAt)).toEqual([...all.map((s) => s.startsAt)].sort());
  });
});
