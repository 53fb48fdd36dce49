import { type Session } from '@shared/contract/session';
import { conferenceDayBounds } from '@shared/time';

/** The sessions of one conference day (04:00 to 04:00 local), by instant comparison only. */
export function sessionsOnDay(sessions: readonly Session[], date: string, timeZone: string): Session[] {
  const { start, end } = conferenceDayBounds(date, timeZone);
  const from = start.getTime();
  const to = end.getTime();
  return sessions.filter((s) => {
    const at = Date.parse(s.startsAt);
    return at >= from && at < to;
  });
}
