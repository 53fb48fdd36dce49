import { type Conference, type Session, type SessionFilters } from '@shared/contract';
import { foldText } from '@shared/text/fold';
import { conferenceDayOf } from '@shared/time';

/**
 * The server's session filters, rebuilt over the contract: day by the 04:00 rule in the
 * conference's zone, track and room by slug, type, and q matching every word in the title,
 * speaker names or description. Results come in start order, then by room position.
 */
export function filterSessions(
  conference: Conference,
  sessions: readonly Session[],
  filters: SessionFilters,
): Session[] {
  const trackId = filters.track ? (conference.tracks.find((t) => t.slug === filters.track)?.id ?? '') : null;
  const roomId = filters.room ? (conference.rooms.find((r) => r.slug === filters.room)?.id ?? '') : null;
  const words = filters.q ? foldText(filters.q).split(/\s+/).filter(Boolean) : [];
  const roomPosition = (s: Session) => conference.rooms.find((r) => r.id === s.roomId)?.position ?? Infinity;

  return sessions
    .filter((s) => !filters.day || conferenceDayOf(new Date(s.startsAt), conference.timeZone) === filters.day)
    .filter((s) => trackId === null || s.trackId === trackId)
    .filter((s) => roomId === null || s.roomId === roomId)
    .filter((s) => !filters.type || s.type === filters.type)
    .filter((s) => {
      if (words.length === 0) return true;
      const haystack = foldText([s.title, s.description, ...s.speakers.map((sp) => sp.name)].join(' '));
      return words.every((w) => haystack.includes(w));
    })
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || roomPosition(a) - roomPosition(b));
}
