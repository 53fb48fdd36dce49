import { sessionSchema, type ImportWarning, type ScheduleFormat } from '../contract';
import { slugify, stableCode } from '../text/slug';
import {
  addMinutes,
  classifyLinks,
  durationMinutes,
  isTimeZone,
  languageTag,
  pretalxCode,
  sessionTypeOf,
  startInstant,
  type RawLink,
} from './field-rules';
import type {
  ImportedDay,
  ImportedPerson,
  ImportedRoom,
  ImportedSchedule,
  ImportedSession,
  ImportedTrack,
  ScheduleParseOptions,
} from './imported-schedule';

/** An event as either reader found it: loose text, before any rule is applied. */
export interface RawEvent {
  guid?: string;
  id?: string;
  code?: string;
  date?: string;
  start?: string;
  duration?: string;
  room?: string;
  slug?: string;
  url?: string;
  originUrl?: string;
  title?: string;
  subtitle?: string;
  track?: string;
  type?: string;
  language?: string;
  abstract?: string;
  description?: string;
  doNotRecord: boolean;
  persons: RawPerson[];
  links: RawLink[];
}

export interface RawPerson {
  name?: string;
  code?: string;
  guid?: string;
  id?: string;
  bio?: string;
}

export interface RawDay {
  date?: string;
  /** UTC instant of the day's start, when the file gives one. */
  start: string | null;
}

const MAX_TITLE = 300;
const MAX_NAME = 200;
const guidSchema = sessionSchema.shape.guid;

/**
 * Turns raw events into an ImportedSchedule, one event at a time: a malformed event becomes a
 * warning naming its guid or id and the reason, and the rest of the file goes on.
 */
export class ScheduleBuilder {
  private readonly sessions: ImportedSession[] = [];
  private readonly warnings: ImportWarning[] = [];
  private readonly guids = new Set<string>();
  private readonly sessionCodes = new Set<string>();
  private readonly personCodes = new Map<string, string>();
  private readonly personCodeOwners = new Map<string, string>();
  /** Values that no rule knew, with how many events used them, summed up in one warning each. */
  private readonly unknownTypes = new Map<string, number>();
  private readonly unknownLanguages = new Map<string, number>();
  readonly timeZone: string | null;

  constructor(
    private readonly format: ScheduleFormat,
    private readonly acronym: string,
    fileTimeZone: string | undefined,
    private readonly options: ScheduleParseOptions,
  ) {
    this.timeZone = fileTimeZone && isTimeZone(fileTimeZone) ? fileTimeZone : null;
  }

  private warn(code: ImportWarning['code'], event: string | null, message: string) {
    this.warnings.push({ code, event, message });
  }

  addEvent(raw: RawEvent, day: RawDay, roomName: string | undefined): void {
    const ref = raw.guid || (raw.id ? `id ${raw.id}` : null);
    const skip = (reason: string) =>
      this.warn('event_skipped', ref, `Skipped event ${ref ?? '(no guid or id)'}: ${reason}.`);
    const guid = raw.guid?.trim().toLowerCase();
    if (!guid) return skip('it has no guid');
    if (!guidSchema.safeParse(guid).success) return skip(`its guid "${raw.guid}" is not a UUID`);
    if (this.guids.has(guid)) {
      return this.warn('duplicate_guid', guid, `Skipped a second event with guid ${guid}.`);
    }
    const title = raw.title?.trim();
    if (!title) return skip('it has no title');
    const room = (raw.room || roomName)?.trim();
    if (!room) return skip('it has no room');
    const startsAt = startInstant({
      date: raw.date,
      start: raw.start,
      dayDate: day.date,
      dayStart: day.start,
      timeZone: this.timeZone ?? this.options.fallbackTimeZone ?? null,
    });
    if (!startsAt) return skip(`its start "${raw.date ?? raw.start ?? ''}" is not a date and time`);
    const minutes = durationMinutes(raw.duration);
    if (minutes === null) return skip(`its duration "${raw.duration ?? ''}" is not H:MM`);

    const sourceType = raw.type?.trim() ?? '';
    const type = sessionTypeOf(sourceType);
    if (!type) this.unknownTypes.set(sourceType, (this.unknownTypes.get(sourceType) ?? 0) + 1);
    const language = languageTag(raw.language);
    if (!language) {
      const key = raw.language?.trim() ?? '';
      this.unknownLanguages.set(key, (this.unknownLanguages.get(key) ?? 0) + 1);
    }
    if (title.length > MAX_TITLE) this.warn('text_truncated', guid, `The title of ${guid} was shortened.`);

    this.guids.add(guid);
    const code = this.sessionCode(guid, pretalxCode(raw.code, raw.url, raw.originUrl));
    this.sessions.push({
      guid,
      id: raw.id?.trim() || null,
      code: code.code,
      codeSource: code.source,
      slug: slugify(raw.slug || title) || code.code.toLowerCase(),
      title: title.slice(0, MAX_TITLE),
      subtitle: raw.subtitle?.trim() ?? '',
      type: type ?? 'talk',
      sourceType,
      language: language ?? this.options.fallbackLanguage ?? 'en',
      track: raw.track?.trim() || null,
      room,
      startsAt,
      endsAt: addMinutes(startsAt, minutes),
      abstract: raw.abstract?.trim() ?? '',
      description: raw.description?.trim() ?? '',
      persons: this.persons(raw.persons),
      links: classifyLinks(raw.links),
      doNotRecord: raw.doNotRecord,
    });
  }

  /** A code no other session of the file has: the pretalx one, else one derived from the guid. */
  private sessionCode(guid: string, pretalx: string | null): { code: string; source: 'pretalx' | 'derived' } {
    if (pretalx && !this.sessionCodes.has(pretalx)) {
      this.sessionCodes.add(pretalx);
      return { code: pretalx, source: 'pretalx' };
    }
    if (pretalx) this.warn('code_taken', guid, `Code ${pretalx} is used twice; ${guid} gets another.`);
    let code = stableCode(guid);
    for (let length = 8; this.sessionCodes.has(code); length += 2) code = stableCode(guid, length);
    this.sessionCodes.add(code);
    return { code, source: 'derived' };
  }

  private persons(raw: RawPerson[]): ImportedPerson[] {
    const out: ImportedPerson[] = [];
    for (const p of raw) {
      const name = p.name?.trim().replace(/\s+/g, ' ').slice(0, MAX_NAME);
      if (!name) continue;
      const guid =
        p.guid && guidSchema.safeParse(p.guid.trim().toLowerCase()).success
          ? p.guid.trim().toLowerCase()
          : null;
      const pretalx = p.code?.trim() && /^[A-Za-z0-9_-]{1,64}$/.test(p.code.trim()) ? p.code.trim() : null;
      const key = pretalx
        ? `code:${pretalx}`
        : guid
          ? `guid:${guid}`
          : p.id
            ? `id:${this.acronym}/${p.id}`
            : `name:${name.toLowerCase()}`;
      const code = pretalx ?? this.derivedPersonCode(key);
      // The same person listed twice on one session is one speaker.
      if (out.some((o) => o.code === code)) continue;
      out.push({ name, code, codeSource: pretalx ? 'pretalx' : 'derived', guid, bio: p.bio?.trim() ?? '' });
    }
    return out;
  }

  private derivedPersonCode(key: string): string {
    const known = this.personCodes.get(key);
    if (known) return known;
    let code = stableCode(key);
    for (let length = 8; this.personCodeOwners.has(code); length += 2) code = stableCode(key, length);
    this.personCodes.set(key, code);
    this.personCodeOwners.set(code, key);
    return code;
  }

  finish(
    conference: { title: string; days: ImportedDay[] },
    declaredRooms: ImportedRoom[],
    declaredTracks: ImportedTrack[],
  ): ImportedSchedule {
    for (const [value, count] of this.unknownTypes) {
      this.warn(
        'unknown_type',
        null,
        `${count} session(s) of type "${value}" were imported as talks: Lanyard knows talk, short-talk, workshop, keynote, barcamp and social.`,
      );
    }
    const fallbackLanguage = this.options.fallbackLanguage ?? 'en';
    for (const [value, count] of this.unknownLanguages) {
      this.warn(
        'unknown_language',
        null,
        value
          ? `${count} session(s) in language "${value}" were set to ${fallbackLanguage}.`
          : `${count} session(s) without a language were set to ${fallbackLanguage}.`,
      );
    }
    return {
      format: this.format,
      conference: {
        title: conference.title,
        acronym: this.acronym,
        timeZone: this.timeZone,
        days: conference.days,
      },
      rooms: withReferenced(
        declaredRooms,
        this.sessions.map((s) => s.room),
        (name) => ({ name, guid: null }),
      ),
      tracks: withReferenced(
        declaredTracks,
        this.sessions.flatMap((s) => (s.track ? [s.track] : [])),
        (name) => ({ name, color: null }),
      ),
      sessions: this.sessions,
      warnings: this.warnings,
    };
  }
}

/** Declared entries (first of each name), then any name events use without declaring it. */
function withReferenced<T extends { name: string }>(
  declared: T[],
  used: string[],
  make: (name: string) => T,
): T[] {
  const byName = new Map<string, T>();
  for (const d of declared) if (d.name && !byName.has(d.name)) byName.set(d.name, d);
  for (const name of used) if (!byName.has(name)) byName.set(name, make(name));
  return [...byName.values()];
}
