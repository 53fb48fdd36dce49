import { type Conference } from '@shared/contract/conference';
import { type Session } from '@shared/contract/session';
import { useEffect, useMemo } from 'react';
import { useMySchedule, useSeenSnapshot } from '../my-schedule-store';
import { changesSince, snapshotOf } from './changes';

/**
 * The changes since the last look, and a way to mark them seen. The first visit takes a
 * snapshot silently: everything is "new" to a newcomer, which says nothing.
 */
export function useScheduleChanges(conference: Conference, sessions: readonly Session[]) {
  const seen = useSeenSnapshot(conference.slug);
  const markSeen = useMySchedule((s) => s.markSeen);
  const changes = useMemo(() => changesSince(seen, sessions), [seen, sessions]);
  useEffect(() => {
    if (!seen && sessions.length > 0)
      markSeen(conference.slug, snapshotOf(conference.scheduleVersion, sessions));
  }, [seen, sessions, conference.slug, conference.scheduleVersion, markSeen]);
  return {
    changes,
    markAllSeen: () => markSeen(conference.slug, snapshotOf(conference.scheduleVersion, sessions)),
  };
}
