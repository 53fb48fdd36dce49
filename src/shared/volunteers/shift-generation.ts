import type { GeneratedShift } from '../contract';
import { toInstant } from '../time';

export interface SessionSlot {
  code: string;
  /** The room's name: it becomes the shift's place. */
  place: string;
  startsAt: string;
  endsAt: string;
}

export interface GenerationOptions {
  minutesBefore: number;
  minutesAfter: number;
  /** Join shifts of one place whose padded times touch or overlap. */
  merge: boolean;
}

/**
 * One shift per session, padded before and after, soonest first. With `merge`, back-to-back
 * sessions in one room become one shift: the team stays in the room between them anyway, and
 * two shifts that touch would be one stint for the sign-up rules.
 */
export function shiftsForSessions(sessions: SessionSlot[], options: GenerationOptions): GeneratedShift[] {
  const padded = sessions
    .map((s) => ({
      place: s.place,
      start: Date.parse(s.startsAt) - options.minutesBefore * 60_000,
      end: Date.parse(s.endsAt) + options.minutesAfter * 60_000,
      sessions: [s.code],
    }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.place.localeCompare(b.place) || a.start - b.start || a.end - b.end);
  const out: typeof padded = [];
  for (const s of padded) {
    const last = out.at(-1);
    if (options.merge && last && last.place === s.place && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
      last.sessions.push(...s.sessions);
    } else {
      out.push({ ...s, sessions: [...s.sessions] });
    }
  }
  return out
    .sort((a, b) => a.start - b.start || a.place.localeCompare(b.place))
    .map((s) => ({
      place: s.place,
      startsAt: toInstant(new Date(s.start)),
      endsAt: toInstant(new Date(s.end)),
      sessions: s.sessions,
    }));
}
