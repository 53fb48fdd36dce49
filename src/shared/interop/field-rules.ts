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
  /** The conference's day_change in minutes after midnight: earlier times belong to the next date. */
  dayChange?: number | null;
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
  const beforeDayChange = f.dayChange != null && f.dayChange > 0 && hh * 60 + mm < f.dayChange;
  if ((f.dayStart && sameDay < f.dayStart) || (!f.dayStart && beforeDayChange)) {
    return toInstant(zonedToInstant(addDays(dayDate, 1), hhmm, f.timeZone));
  }
  return sameDay;
}

const MAX_DURATION_MINUTES = 7 * 24 * 60;
/** Lengths a session plausibly has, to tell H:MM:SS from D:HH:MM (both have three parts). */
const PLAUSIBLE_MINUTES = { min: 5, max: 24 * 60 - 1 };

/**
 * A duration in minutes from what files write: "0:30" and "01:30" (frab, pretalx), "01:30:00"
 * (H:MM:SS, the frab XSD), "1:02:30" (D:HH:MM, EventFahrplan), or ISO 8601 "PT1H30M" (schedule2,
 * iCalendar). Three-part values are read as H:MM:SS unless only D:HH:MM gives a plausible
 * session length ("0:01:30" is an hour and a half, not ninety seconds).
 */
export function durationMinutes(text: string | undefined): number | null {
  if (!text) return null;
  const t = text.trim();
  let minutes: number | null = null;
  const two = /^(\d{1,3}):(\d{2})$/.exec(t);
  if (two) minutes = Number(two[1]) * 60 + Number(two[2]);
  const three = /^(\d{1,2}):(\d{2}):(\d{1,2})$/.exec(t);
  if (three) {
    const [a, b, c] = [Number(three[1]), Number(three[2]), Number(three[3])];
    const hms = b < 60 && c < 60 ? a * 60 + b + Math.round(c / 60) : null;
    const dhm = b < 24 && c < 60 ? a * 1440 + b * 60 + c : null;
    const plausible = (m: number | null) =>
      m !== null && m >= PLAUSIBLE_MINUTES.min && m <= PLAUSIBLE_MINUTES.max;
    minutes = plausible(hms) || !plausible(dhm) ? hms : dhm;
  }
  const iso = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(t);
  if (iso && t.length > 1 && !/T$/i.test(t)) {
    const [, w = 0, d = 0, h = 0, m = 0, s = 0] = iso;
    minutes = Number(w) * 10080 + Number(d) * 1440 + Number(h) * 60 + Number(m) + Math.round(Number(s) / 60);
  }
  return minutes !== null && minutes <= MAX_DURATION_MINUTES ? minutes : null;
}

/** A `day_change` ("04:00", "09:00:00") as minutes after midnight, or null. */
export function dayChangeMinutes(text: string | undefined): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(text?.trim() ?? '');
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return Number(m[1]) * 60 + Number(m[2]);
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
/** Words by which a file says a link is the recording of this very session. */
const RECORDING =
  /recording|\bvideo\b|vidéo|aufzeichnung|mitschnitt|\bvod\b|enregistrement|grabación|^media$/i;
/** Words that say a video is something else: a trailer, another talk, a channel, a stream. */
const NOT_THE_RECORDING =
  /trailer|teaser|preview|promo|channel|playlist|demo|earlier|previous|related|livestream|live[\s-]?stream|\bstream\b|interview|making[\s-]?of/i;

export interface RawLink {
  url: string | undefined;
  title: string | undefined;
  type: string | undefined;
  /** The file's own field says this is the session's recording (c3voc `recording`/`video`). */
  recording?: boolean;
}

export interface ClassifiedLinks {
  youtube: string | null;
  mediaCccDe: string | null;
  slides: string | null;
  /** The recording on another site (video.fosdem.org, Vimeo...), linked rather than embedded. */
  video: string | null;
  /** Further recording links beyond the first of each kind (other formats of the same video). */
  otherRecordings: number;
  /** Links that are neither the recording nor the slides (trailers, blogs, repositories). */
  plainLinks: number;
}

/** A YouTube address of one video (not a channel, playlist or search). */
function youtubeVideo(url: URL): boolean {
  if (/youtu\.be$/i.test(url.hostname)) return /^\/[\w-]{6,}/.test(url.pathname);
  return (
    (url.pathname === '/watch' && url.searchParams.has('v')) ||
    /^\/(embed|live|shorts|v)\/[\w-]{6,}/.test(url.pathname)
  );
}

/**
 * The session's recording and slides among its links. A link is the recording only when the file
 * says so (a title or type naming the recording or video of the talk, or a recording field), and
 * it points at one video (YouTube and media.ccc.de are embedded; a recording elsewhere, such as
 * video.fosdem.org, is kept as a link); any other link, YouTube or not, is counted as a plain link.
 */
export function classifyLinks(links: RawLink[]): ClassifiedLinks {
  const out: ClassifiedLinks = {
    youtube: null,
    mediaCccDe: null,
    slides: null,
    video: null,
    otherRecordings: 0,
    plainLinks: 0,
  };
  for (const link of links) {
    const href = httpUrl(link.url);
    if (!href) continue;
    const url = new URL(href);
    const label = `${link.type ?? ''} ${link.title ?? ''}`;
    const saysRecording =
      link.recording === true || (RECORDING.test(label) && !NOT_THE_RECORDING.test(label));
    if (saysRecording && YOUTUBE_HOSTS.test(url.hostname) && youtubeVideo(url) && !out.youtube)
      out.youtube = href;
    else if (
      saysRecording &&
      /(^|\.)media\.ccc\.de$/i.test(url.hostname) &&
      /^\/v\/[^/]+/.test(url.pathname) &&
      !out.mediaCccDe
    )
      out.mediaCccDe = href;
    else if (
      saysRecording &&
      !out.video &&
      !YOUTUBE_HOSTS.test(url.hostname) &&
      !/media\.ccc\.de$/i.test(url.hostname)
    )
      out.video = href;
    else if (saysRecording) out.otherRecordings++;
    else if (!saysRecording && SLIDES.test(`${label} ${url.pathname}`) && !out.slides) out.slides = href;
    else out.plainLinks++;
  }
  return out;
}

/** #rrggbb from a colour attribute ("#F9B000", "f9b000"), or null. */
export function hexColor(text: string | undefined): string | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(text?.trim() ?? '');
  return m ? `#${m[1]}` : null;
}
