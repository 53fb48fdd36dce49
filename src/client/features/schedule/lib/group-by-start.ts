import { type Session } from '@shared/contract/session';

export interface TimeSlot {
  startsAt: string;
  sessions: Session[];
}

/** Sessions in start order, grouped by identical start instants (rooms in parallel). */
export function groupByStart(sessions: readonly Session[]): TimeSlot[] {
  const sorted = [...sessions].sort(
    (a, b) => a.startsAt.localeCompare(b.startsAt) || a.title.localeCompare(b.title),
  );
  const slots: TimeSlot[] = [];
  for (const session of sorted) {
    const last = slots[slots.length - 1];
    if (last && last.startsAt === session.startsAt) last.sessions.push(session);
    else slots.push({ startsAt: session.startsAt, sessions: [session] });
  }
  return slots;
}
