import { languageSchema, type SessionType } from '../contract';
import { addDays, toInstant, zonedToInstant } from '../time';

/**
 * How the loose fields of real schedule files become Lanyard values. Each rule answers null
 * when it cannot, and the caller decides whether that skips the event or only warns.
 */

const OFFSET_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/;
const LOCAL_TIME = /^(\d{1,2}):(\d{2})(?::\d{2})?$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO date-time with an offset ("2024-12-27T10:30:00+01:00") as a UTC instant. */
export function instantFromOffsetDateTime(text: string): string | null {
  const m = OFFSET_DATE_TIME.exec(text.trim());
  if (!m) return null;
  const zone = m[3]!.toUpperCase() === 'Z' ? 'Z' : m[3]!.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const ms = Date.parse(`${m[1]}T${m[2]}${zone}`);
  return Number.isNaN(ms) ? null : toInstant(new Date(ms));
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export interface StartFacts {
  /** The event's `date`: with an offset it is authoritative. */
  date: string | undefined;
  /** The event's wall-clock `start`, HH:MM. */
  start: string | undefined;
  /** The day the event is listed under, YYYY-MM-DD, and that day's start instant. */
  dayDate: string | undefined;
  dayStart: string | null;
  timeZone: string | null;
}

/**
 * The start instant of an event. `date` with an offset wins (pretalx writes the offset even
 * when its time_zone_name says otherwise); else the wall-clock time is read in the file's zone,
 * and a time before the day's start (01:00 after a party night) falls on the next calendar date.
 */
export function startInstant(f: StartFacts): string | null {
  if (f.date) {
    const exact = instantFromOffsetDateTime(f.date);
    if (exact) return exact;
    const local = LOCAL_DATE_TIME.exec(f.date.trim());
    if (local && f.timeZone) return toInstant(zonedToInstant(local[1]!, local[2]!, f.timeZone));
  }
  const time = f.start ? LOCAL_TIME.exec(f.start.trim()) : null;
  const dayDate = f.dayDate && LOCAL_DATE.test(f.dayDate) ? f.dayDate : f.date?.slice(0, 10);
  if (!time || !dayDate || !LOCAL_DATE.test(dayDate) || !f.timeZone) return null;
  const hh = Number(time[1]);
  const mm = Number(time[2]);
  if (hh > 23 || mm > 59) return null;
  const hhmm = `${String(hh).padStart(2, '0')}:${time[2]}`;
  const sameDay = toInstant(zonedToInstant(dayDate, hhmm, f.timeZone));
  if (f.dayStart && sameDay < f.dayStart) {
    return toInstant(zonedToInstant(addDays(dayDate, 1), hhmm, f.timeZone));
  }
  return sameDay;
}

const MAX_DURATION_MINUTES = 7 * 24 * 60;

/** "0:30", "01:30", "01:30:00" (frab, pretalx) or ISO 8601 "PT1H30M" (schedule2), in minutes. */
export function durationMinutes(text: string | undefined): number | null {
  if (!text) return null;
  const t = text.trim();
  let minutes: number | null = null;
  const clock = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (clock) minutes = Number(clock[1]) * 60 + Number(clock[2]) + Math.round(Number(clock[3] ?? 0) / 60);
  const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i.exec(t);
  if (iso && t.length > 1 && !/T$/i.test(t)) {
    const [, d = 0, h = 0, m = 0, s = 0] = iso;
    minutes = Number(d) * 1440 + Number(h) * 60 + Number(m) + Math.round(Number(s) / 60);
  }
  return minutes !== null && minutes <= MAX_DURATION_MINUTES ? minutes : null;
}

export const addMinutes = (instant: string, minutes: number) =>
  toInstant(new Date(Date.parse(instant) + minutes * 60_000));

/**
 * frab and pretalx let each conference name its own types ("Talk 40 (30min +10 Q&A)",
 * "Bits & Bäume - Workshop", "DJ Set"). Words decide, in this order; the first rule that
 * matches wins, so "Lightning Talk" is a short talk and "Music Workshop" a workshop.
 */
const TYPE_RULES: [RegExp, SessionType][] = [
  [/keynote/i, 'keynote'],
  [/lightning|short[\s-]?talk|kurzvortrag/i, 'short-talk'],
  [/workshop|hands[\s-]?on|tutorial|lötstation|soldering|werkstatt|hackathon|\blab\b/i, 'workshop'],
  [
    /barcamp|unconference|meet[\s-]?up|\bbof\b|birds of a feather|self[\s-]?organi[sz]ed|assembly/i,
    'barcamp',
  ],
  [
    /\bdj\b|concert|konzert|party|social|music|film|movie|theat|game|\bshow\b|performance|reception|dinner|lunch|breakfast|\bbreak\b|coffee|networking|audio play|hörspiel/i,
    'social',
  ],
  [
    /talk|lecture|vortrag|presentation|educational|podcast|ceremony|opening|closing|panel|forum|quiz|discussion|q&a/i,
    'talk',
  ],
];

const CONTRACT_TYPES = new Set<string>(['talk', 'short-talk', 'workshop', 'keynote', 'barcamp', 'social']);

/** The contract's session type for a file's type, or null when no rule knows the word. */
export function sessionTypeOf(sourceType: string): SessionType | null {
  const t = sourceType.trim();
  if (CONTRACT_TYPES.has(t.toLowerCase())) return t.toLowerCase() as SessionType;
  return TYPE_RULES.find(([re]) => re.test(t))?.[1] ?? null;
}

const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en',
  englisch: 'en',
  german: 'de',
  deutsch: 'de',
  french: 'fr',
  français: 'fr',
  francais: 'fr',
  spanish: 'es',
  español: 'es',
  italian: 'it',
  italiano: 'it',
  dutch: 'nl',
  nederlands: 'nl',
  portuguese: 'pt',
  polish: 'pl',
  russian: 'ru',
  japanese: 'ja',
  chinese: 'zh',
};

/**
 * A BCP 47 tag from what files write: "en", "de-DE", "en_US", "English", or a list such as
 * "de, en" (bilingual sessions take the first). Null when nothing usable is there.
 */
export function languageTag(text: string | undefined): string | null {
  const first = (text ?? '').split(/[,;/|+&]|\s+(?:and|und|et)\s+/i)[0]!.trim();
  if (!first) return null;
  const named = LANGUAGE_NAMES[first.toLowerCase()];
  if (named) return named;
  const [primary = '', ...rest] = first.replaceAll('_', '-').split('-');
  const subtags = rest.map((s) =>
    s.length === 2
      ? s.toUpperCase()
      : s.length === 4
        ? s[0]!.toUpperCase() + s.slice(1).toLowerCase()
        : s.toLowerCase(),
  );
  const tag = [primary.toLowerCase(), ...subtags].join('-');
  return languageSchema.safeParse(tag).success ? tag : null;
}

/** pretalx session codes: uppercase letters and digits, at least one letter ("G9JGWY"). */
const PRETALX_CODE = /^(?=[0-9]*[A-Z])[A-Z0-9]{4,16}$/;

/**
 * The pretalx code of a session from its explicit `code`, or the last path segment of its page
 * (pretalx `/talk/G9JGWY/`, Lanyard `/sessions/G9JGWY`); null for other pages (hub slugs).
 */
export function pretalxCode(code: string | undefined, ...urls: (string | undefined)[]): string | null {
  if (code && /^[A-Za-z0-9_-]{1,32}$/.test(code.trim())) return code.trim();
  for (const url of urls) {
    const segment = url ? lastPathSegment(url) : null;
    if (segment && PRETALX_CODE.test(segment)) return segment;
  }
  return null;
}

export function lastPathSegment(url: string): string | null {
  try {
    const segments = new URL(url).pathname.split('/').filter(Boolean);
    return segments.length > 0 ? decodeURIComponent(segments[segments.length - 1]!) : null;
  } catch {
    return null;
  }
}

/** An absolute http(s) URL, or null. */
export function httpUrl(text: string | undefined): string | null {
  if (!text) return null;
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const YOUTUBE_HOSTS = /(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be)$/i;
const SLIDES = /slide|folie|deck|präsentation|presentation|\.(pdf|pptx?|odp|key)(\?|$)/i;

export interface RawLink {
  url: string | undefined;
  title: string | undefined;
  type: string | undefined;
}

/** Recording and slide links among an event's links and attachments; the first of each kind wins. */
export function classifyLinks(links: RawLink[]) {
  const out = {
    youtube: null as string | null,
    mediaCccDe: null as string | null,
    slides: null as string | null,
  };
  for (const link of links) {
    const href = httpUrl(link.url);
    if (!href) continue;
    const host = new URL(href).hostname;
    if (YOUTUBE_HOSTS.test(host)) out.youtube ??= href;
    else if (/(^|\.)media\.ccc\.de$/i.test(host)) out.mediaCccDe ??= href;
    else if (SLIDES.test(`${link.type ?? ''} ${link.title ?? ''} ${href}`)) out.slides ??= href;
  }
  return out;
}

/** #rrggbb from a colour attribute ("#F9B000", "f9b000"), or null. */
export function hexColor(text: string | undefined): string | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(text?.trim() ?? '');
  return m ? `#${m[1]}` : null;
}
