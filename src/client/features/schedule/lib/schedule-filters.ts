import { type Conference } from '@shared/contract/conference';
import { type Session } from '@shared/contract/session';
import { foldText } from '@shared/text/fold';

/** The schedule's filters, as they live in the URL so a filtered view can be shared. */
export interface ScheduleFilters {
  tracks: string[];
  room: string | null;
  type: string | null;
  language: string | null;
  recorded: boolean;
  q: string;
}

export const FILTER_PARAMS = ['track', 'room', 'type', 'lang', 'rec', 'q'] as const;

export function readFilters(search: URLSearchParams): ScheduleFilters {
  return {
    tracks: search.getAll('track').filter(Boolean),
    room: search.get('room') || null,
    type: search.get('type') || null,
    language: search.get('lang') || null,
    recorded: search.get('rec') === '1',
    q: search.get('q') ?? '',
  };
}

/** Writes `filters` into a copy of `search`, keeping unrelated params (day, view). */
export function writeFilters(search: URLSearchParams, filters: ScheduleFilters): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const key of FILTER_PARAMS) next.delete(key);
  for (const track of filters.tracks) next.append('track', track);
  if (filters.room) next.set('room', filters.room);
  if (filters.type) next.set('type', filters.type);
  if (filters.language) next.set('lang', filters.language);
  if (filters.recorded) next.set('rec', '1');
  if (filters.q) next.set('q', filters.q);
  return next;
}

export function activeFilterCount(f: ScheduleFilters): number {
  return f.tracks.length + (f.room ? 1 : 0) + (f.type ? 1 : 0) + (f.language ? 1 : 0) + (f.recorded ? 1 : 0);
}

export const hasRecording = (s: Session) =>
  !s.recordingOptOut && (s.links.youtube !== null || s.links.mediaCccDe !== null || !!s.links.video);

// One haystack per session object: the list is immutable between fetches, so a WeakMap keyed by
// the session is a cache that empties itself when a refetch replaces the data.
const haystacks = new WeakMap<Session, string>();
function haystack(s: Session): string {
  let text = haystacks.get(s);
  if (text === undefined) {
    text = foldText(`${s.title}\n${s.speakers.map((p) => p.name).join('\n')}\n${s.description}`);
    haystacks.set(s, text);
  }
  return text;
}

/** Every word of the query must appear in title, speakers or description. */
export function matchesQuery(session: Session, q: string): boolean {
  const words = foldText(q).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = haystack(session);
  return words.every((w) => text.includes(w));
}

/** Applies the filters to sessions; track and room come as slugs and resolve through the conference. */
export function applyFilters(
  conference: Conference,
  sessions: readonly Session[],
  f: ScheduleFilters,
): Session[] {
  const trackIds = new Set(conference.tracks.filter((t) => f.tracks.includes(t.slug)).map((t) => t.id));
  const roomId = f.room ? (conference.rooms.find((r) => r.slug === f.room)?.id ?? '') : null;
  return sessions.filter(
    (s) =>
      (f.tracks.length === 0 || (s.trackId !== null && trackIds.has(s.trackId))) &&
      (roomId === null || s.roomId === roomId) &&
      (f.type === null || s.type === f.type) &&
      (f.language === null || s.language === f.language) &&
      (!f.recorded || hasRecording(s)) &&
      matchesQuery(s, f.q),
  );
}
