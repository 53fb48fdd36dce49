import { type Session } from '@shared/contract/session';
import { type SeenSnapshot } from '../my-schedule-store';

export type Change = 'new' | 'changed';

/**
 * What changed since the attendee last looked: sessions missing from the snapshot are new,
 * those with another updatedAt moved, were cancelled or were edited. No snapshot, no marks.
 */
export function changesSince(seen: SeenSnapshot | null, sessions: readonly Session[]): Map<string, Change> {
  const changes = new Map<string, Change>();
  if (!seen) return changes;
  for (const s of sessions) {
    const before = seen.updatedAt[s.code];
    if (before === undefined) changes.set(s.code, 'new');
    else if (before !== s.updatedAt) changes.set(s.code, 'changed');
  }
  return changes;
}

export function snapshotOf(version: number, sessions: readonly Session[]): SeenSnapshot {
  return { version, updatedAt: Object.fromEntries(sessions.map((s) => [s.code, s.updatedAt])) };
}

/** Changed sessions with the starred ones first, then by start time. */
export function orderChanges(
  changes: ReadonlyMap<string, Change>,
  sessions: readonly Session[],
  starred: readonly string[],
): Session[] {
  const mine = new Set(starred);
  return sessions
    .filter((s) => changes.has(s.code))
    .sort(
      (a, b) => Number(mine.has(b.code)) - Number(mine.has(a.code)) || a.startsAt.localeCompare(b.startsAt),
    );
}
