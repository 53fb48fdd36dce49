import { type Room } from '@shared/contract/conference';
import { type Session } from '@shared/contract/session';

export interface TimeSlot {
  startsAt: string;
  sessions: Session[];
}

/**
 * Sessions in start order, grouped by identical start instants (rooms in parallel). Within a
 * slot, sessions follow the conference's room order (as Now & next and the grid show them), so
 * a room keeps its place from slot to slot; sessions without a room come last, then by title.
 */
export function groupByStart(sessions: readonly Session[], rooms: readonly Room[]): TimeSlot[] {
  const rank = new Map(rooms.map((room) => [room.id, room.position]));
  const roomRank = (s: Session) => (s.roomId === null ? undefined : rank.get(s.roomId)) ?? Infinity;
  const sorted = [...sessions].sort(
    (a, b) =>
      a.startsAt.localeCompare(b.startsAt) || roomRank(a) - roomRank(b) || a.title.localeCompare(b.title),
  );
  const slots: TimeSlot[] = [];
  for (const session of sorted) {
    const last = slots[slots.length - 1];
    if (last && last.startsAt === session.startsAt) last.sessions.push(session);
    else slots.push({ startsAt: session.startsAt, sessions: [session] });
  }
  return slots;
}
