import { type Conference, type Room } from '@shared/contract/conference';
import { type Session } from '@shared/contract/session';
import { isRunning } from '@client/lib/session-time';

export interface RoomNow {
  room: Room;
  current: Session | null;
  next: Session | null;
}

/**
 * For each room (in the conference's order): what runs there now and what starts next.
 * Cancelled sessions are left out; rooms with nothing now or later drop out.
 */
export function nowAndNext(conference: Conference, sessions: readonly Session[], now: Date): RoomNow[] {
  const t = now.getTime();
  const live = sessions.filter((s) => s.status !== 'cancelled');
  return [...conference.rooms]
    .sort((a, b) => a.position - b.position)
    .map((room) => {
      const here = live.filter((s) => s.roomId === room.id);
      const current = here.find((s) => isRunning(s, now)) ?? null;
      const next =
        here
          .filter((s) => Date.parse(s.startsAt) > t)
          .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0] ?? null;
      return { room, current, next };
    })
    .filter((r) => r.current !== null || r.next !== null);
}
