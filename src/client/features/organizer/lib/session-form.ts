import {
  type SessionCreateInput,
  sessionCreateSchema,
  type SessionUpdate,
  sessionUpdateSchema,
} from '@shared/contract/schedule-changes';
import { type Conference } from '@shared/contract/conference';
import { type Session } from '@shared/contract/session';
import { localDateAt, localTimeAt, toInstant, zonedToInstant } from '@shared/time';
import { checkWith, type FormCheck } from '@client/ui/forms/use-form';

/** The edit form's inputs, as text: times are the conference's wall clock (datetime-local). */
export interface SessionFormValues {
  title: string;
  type: string;
  format: string;
  language: string;
  status: string;
  trackId: string;
  roomId: string;
  startsAt: string;
  endsAt: string;
  description: string;
  recordingOptOut: boolean;
  youtube: string;
  mediaCccDe: string;
  slides: string;
  /** Speaker codes in billing order. */
  speakerCodes: string[];
}

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

export function toLocalInput(instant: string, timeZone: string): string {
  const at = new Date(instant);
  return `${localDateAt(at, timeZone)}T${localTimeAt(at, timeZone)}`;
}

/** The instant a datetime-local value means in the conference's zone, or null if it is not one. */
export function fromLocalInput(value: string, timeZone: string): string | null {
  const match = LOCAL.exec(value);
  if (!match) return null;
  return toInstant(zonedToInstant(match[1]!, match[2]!, timeZone));
}

export function formValuesOf(session: Session, timeZone: string): SessionFormValues {
  return {
    title: session.title,
    type: session.type,
    format: session.format,
    language: session.language,
    status: session.status,
    trackId: session.trackId ?? '',
    roomId: session.roomId ?? '',
    startsAt: toLocalInput(session.startsAt, timeZone),
    endsAt: toLocalInput(session.endsAt, timeZone),
    description: session.description,
    recordingOptOut: session.recordingOptOut,
    youtube: session.links.youtube ?? '',
    mediaCccDe: session.links.mediaCccDe ?? '',
    slides: session.links.slides ?? '',
    speakerCodes: session.speakers.map((s) => s.code),
  };
}

/**
 * A blank form for a new session: the first day of the conference at 10:00 local time for
 * 45 minutes, in the first room; every other field at its default.
 */
export function blankFormValues(conference: Conference): SessionFormValues {
  const day = conference.days[0]?.date ?? conference.startDate;
  return {
    title: '',
    type: 'talk',
    format: 'in-person',
    language: 'en',
    status: 'confirmed',
    trackId: '',
    roomId: conference.rooms[0]?.id ?? '',
    startsAt: `${day}T10:00`,
    endsAt: `${day}T10:45`,
    description: '',
    recordingOptOut: false,
    youtube: '',
    mediaCccDe: '',
    slides: '',
    speakerCodes: [],
  };
}

/** Checks a new session's fields with the shared create schema, as the server will. */
export function checkNewSessionForm(
  values: SessionFormValues,
  timeZone: string,
): FormCheck<SessionCreateInput> {
  const input = {
    title: values.title,
    type: values.type,
    format: values.format,
    language: values.language.trim(),
    status: values.status,
    trackId: orNull(values.trackId),
    roomId: orNull(values.roomId),
    startsAt: fromLocalInput(values.startsAt, timeZone) ?? values.startsAt,
    endsAt: fromLocalInput(values.endsAt, timeZone) ?? values.endsAt,
    description: values.description,
    recordingOptOut: values.recordingOptOut,
    speakerCodes: values.speakerCodes,
  };
  const check = checkWith(sessionCreateSchema, input);
  return check.ok ? { ok: true, value: input as SessionCreateInput } : check;
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/**
 * Checks every field with the shared schema (so the form says what the server would) and
 * returns only the fields that differ from the session: null when nothing changed.
 */
export function checkSessionForm(
  session: Session,
  values: SessionFormValues,
  timeZone: string,
): FormCheck<SessionUpdate | null> {
  const startsAt = fromLocalInput(values.startsAt, timeZone);
  const endsAt = fromLocalInput(values.endsAt, timeZone);
  const full = {
    title: values.title,
    type: values.type,
    format: values.format,
    language: values.language.trim(),
    status: values.status,
    trackId: orNull(values.trackId),
    roomId: orNull(values.roomId),
    startsAt: startsAt ?? values.startsAt,
    endsAt: endsAt ?? values.endsAt,
    description: values.description,
    recordingOptOut: values.recordingOptOut,
    links: {
      youtube: orNull(values.youtube),
      mediaCccDe: orNull(values.mediaCccDe),
      slides: orNull(values.slides),
    },
    speakerCodes: values.speakerCodes,
  };
  const check = checkWith(sessionUpdateSchema, full);
  if (!check.ok) return check;
  const { links, speakerCodes, ...rest } = check.value;
  const update: Record<string, unknown> = {};
  if (speakerCodes && speakerCodes.join('\n') !== session.speakers.map((s) => s.code).join('\n')) {
    update.speakerCodes = speakerCodes;
  }
  for (const [key, value] of Object.entries(rest)) {
    if (session[key as keyof Session] !== value) update[key] = value;
  }
  const changedLinks = Object.entries(links ?? {}).filter(
    ([key, value]) => session.links[key as keyof Session['links']] !== value,
  );
  if (changedLinks.length > 0) update.links = Object.fromEntries(changedLinks);
  return { ok: true, value: Object.keys(update).length > 0 ? (update as SessionUpdate) : null };
}
