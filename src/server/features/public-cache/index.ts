import type { AppDeps } from '../../deps';
import { PublicReadCache } from './cache';

export { PublicReadCache, PUBLIC_TOPICS, type CachedAnswer, type ReadCacheStats } from './cache';
export { CDN_CACHE_CONTROL, nodeFastPath, PUBLIC_CACHE_CONTROL, publicReads } from './middleware';

/** 64 MB: a 1,000-session edition with every answer cached holds about 10 MB (README, bench). */
export const DEFAULT_READ_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * The read cache of one app: `deps.readCache` when given (tests, bench), none when false or
 * when the bus cannot tell it about changes, otherwise a new one. It hears every change on
 * the bus (every process's, through LISTEN/NOTIFY on Postgres) for as long as the bus lives.
 */
export function readCacheFor(deps: AppDeps): PublicReadCache | undefined {
  if (deps.readCache === false || !deps.bus.watch) return undefined;
  const cache = deps.readCache ?? new PublicReadCache(DEFAULT_READ_CACHE_BYTES);
  deps.bus.watch((slug, event) => cache.changed(slug, event.topic));
  return cache;
}
