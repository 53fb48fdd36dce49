import { type Conference } from '@shared/contract/conference';
import { type Session } from '@shared/contract/session';
import { foldText } from '@shared/text/fold';
import { conferenceDayOf } from '@shared/time';
import { formatLanguage } from '@client/lib/format';

/** The videos page's filters, as they stand in the URL (`?q=&day=&track=&lang=`). */
export interface VideoFilters {
  q: string;
  day: string;
  track: string;
  language: string;
}

export function readVideoFilters(search: URLSearchParams): VideoFilters {
  return {
    q: search.get('q') ?? '',
    day: search.get('day') ?? '',
    track: search.get('track') ?? '',
    language: search.get('lang') ?? '',
  };
}

/** The URL key of each filter. */
export const videoFilterParams = { q: 'q', day: 'day', track: 'track', language: 'lang' } as const;

/** How many of the folded-away filters are on (the search box is always in sight). */
export function activeVideoFilters(f: VideoFilters): number {
  return [f.day, f.track, f.language].filter(Boolean).length;
}

function matchesText(session: Session, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const text = foldText(
    `${session.title} ${session.speakers.map((s) => s.name).join(' ')} ${session.description}`,
  );
  return words.every((w) => text.includes(w));
}

export function applyVideoFilters(
  conference: Conference,
  sessions: readonly Session[],
  f: VideoFilters,
): Session[] {
  // A track that is not (or no longer) in the conference filters nothing, as on the schedule.
  const trackId = conference.tracks.find((tr) => tr.slug === f.track)?.id;
  const words = foldText(f.q).split(/\s+/).filter(Boolean);
  return sessions.filter(
    (s) =>
      (!f.day || conferenceDayOf(new Date(s.startsAt), conference.timeZone) === f.day) &&
      (!trackId || s.trackId === trackId) &&
      (!f.language || s.language === f.language) &&
      matchesText(s, words),
  );
}

/**
 * The languages the recordings are in, each with its name in the interface's language, in the
 * order of those names. Taken from the data: a conference adds languages without a code change.
 */
export function recordingLanguages(sessions: readonly Session[]): { tag: string; name: string }[] {
  return [...new Set(sessions.map((s) => s.language))]
    .map((tag) => ({ tag, name: formatLanguage(tag) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
