import { type Conference, type Room, type Track } from '@shared/contract/conference';
import { type Session } from '@shared/contract/session';

/** Resolves a session's room and track ids against its conference. */
export function sessionPlace(conference: Conference, session: Session): { room?: Room; track?: Track } {
  return {
    room: conference.rooms.find((r) => r.id === session.roomId),
    track: conference.tracks.find((t) => t.id === session.trackId),
  };
}
