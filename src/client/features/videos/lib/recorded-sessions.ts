import { type Session } from '@shared/contract/session';

/**
 * Sessions with a published recording that have ended, newest first: people come here for what
 * they missed. A talk still to come can already carry a link (a livestream page, a premiere
 * scheduled on the video site, an import that copied last year's links); listing it here would
 * promise a recording that does not exist yet, so upcoming talks stay on the schedule and their
 * own page, and appear here the minute they end.
 */
export function recordedSessions(sessions: readonly Session[], now: Date): Session[] {
  const nowMs = now.getTime();
  return sessions
    .filter(
      (s) =>
        !s.recordingOptOut &&
        Date.parse(s.endsAt) <= nowMs &&
        (s.links.youtube !== null || s.links.mediaCccDe !== null || !!s.links.video),
    )
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
}
