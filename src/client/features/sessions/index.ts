export { getSessions, sessionsQueryOptions, useSessions } from './api/get-sessions';
export { getSession, sessionQueryOptions, useSession } from './api/get-session';
export { SessionCard } from './components/session-card';
export { TrackLabel } from './components/track-label';
export { sessionPlace } from './lib/session-place';
