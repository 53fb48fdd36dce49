import { type QueryClient } from '@tanstack/react-query';
import { serverOffset, setServerOffset } from '../server-clock';

/**
 * Keeps the attendee's data on the device so the schedule opens in airplane mode: every query
 * holding data is written to localStorage (throttled) and read back before the first render.
 * Only public conference data is kept (no accounts, no staff data), each copy for at most a
 * week, and a new app version starts afresh (the buster), since the data's shape may have
 * changed with it. Hand-written rather than a persister package: it is the first screen's code.
 *
 * A copy is never lost to the way it was used: a restored list whose refresh failed offline is
 * in the `error` state but still holds the last known data, so it is saved like a fresh one; a
 * query the cache dropped keeps its saved copy until that copy is a week old; and the families
 * kept here stay in memory as long as they may stay on the device.
 */
export const PERSIST_KEY = 'lanyard:query-cache';
export const MAX_AGE_MS = 7 * 24 * 3600_000;
const PERSISTED_FAMILIES = new Set(['conference', 'conferences', 'sessions', 'speakers', 'sponsors']);

interface PersistedQuery {
  queryKey: readonly unknown[];
  data: unknown;
  updatedAt: number;
}

interface Persisted {
  buster: string;
  savedAt: number;
  /** The server clock's offset, so "now" stays the server's even before the first answer. */
  clockOffset: number;
  queries: PersistedQuery[];
}

export const isPersistedKey = (key: readonly unknown[]) => PERSISTED_FAMILIES.has(String(key[0]));

/** The saved copy when it is this version's and readable; otherwise none (and storage is cleared). */
function readSaved(buster: string, now: number): Persisted | null {
  try {
    const raw = localStorage.getItem(PERSIST_KEY);
    if (!raw) return null;
    const saved = JSON.parse(raw) as Persisted;
    if (saved.buster !== buster || now - saved.savedAt > MAX_AGE_MS || !Array.isArray(saved.queries)) {
      localStorage.removeItem(PERSIST_KEY);
      return null;
    }
    saved.queries = saved.queries.filter(
      (q) => Array.isArray(q.queryKey) && isPersistedKey(q.queryKey) && now - q.updatedAt <= MAX_AGE_MS,
    );
    return saved;
  } catch {
    localStorage.removeItem(PERSIST_KEY);
    return null;
  }
}

const keyOf = (key: readonly unknown[]) => JSON.stringify(key);

export function restoreQueries(queryClient: QueryClient, buster: string, now = Date.now()): void {
  const saved = readSaved(buster, now);
  if (!saved) return;
  try {
    setServerOffset(saved.clockOffset ?? 0);
    for (const q of saved.queries) {
      if (queryClient.getQueryData(q.queryKey) === undefined) {
        queryClient.setQueryData(q.queryKey, q.data, { updatedAt: q.updatedAt });
        // Shown at once, but revalidated when first used: a reload must not trust a copy saved
        // seconds before a change it has not seen (an unchanged copy costs a 304).
        void queryClient.invalidateQueries({ queryKey: q.queryKey, exact: true, refetchType: 'none' });
      }
    }
  } catch {
    localStorage.removeItem(PERSIST_KEY);
  }
}

export function saveQueries(queryClient: QueryClient, buster: string, now = Date.now()): void {
  const inCache = queryClient
    .getQueryCache()
    .getAll()
    // Any query holding data, whatever its status: a failed refresh keeps the last known copy.
    .filter((q) => q.state.data !== undefined && isPersistedKey(q.queryKey))
    .map((q) => ({ queryKey: q.queryKey, data: q.state.data, updatedAt: q.state.dataUpdatedAt }));
  const kept = new Set(inCache.map((q) => keyOf(q.queryKey)));
  // Copies this tab does not hold (dropped from memory, or saved by another tab) stay saved.
  const earlier = (readSaved(buster, now)?.queries ?? []).filter((q) => !kept.has(keyOf(q.queryKey)));
  const queries = [...inCache, ...earlier];
  const value: Persisted = { buster, savedAt: now, clockOffset: serverOffset(), queries };
  try {
    localStorage.setItem(PERSIST_KEY, JSON.stringify(value));
  } catch {
    // Storage full or disabled (private mode): the app still works online.
  }
}

/** Restores the cache now, then saves it a second after each change settles. Returns the unsubscribe. */
export function persistQueries(queryClient: QueryClient, buster: string): () => void {
  // In memory as long as on the device: a page left open all day still has the schedule.
  for (const family of PERSISTED_FAMILIES) queryClient.setQueryDefaults([family], { gcTime: MAX_AGE_MS });
  restoreQueries(queryClient, buster);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success' || !isPersistedKey(event.query.queryKey))
      return;
    clearTimeout(timer);
    timer = setTimeout(() => saveQueries(queryClient, buster), 1000);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
