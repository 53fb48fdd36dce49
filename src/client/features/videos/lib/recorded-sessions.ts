import { type Session } from '@shared/contract/session';

/** Sessions with a published recording, newest first: people come here for what just ended. */
export function recordedSessions(sessions: readonly Session[]): Session[] {
  return sessions
    .filter(
      (s) =>
        !s.recordingOptOut && (s.links.youtube !== null || s.links.mediaCccDe !== null || !!s.links.video),
    )
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
}
