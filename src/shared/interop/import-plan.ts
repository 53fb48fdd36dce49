import type { FieldChange, ImportWarning, SessionType } from '../contract';
import { stableCode } from '../text/codes';
import { slugify } from '../text/slug';
import { uuidV5 } from '../text/uuid';
import { conferenceDayOf } from '../time';
import type { ImportedSchedule, ImportedSession } from './imported-schedule';

/**
 * What importing a schedule into a conference would do, computed from the conference's current
 * state and the parsed file alone, so the preview and the apply step (which recomputes it inside
 * its transaction) cannot disagree. Sessions are matched by guid, rooms and tracks by name,
 * speakers by code and then by name. Nothing is deleted: sessions missing from the file are
 * cancelled, and links the file does not carry (recordings linked later) are kept.
 */

export interface CurrentSchedule {
  /**
   * The conference's slug: Lanyard's own exports name each speaker by a guid made from it and the
   * speaker's code, by which a re-imported export finds the very speaker (two may share a name).
   */
  slug?: string;
  timeZone: string;
  /** Conference days (YYYY-MM-DD), to warn about sessions outside them. */
  days: string[];
  rooms: { id: string; slug: string; name: string; position: number }[];
  tracks: { id: string; slug: string; name: string }[];
  speakers: { id: string; code: string; name: string }[];
  sessions: CurrentSession[];
}

export interface SessionValues {
  title: string;
  type: SessionType;
  language: string;
  status: 'confirmed' | 'cancelled';
  roomId: string | null;
  trackId: string | null;
  startsAt: string;
  endsAt: string;
  description: string;
  recordingOptOut: boolean;
  youtube: string | null;
  mediaCccDe: string | null;
  slides: string | null;
  /** A recording on a site Lanyard links to rather than embeds. */
  video: string | null;
  speakerIds: string[];
}

export interface CurrentSession extends SessionValues {
  id: string;
  guid: string;
  code: string;
}

export interface PlannedSession {
  id: string;
  guid: string;
  code: string;
  slug: string;
  values: SessionValues;
}

export interface ImportPlan {
  /** Sessions of the conference that attendees see now (not cancelled), before the import. */
  published: number;
  rooms: { id: string; slug: string; name: string; position: number }[];
  tracks: { id: string; slug: string; name: string; color: string }[];
  speakers: { id: string; code: string; name: string; bio: string }[];
  added: PlannedSession[];
  changed: {
    id: string;
    guid: string;
    code: string;
    title: string;
    changes: FieldChange[];
    values: SessionValues;
  }[];
  removed: { id: string; guid: string; code: string; title: string }[];
  unchanged: number;
  warnings: ImportWarning[];
}

export interface PlanOptions {
  /** Makes ids for new rows (crypto.randomUUID on the server). */
  newId: () => string;
}

const MAX_DESCRIPTION = 10_000;

/** The namespace of the speaker guids in Lanyard's exports (server/features/exports/identifiers.ts). */
const EXPORT_NAMESPACE = '0b7d6f5e-3c1a-4e8b-9a2d-6f4c1e8b7a30';
const MAX_ROOM_OR_TRACK_NAME = 120;

/** Colours for tracks the file gives none for, picked by name so a re-import picks the same. */
const TRACK_PALETTE = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#ff7f0e',
  '#17becf',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
];

const norm = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

function uniqueSlug(name: string, fallback: string, taken: Set<string>): string {
  const base = slugify(name, 56) || fallback;
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

/** The one text Lanyard keeps per session: the abstract, then the description when it adds to it. */
export function sessionDescription(s: Pick<ImportedSession, 'abstract' | 'description'>): string {
  const parts = [s.abstract.trim(), s.description.trim()].filter(Boolean);
  return parts.length === 2 && parts[0] === parts[1] ? parts[0]! : parts.join('\n\n');
}

const dayRange = (days: string[]) =>
  days.length <= 3 ? days.join(', ') : `${days.length} days from ${days[0]} to ${days[days.length - 1]}`;

/** Line endings do not make a description different (iCalendar cannot carry a CR). */
const sameText = (a: string, b: string) => a === b || a.replace(/\r\n?/g, '\n') === b.replace(/\r\n?/g, '\n');

const short = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

export function planImport(
  current: CurrentSchedule,
  file: ImportedSchedule,
  options: PlanOptions,
): ImportPlan {
  const warnings: ImportWarning[] = [];
  const plan: ImportPlan = {
    published: current.sessions.filter((s) => s.status !== 'cancelled').length,
    rooms: [],
    tracks: [],
    speakers: [],
    added: [],
    changed: [],
    removed: [],
    unchanged: 0,
    warnings,
  };

  // Rooms and tracks by name; new ones get a slug no other has.
  const roomIds = new Map(current.rooms.map((r) => [norm(r.name), r.id]));
  const roomNames = new Map(current.rooms.map((r) => [r.id, r.name]));
  const roomSlugs = new Set(current.rooms.map((r) => r.slug));
  let position = Math.max(-1, ...current.rooms.map((r) => r.position)) + 1;
  for (const room of file.rooms) {
    if (roomIds.has(norm(room.name)) || !file.sessions.some((s) => s.room === room.name)) continue;
    const name = room.name.slice(0, MAX_ROOM_OR_TRACK_NAME);
    const added = {
      id: options.newId(),
      slug: uniqueSlug(name, 'room', roomSlugs),
      name,
      position: position++,
    };
    plan.rooms.push(added);
    roomIds.set(norm(room.name), added.id);
    roomNames.set(added.id, name);
  }
  const trackIds = new Map(current.tracks.map((t) => [norm(t.name), t.id]));
  const trackNames = new Map(current.tracks.map((t) => [t.id, t.name]));
  const trackSlugs = new Set(current.tracks.map((t) => t.slug));
  for (const track of file.tracks) {
    if (trackIds.has(norm(track.name)) || !file.sessions.some((s) => s.track === track.name)) continue;
    const name = track.name.slice(0, MAX_ROOM_OR_TRACK_NAME);
    const color =
      track.color ?? TRACK_PALETTE[Number.parseInt(stableCode(name, 2), 36) % TRACK_PALETTE.length]!;
    const added = { id: options.newId(), slug: uniqueSlug(name, 'track', trackSlugs), name, color };
    plan.tracks.push(added);
    trackIds.set(norm(track.name), added.id);
    trackNames.set(added.id, name);
  }

  // Speakers by code when the name agrees, then by name among existing speakers (a file exported
  // by Lanyard as XML carries no codes); otherwise new. A code that an existing speaker of another
  // name holds is not theirs to take: a session is never credited under somebody else's name.
  const speakerByCode = new Map(current.speakers.map((s) => [s.code, s]));
  const speakerByName = new Map<string, string>();
  for (const s of current.speakers)
    if (!speakerByName.has(norm(s.name))) speakerByName.set(norm(s.name), s.id);
  const speakerNames = new Map(current.speakers.map((s) => [s.id, s.name]));
  const slug = current.slug;
  const exported = slug
    ? new Map(current.speakers.map((s) => [uuidV5(`${slug}/speakers/${s.code}`, EXPORT_NAMESPACE), s]))
    : new Map<string, CurrentSchedule['speakers'][number]>();
  const speakerIdOf = (p: ImportedSession['persons'][number]): string => {
    const byCode = speakerByCode.get(p.code);
    if (byCode && norm(byCode.name) === norm(p.name)) return byCode.id;
    const ours = p.guid ? exported.get(p.guid) : undefined;
    if (ours && norm(ours.name) === norm(p.name)) return ours.id;
    const byName = speakerByName.get(norm(p.name));
    if (byName) return byName;
    let code = p.code;
    for (let length = 8; speakerByCode.has(code); length += 2)
      code = stableCode(`${p.code}/${p.name}`, length);
    const added = { id: options.newId(), code, name: p.name, bio: p.bio.slice(0, 5_000) };
    plan.speakers.push(added);
    speakerByCode.set(code, added);
    speakerNames.set(added.id, p.name);
    return added.id;
  };

  const byGuid = new Map(current.sessions.map((s) => [s.guid, s]));
  const codes = new Set(current.sessions.map((s) => s.code));
  const outside = new Map<string, number>();
  const days = new Set(current.days);

  for (const s of file.sessions) {
    const existing = byGuid.get(s.guid);
    const fullDescription = sessionDescription(s);
    if (fullDescription.length > MAX_DESCRIPTION) {
      warnings.push({
        code: 'text_truncated',
        event: s.guid,
        message: `The description of ${s.guid} was shortened to ${MAX_DESCRIPTION} characters.`,
      });
    }
    const description = fullDescription.slice(0, MAX_DESCRIPTION);
    const day = conferenceDayOf(new Date(s.startsAt), current.timeZone);
    if (days.size > 0 && !days.has(day)) outside.set(day, (outside.get(day) ?? 0) + 1);
    const values: SessionValues = {
      title: s.title,
      type: s.type,
      language: s.language,
      status: 'confirmed',
      roomId: roomIds.get(norm(s.room)) ?? null,
      trackId: s.track ? (trackIds.get(norm(s.track)) ?? null) : null,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      description,
      recordingOptOut: s.doNotRecord,
      youtube: s.links.youtube ?? existing?.youtube ?? null,
      mediaCccDe: s.links.mediaCccDe ?? existing?.mediaCccDe ?? null,
      slides: s.links.slides ?? existing?.slides ?? null,
      video: s.links.video ?? existing?.video ?? null,
      speakerIds: [...new Set(s.persons.map(speakerIdOf))],
    };
    if (!existing) {
      let code = s.code;
      if (codes.has(code)) {
        for (let length = 6; codes.has(code); length += 2) code = stableCode(s.guid, length);
        warnings.push({
          code: 'code_taken',
          event: s.guid,
          message: `Code ${s.code} is taken here; ${s.guid} gets ${code}.`,
        });
      }
      codes.add(code);
      plan.added.push({
        id: options.newId(),
        guid: s.guid,
        code,
        slug: s.slug.slice(0, 64).replace(/-+$/, '') || code.toLowerCase(),
        values,
      });
      continue;
    }
    const changes = diffSession(existing, values, { roomNames, trackNames, speakerNames });
    if (changes.length === 0) plan.unchanged++;
    else
      plan.changed.push({
        id: existing.id,
        guid: existing.guid,
        code: existing.code,
        title: s.title,
        changes,
        values,
      });
  }

  const inFile = new Set(file.sessions.map((s) => s.guid));
  for (const s of current.sessions) {
    if (!inFile.has(s.guid) && s.status !== 'cancelled') {
      plan.removed.push({ id: s.id, guid: s.guid, code: s.code, title: s.title });
    }
  }
  if (outside.size > 0) {
    const total = [...outside.values()].reduce((a, b) => a + b, 0);
    const fileDays = [
      ...new Set(file.sessions.map((s) => conferenceDayOf(new Date(s.startsAt), current.timeZone))),
    ].sort();
    warnings.push({
      code: 'outside_conference_days',
      event: null,
      message: `${total} session(s) fall outside the conference's days (${[...current.days].sort().join(', ')}): the file covers ${dayRange(fileDays)}. Check the conference's dates and time zone, or that this is the right file.`,
    });
  }
  return plan;
}

interface Names {
  roomNames: Map<string, string>;
  trackNames: Map<string, string>;
  speakerNames: Map<string, string>;
}

function diffSession(before: SessionValues, after: SessionValues, names: Names): FieldChange[] {
  const changes: FieldChange[] = [];
  const add = (field: FieldChange['field'], from: string | null, to: string | null) => {
    if (from !== to) changes.push({ field, from, to });
  };
  const nameOf = (map: Map<string, string>, id: string | null) => (id ? (map.get(id) ?? id) : null);
  add('title', before.title, after.title);
  add('type', before.type, after.type);
  add('language', before.language, after.language);
  add('status', before.status, after.status);
  add('room', nameOf(names.roomNames, before.roomId), nameOf(names.roomNames, after.roomId));
  add('track', nameOf(names.trackNames, before.trackId), nameOf(names.trackNames, after.trackId));
  add('startsAt', before.startsAt, after.startsAt);
  add('endsAt', before.endsAt, after.endsAt);
  if (!sameText(before.description, after.description)) {
    changes.push({ field: 'description', from: short(before.description), to: short(after.description) });
  }
  add('recordingOptOut', String(before.recordingOptOut), String(after.recordingOptOut));
  add('youtube', before.youtube, after.youtube);
  add('mediaCccDe', before.mediaCccDe, after.mediaCccDe);
  add('slides', before.slides, after.slides);
  add('video', before.video, after.video);
  if (before.speakerIds.join() !== after.speakerIds.join()) {
    const list = (ids: string[]) => ids.map((id) => names.speakerNames.get(id) ?? id).join(', ');
    changes.push({ field: 'speakers', from: list(before.speakerIds), to: list(after.speakerIds) });
  }
  return changes;
}

/** Whether applying cancels so much of the published schedule that the organizer must confirm. */
export function needsConfirmation(plan: ImportPlan, share: number): boolean {
  return plan.removed.length > 0 && plan.removed.length > plan.published * share;
}
