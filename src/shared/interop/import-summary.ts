import type { ScheduleImportRead } from '../contract';
import { conferenceDayOf } from '../time';
import type { ImportedSchedule } from './imported-schedule';

/** What was read from a file, field by field, for the organizer to check against the source. */
export function readSummary(schedule: ImportedSchedule, timeZone: string): ScheduleImportRead {
  const sessions = schedule.sessions;
  const days = sessions.map((s) => conferenceDayOf(new Date(s.startsAt), timeZone)).sort();
  return {
    sessions: sessions.length,
    speakers: new Set(sessions.flatMap((s) => s.persons.map((p) => p.code))).size,
    sessionsWithSpeakers: sessions.filter((s) => s.persons.length > 0).length,
    rooms: new Set(sessions.map((s) => s.room)).size,
    tracks: new Set(sessions.flatMap((s) => (s.track ? [s.track] : []))).size,
    recordings: sessions.filter((s) => s.links.youtube || s.links.mediaCccDe || s.links.video).length,
    otherRecordings: sessions.filter((s) => s.links.video && !s.links.youtube && !s.links.mediaCccDe).length,
    slides: sessions.filter((s) => s.links.slides).length,
    plainLinks: sessions.reduce((sum, s) => sum + (s.links.plainLinks || 0), 0),
    firstDay: days[0] ?? null,
    lastDay: days[days.length - 1] ?? null,
  };
}
