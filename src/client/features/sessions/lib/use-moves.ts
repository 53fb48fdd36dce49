import { type Conference } from '@shared/contract/conference';
import { foldChanges } from '@shared/schedule-changes';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { scheduleChangesQueryOptions } from '../api/get-schedule-changes';
import { moveNote } from './move-note';

/**
 * "Moved from …" per session code, for the moves published after the version this device last
 * saw; nothing to ask when it saw the current one (or none yet: a newcomer has nothing to update).
 */
export function useMoves(conference: Conference, seenVersion: number | undefined, zone: string) {
  const since = seenVersion ?? conference.scheduleVersion;
  const changes = useQuery({
    ...scheduleChangesQueryOptions(conference.slug, since),
    enabled: since < conference.scheduleVersion,
  }).data;
  return useMemo(() => {
    const moves = new Map<string, string>();
    if (!changes || since >= conference.scheduleVersion) return moves;
    for (const [code, change] of foldChanges(changes.changes)) {
      const note = moveNote(change, conference, zone);
      if (note) moves.set(code, note);
    }
    return moves;
  }, [changes, since, conference, zone]);
}
