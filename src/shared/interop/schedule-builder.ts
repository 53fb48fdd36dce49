import type { ImportWarning, ScheduleFormat } from '../contract';
import { stableCode } from '../text/codes';
import { slugify } from '../text/slug';
import { withoutUnstorable } from '../text/storable';
import { HEX_UUID, uuidV5 } from '../text/uuid';
import {
  addMinutes,
  classifyLinks,
  durationMinutes,
  instantFromOffsetDateTime,
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

/** An event as a reader found it: loose text, before any rule is applied. */
export interface RawEvent {
  guid?: string;
  id?: string;
  code?: string;
  date?: string;
  start?: string;
  duration?: string;
  /** Instants a reader already resolved (schedule2 `start`/`end`, iCalendar DTSTART/DTEND). */
  startsAt?: string | null;
  endsAt?: string | null;
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
/** Where sessions without a room go; the organizer can rename the room afterwards. */
export const NO_ROOM = 'No room given';

/** Text without control characters or lone surrogates, which no database column should hold. */
const storable = (text: string | undefined) => (text === undefined ? undefined : withoutUnstorable(text));

/** The event's text fields made storable, once, before any rule reads them. */
function cleaned(raw: RawEvent): RawEvent {
  return {
    ...raw,
    guid: storable(raw.guid),
    id: storable(raw.id),
    slug: storable(raw.slug),
    room: storable(raw.room),
    title: storable(raw.title),
    subtitle: storable(raw.subtitle),
    track: storable(raw.track),
    abstract: storable(raw.abstract),
    description: storable(raw.description),
    persons: raw.persons.map((p) => ({
      ...p,
      name: storable(p.name),
      bio: storable(p.bio),
      code: storable(p.code),
      id: storable(p.id),
    })),
  };
}

const normName = (name: string) => name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Turns raw events into an ImportedSchedule, one event at a time. An event is skipped only when
 * it cannot be a session at all (no title, no start); anything else is kept and adapted, with
 * one warning per kind of adaptation and a count, so an organizer can check it against the source.
 */
export class ScheduleBuilder {
  private readonly sessions: ImportedSession[] = [];
  private readonly warnings: ImportWarning[] = [];
  private readonly guids = new Set<string>();
  /**
   * The starts seen under each identity the file gives, each with the title and room of the
   * events there, to tell slots (and parallel events sharing one UID) from repeats.
   */
  private readonly startsByIdentity = new Map<string, Map<string, Set<string>>>();
  private readonly sessionCodes = new Set<string>();
  /** Derived person codes by identity key, and the key that owns each code. */
  private readonly personCodes = new Map<string, string>();
  private readonly personCodeOwners = new Map<string, string>();
  /** The first name seen for each person id (or code, or guid) of the file. */
  private readonly personNames = new Map<string, string>();
  /** Person ids of the file that name more than one person, with the names they carry. */
  private readonly reusedPersonIds = new Map<string, Set<string>>();
  private readonly tally = {
    derivedIdentity: 0,
    repeatedGuid: 0,
    duplicate: 0,
    noRoom: 0,
    zeroLength: 0,
    /** Starts read from a wall-clock time (no offset in the file), so the zone mattered. */
    wallClock: 0,
  };
  /** Values that no rule knew, with how many events used them, summed up in one warning each. */
  private readonly unknownTypes = new Map<string, number>();
  private readonly unknownLanguages = new Map<string, number>();
  readonly timeZone: string | null;
  private readonly scope: string;

  constructor(
    private readonly format: ScheduleFormat,
    private readonly layout: string,
    private readonly acronym: string,
    fileTimeZone: string | undefined,
    private readonly options: ScheduleParseOptions,
    /** The file's day_change in minutes after midnight, when it gives one. */
    private readonly dayChange: number | null = null,
  ) {
    this.timeZone = fileTimeZone && isTimeZone(fileTimeZone.trim()) ? fileTimeZone.trim() : null;
    this.scope = acronym || options.identityScope || '';
  }

  warn(code: ImportWarning['code'], event: string | null, message: string) {
    this.warnings.push({ code, event, message });
  }

  /** The zone wall-clock times are read in: the file's, else the conference's. */
  get effectiveTimeZone(): string | null {
    return this.timeZone ?? this.options.fallbackTimeZone ?? null;
  }

  addEvent(event: RawEvent, day: RawDay, roomName: string | undefined): void {
    const raw = cleaned(event);
    const ref =
      raw.guid?.trim() || (raw.id?.trim() ? `id ${raw.id.trim()}` : null) || raw.slug?.trim() || null;
    const skip = (reason: string) =>
      this.warn('event_skipped', ref, `Skipped event ${ref ?? `“${raw.title?.trim() ?? ''}”`}: ${reason}.`);
    const title = raw.title?.trim().replace(/\s+/g, ' ');
    if (!title) return skip('it has no title');
    const startsAt =
      raw.startsAt !== undefined
        ? raw.startsAt
        : startInstant({
            date: raw.date,
            start: raw.start,
            dayDate: day.date,
            dayStart: day.start,
            dayChange: this.dayChange,
            timeZone: this.effectiveTimeZone,
          });
    if (!startsAt) return skip(`its start “${raw.date ?? raw.start ?? ''}” is not a date and time`);
    if (raw.startsAt === undefined && !instantFromOffsetDateTime(raw.date ?? '')) this.tally.wallClock++;
    let endsAt = raw.endsAt ?? null;
    if (!endsAt) {
      const minutes = durationMinutes(raw.duration);
      if (minutes === null) return skip(`its duration “${raw.duration ?? ''}” is not a length of time`);
      endsAt = addMinutes(startsAt, minutes);
    }
    if (endsAt < startsAt) return skip('it ends before it starts');
    if (endsAt === startsAt) this.tally.zeroLength++;

    let room = storable(raw.room || roomName)
      ?.trim()
      .replace(/\s+/g, ' ');
    const guid = this.identity(raw, title, startsAt, room ?? '');
    if (!guid) return;
    if (!room) {
      room = NO_ROOM;
      this.tally.noRoom++;
    }

    const sourceType = raw.type?.trim() ?? '';
    const type = sessionTypeOf(sourceType);
    if (!type) this.unknownTypes.set(sourceType, (this.unknownTypes.get(sourceType) ?? 0) + 1);
    const language = languageTag(raw.language);
    if (!language) {
      const key = raw.language?.trim() ?? '';
      this.unknownLanguages.set(key, (this.unknownLanguages.get(key) ?? 0) + 1);
    }
    if (title.length > MAX_TITLE) this.warn('text_truncated', guid, `The title of ${guid} was shortened.`);

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
      endsAt,
      abstract: raw.abstract?.trim() ?? '',
      description: raw.description?.trim() ?? '',
      persons: this.persons(raw.persons),
      links: classifyLinks(raw.links),
      doNotRecord: raw.doNotRecord,
    });
  }

  /**
   * The session's identity. A guid in UUID form (any version: frab and wafer write non-RFC ones)
   * is kept; any other guid, or an id or slug when there is no guid, becomes a UUID v5 so that
   * importing the same file again finds the same sessions. An identity already taken in this
   * file (a workshop held in three slots under one guid) is told apart by the start.
   */
  private identity(raw: RawEvent, title: string, startsAt: string, room: string): string | null {
    const given = raw.guid?.trim();
    let guid: string;
    if (given && HEX_UUID.test(given)) guid = given.toLowerCase();
    else {
      this.tally.derivedIdentity++;
      if (given) guid = uuidV5(`${this.scope}/guid/${given}`);
      else if (raw.id?.trim()) guid = uuidV5(`${this.scope}/id/${raw.id.trim()}`);
      else if (raw.slug?.trim()) guid = uuidV5(`${this.scope}/slug/${raw.slug.trim()}`);
      else guid = uuidV5(`${this.scope}/event/${title}/${startsAt}`);
    }
    const starts = this.startsByIdentity.get(guid) ?? new Map<string, Set<string>>();
    this.startsByIdentity.set(guid, starts);
    // Only the same event again (same identity, start, title and room) is a repeat: feeds give
    // one UID to many events, parallel ones included, and each of those is a session.
    const what = `${title}\u0000${room}`;
    const here = starts.get(startsAt);
    if (here?.has(what)) {
      this.tally.duplicate++;
      return null;
    }
    if (here) here.add(what);
    else starts.set(startsAt, new Set([what]));
    if (!this.guids.has(guid)) {
      this.guids.add(guid);
      return guid;
    }
    const slot = uuidV5(here ? `${guid}/${startsAt}/${room}/${title}` : `${guid}/${startsAt}`);
    this.tally.repeatedGuid++;
    this.guids.add(slot);
    return slot;
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

  /**
   * A person is known by the file's guid, code or id together with the name: merged files reuse
   * ids across sub-schedules (one id for hundreds of people), so an id that comes with another
   * name is another person, never a second name for the first.
   */
  private persons(raw: RawPerson[]): ImportedPerson[] {
    const out: ImportedPerson[] = [];
    for (const p of raw) {
      const name = p.name?.trim().replace(/\s+/g, ' ').slice(0, MAX_NAME);
      if (!name) continue;
      const guid = p.guid && HEX_UUID.test(p.guid.trim()) ? p.guid.trim().toLowerCase() : null;
      const code = p.code?.trim() || null;
      const id = p.id?.trim() || null;
      const primary = guid ? `guid:${guid}` : code ? `code:${code}` : id ? `id:${this.scope}/${id}` : null;
      const norm = normName(name);
      let key = primary ?? `name:${norm}`;
      let owner = true;
      if (primary) {
        const first = this.personNames.get(primary);
        if (first === undefined) this.personNames.set(primary, norm);
        else if (first !== norm) {
          key = `${primary}|${norm}`;
          owner = false;
          const names = this.reusedPersonIds.get(primary) ?? new Set([first]);
          names.add(norm);
          this.reusedPersonIds.set(primary, names);
        }
      }
      const pretalx = owner && code && /^[A-Za-z0-9_-]{1,32}$/.test(code) ? code : null;
      const speakerCode = pretalx ?? this.derivedPersonCode(key);
      // The same person listed twice on one session is one speaker.
      if (out.some((o) => o.code === speakerCode)) continue;
      out.push({
        name,
        code: speakerCode,
        codeSource: pretalx ? 'pretalx' : 'derived',
        guid: owner ? guid : null,
        bio: p.bio?.trim() ?? '',
      });
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

  /** Says which zone times were read in when it could matter. */
  private zoneWarnings() {
    const edition = this.options.fallbackTimeZone;
    if (this.timeZone && edition && this.timeZone !== edition) {
      this.warn(
        'time_zone_mismatch',
        null,
        this.tally.wallClock > 0
          ? `The file's time zone is ${this.timeZone}; this conference's is ${edition}. The file's wall-clock times were read in ${this.timeZone}; check that this file belongs to this conference, or correct the conference's zone.`
          : `The file's time zone is ${this.timeZone}; this conference's is ${edition}. Its times carry their UTC offsets, so they are exact, and attendees see them in ${edition}.`,
      );
    }
    if (!this.timeZone && this.tally.wallClock > 0 && edition) {
      this.warn(
        'time_zone_assumed',
        null,
        `The file names no time zone; ${this.tally.wallClock} session time(s) were read in this conference's zone, ${edition}.`,
      );
    }
  }

  private summarise() {
    this.zoneWarnings();
    const { derivedIdentity, repeatedGuid, duplicate, noRoom, zeroLength } = this.tally;
    if (derivedIdentity > 0) {
      this.warn(
        'derived_identity',
        null,
        `${derivedIdentity} session(s) have no guid in UUID form; each was given a stable identity from its guid, id or slug, so importing this file again finds them.`,
      );
    }
    if (repeatedGuid > 0) {
      this.warn(
        'duplicate_guid',
        null,
        `${repeatedGuid} session(s) share their guid or UID with an earlier event at another time or place (a session in several slots, or a feed giving many events one UID); each was kept as its own session.`,
      );
    }
    if (duplicate > 0) {
      this.warn(
        'duplicate_guid',
        null,
        `${duplicate} event(s) were listed twice (same guid, start, title and room); each was kept once.`,
      );
    }
    if (noRoom > 0) {
      this.warn(
        'room_missing',
        null,
        `${noRoom} session(s) have no room; they were put in the room “${NO_ROOM}”, which you can rename.`,
      );
    }
    if (zeroLength > 0) {
      this.warn(
        'zero_length',
        null,
        `${zeroLength} session(s) end when they start (no length); check them in the source.`,
      );
    }
    if (this.reusedPersonIds.size > 0) {
      const [id, names] = [...this.reusedPersonIds].sort((a, b) => b[1].size - a[1].size)[0]!;
      const people = [...this.reusedPersonIds.values()].reduce((sum, n) => sum + n.size, 0);
      this.warn(
        'person_id_reused',
        null,
        `${this.reusedPersonIds.size} person id(s) stand for several different names in this file (${people} people in all; ${id.replace(/^\w+:(?:[^/]*\/)?/, 'id ')} alone names ${names.size}). Each name was kept as its own speaker.`,
      );
    }
    for (const [value, count] of this.unknownTypes) {
      this.warn(
        'unknown_type',
        null,
        value
          ? `${count} session(s) of type “${value}” were imported as talks: Lanyard knows talk, short-talk, workshop, keynote, barcamp and social.`
          : `${count} session(s) without a type were imported as talks.`,
      );
    }
    const fallbackLanguage = this.options.fallbackLanguage ?? 'en';
    for (const [value, count] of this.unknownLanguages) {
      this.warn(
        'unknown_language',
        null,
        value
          ? `${count} session(s) in language “${value}” were set to ${fallbackLanguage}.`
          : `${count} session(s) without a language were set to ${fallbackLanguage}.`,
      );
    }
    const left = this.sessions.reduce(
      (sum, s) => ({ other: sum.other + s.links.otherRecordings, plain: sum.plain + s.links.plainLinks }),
      { other: 0, plain: 0 },
    );
    if (left.other + left.plain > 0) {
      const parts = [
        left.other > 0
          ? `${left.other} further recording link(s) (other formats of a recording already kept)`
          : null,
        left.plain > 0 ? `${left.plain} other link(s) (not the session's recording or slides)` : null,
      ].filter(Boolean);
      this.warn('links_left_out', null, `Left out ${parts.join(' and ')}.`);
    }
  }

  finish(
    conference: { title: string; days: ImportedDay[] },
    declaredRooms: ImportedRoom[],
    declaredTracks: ImportedTrack[],
  ): ImportedSchedule {
    this.summarise();
    return {
      format: this.format,
      layout: this.layout,
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
