import type { Conference } from '@shared/contract/conference';
import { apiPaths } from '@shared/contract/paths';
import type { SessionList } from '@shared/contract/session';
import { applySchedulePatch, sessionListDigest } from '@shared/schedule-changes/patch';
import { hashKey, type QueryClient } from '@tanstack/react-query';
import { apiFetch } from '../api-client';
import { scheduleChangesWire } from '../wire/schedule-wire';

/**
 * The key of the whole session list, as `sessionsQueryOptions(slug)` names it (no filters):
 * the copy a publish patches. Filtered lists and session pages are refetched instead.
 */
export const fullSessionListKey = (slug: string) => ['sessions', slug, 'list', {}] as const;

/** The key `scheduleChangesQueryOptions(slug, since)` gives the changelog since a version. */
const changesKey = (slug: string, since: number) => ['sessions', slug, 'changes', since, null] as const;

/**
 * - `patched`: the list (and the conference's version) now hold the current schedule;
 * - `current`: the list was already as new as the publish (a refetch got there first);
 * - `refetch`: no patch fits (no list held, too far behind, a change the patch cannot show,
 *   an error): the caller invalidates the list and it is fetched whole.
 */
export type CatchUpOutcome = 'patched' | 'current' | 'refetch';

/**
 * Brings the held session list to the current schedule version with the changes published
 * since its own version (one small answer the server keeps in memory for everyone at that
 * version) instead of the whole list (docs/decisions/0018-publish-storm.md). `target` is the
 * version a publish announced; without one (after a reconnect) the server says what is current.
 */
export async function catchUpSchedule(
  queryClient: QueryClient,
  slug: string,
  target?: number,
): Promise<CatchUpOutcome> {
  const key = fullSessionListKey(slug);
  const held = queryClient.getQueryData<SessionList>(key);
  if (!held || typeof held.scheduleVersion !== 'number') return 'refetch';
  if (target !== undefined && held.scheduleVersion >= target) return 'current';
  let answer;
  try {
    answer = await apiFetch(apiPaths.scheduleChanges(slug, held.scheduleVersion), scheduleChangesWire);
  } catch {
    return 'refetch';
  }
  const now = queryClient.getQueryData<SessionList>(key);
  // A refetch landed while we asked: keep it if it is as new as the answer.
  if (now !== held) return now && now.scheduleVersion >= answer.scheduleVersion ? 'current' : 'refetch';
  const { patch } = answer;
  if (!patch) return 'refetch';
  const sessions = applySchedulePatch(held.sessions, patch);
  // A different digest means a change no version records (a speaker renamed) or a publish
  // that landed between the server reading the changes and the list: the list is refetched.
  if (!sessions || sessionListDigest(sessions) !== patch.digest) return 'refetch';
  const version = answer.scheduleVersion;
  if (version > held.scheduleVersion || patch.sessions.length + patch.removed.length > 0)
    queryClient.setQueryData<SessionList>(key, { scheduleVersion: version, sessions });
  // The schedule's "moved" marks read the same changelog: they need not ask again.
  queryClient.setQueryData(changesKey(slug, held.scheduleVersion), answer);
  // A publish moves only the conference's version and the session types in use.
  queryClient.setQueryData<Conference>(['conference', slug], (conference) =>
    conference && conference.scheduleVersion < version
      ? { ...conference, scheduleVersion: version, sessionTypes: patch.sessionTypes }
      : conference,
  );
  return 'patched';
}

/**
 * Marks the session queries stale but those a catch-up just wrote (the whole list, the
 * changelog since its old version): pages open now refetch theirs (a session's page).
 */
export function invalidateAllButList(queryClient: QueryClient, slug: string, since = Date.now()) {
  const list = hashKey(fullSessionListKey(slug));
  return queryClient.invalidateQueries({
    queryKey: ['sessions', slug],
    predicate: (query) =>
      query.queryHash !== list && !(query.queryKey[2] === 'changes' && query.state.dataUpdatedAt >= since),
  });
}
