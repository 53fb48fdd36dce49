export { getSessions, sessionsQueryOptions, useSessions } from './api/get-sessions';
export { getSession, sessionQueryOptions, useSession } from './api/get-session';
export { SessionCard } from './components/session-card';
export { MovedBadge, StatusBadges, type SessionChange } from './components/status-badges';
export { useMoves } from './lib/use-moves';
export { TrackLabel } from './components/track-label';
export { sessionPlace } from './lib/session-place';
export { sessionTypeLabel } from './lib/session-type-label';
