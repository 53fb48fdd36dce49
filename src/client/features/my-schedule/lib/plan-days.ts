import { type Session } from '@shared/contract/session';
import { conferenceDayOf } from '@shared/time';

export interface PlanItem {
  session: Session;
  /** Other starred sessions running at the same time (cancelled ones do not count). */
  overlaps: Session[];
  /** Free minutes between the end of everything before and this start; 0 when back to back. */
  gapBeforeMinutes: number;
}

export interface PlanDay {
  date: string;
  items: PlanItem[];
}

const start = (s: Session) => Date.parse(s.startsAt);
const end = (s: Session) => Date.parse(s.endsAt);

/** Starred sessions by conference day, in time order, with overlaps and the gaps between them. */
export function planDays(sessions: readonly Session[], timeZone: string): PlanDay[] {
  const sorted = [...sessions].sort(
    (a, b) => a.startsAt.localeCompare(b.startsAt) || a.endsAt.localeCompare(b.endsAt),
  );
  const days = new Map<string, Session[]>();
  for (const s of sorted) {
    const date = conferenceDayOf(new Date(s.startsAt), timeZone);
    days.set(date, [...(days.get(date) ?? []), s]);
  }
  return [...days].map(([date, list]) => {
    const active = list.filter((s) => s.status !== 'cancelled');
    let busyUntil = -Infinity;
    const items = list.map((session) => {
      const overlaps =
        session.status === 'cancelled'
          ? []
          : active.filter((o) => o !== session && start(o) < end(session) && start(session) < end(o));
      const gap =
        busyUntil === -Infinity ? 0 : Math.max(0, Math.round((start(session) - busyUntil) / 60_000));
      if (session.status !== 'cancelled') busyUntil = Math.max(busyUntil, end(session));
      return { session, overlaps, gapBeforeMinutes: gap };
    });
    return { date, items };
  });
}

/** Codes from a share link (`?codes=A,B`), cleaned of anything that cannot be a session code. */
export function parseSharedCodes(value: string | null): string[] {
  if (!value) return [];
  return [
    ...new Set(
      value
        .split(',')
        .map((c) => c.trim())
        .filter((c) => /^[A-Za-z0-9_-]{1,32}$/.test(c)),
    ),
  ];
}
