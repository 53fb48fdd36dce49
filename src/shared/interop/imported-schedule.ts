import type { ImportWarning, ScheduleFormat, SessionType } from '../contract';
import type { ClassifiedLinks } from './field-rules';

/**
 * One neutral shape for schedules read from pretalx/frab schedule.json (c3voc schema) and frab
 * schedule.xml, so everything after parsing (diff, apply, preview) ignores where they came from.
 * Plain JSON data: a preview stores it as is and applies it later.
 */
export interface ImportedSchedule {
  format: ScheduleFormat;
  /** What the file was recognised as, for the organizer ("Pentabarf schedule.xml"). */
  layout: string;
  conference: {
    title: string;
    acronym: string;
    /** The file's IANA zone, when it names a valid one. */
    timeZone: string | null;
    days: ImportedDay[];
  };
  /** In the file's order, which becomes the room order of a new conference. */
  rooms: ImportedRoom[];
  tracks: ImportedTrack[];
  sessions: ImportedSession[];
  warnings: ImportWarning[];
}

export interface ImportedDay {
  date: string;
  /** Instants (UTC) when the file gives them. */
  start: string | null;
  end: string | null;
}

export interface ImportedRoom {
  name: string;
  guid: string | null;
}

export interface ImportedTrack {
  name: string;
  /** #rrggbb when the file gives a valid colour. */
  color: string | null;
}

export interface ImportedPerson {
  name: string;
  /** The pretalx code when the file has one, else derived from the guid, id or name. */
  code: string;
  codeSource: 'pretalx' | 'derived';
  guid: string | null;
  bio: string;
}

export type ImportedLinks = ClassifiedLinks;

export interface ImportedSession {
  /** The file's guid when it is one (lowercased), else a UUID v5 derived from what identifies the event. */
  guid: string;
  /** The file's (deprecated) integer id, as text. */
  id: string | null;
  /** The pretalx code from `code`, `url` or `origin_url`, else derived from the guid. */
  code: string;
  codeSource: 'pretalx' | 'derived';
  slug: string;
  title: string;
  subtitle: string;
  type: SessionType;
  /** The type as the file wrote it ("Talk 40 (30min +10 Q&A)"). */
  sourceType: string;
  /** BCP 47. */
  language: string;
  track: string | null;
  room: string;
  /** UTC instants. */
  startsAt: string;
  endsAt: string;
  abstract: string;
  description: string;
  persons: ImportedPerson[];
  links: ImportedLinks;
  doNotRecord: boolean;
}

/** Reading a file either yields a schedule (perhaps with warnings) or says why it cannot. */
export type ScheduleParseResult = { ok: true; schedule: ImportedSchedule } | { ok: false; reason: string };

export interface ScheduleParseOptions {
  /** Zone for wall-clock times when the file names none (the target conference's zone). */
  fallbackTimeZone?: string;
  /** Language for sessions that give none. */
  fallbackLanguage?: string;
  /**
   * What makes derived identities unique to one conference (its slug) when the file has no
   * acronym: events without a UUID get a v5 UUID from this, their id, slug or guid.
   */
  identityScope?: string;
}
