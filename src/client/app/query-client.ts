import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@client/lib/api-error';

/**
 * A 4xx will answer the same way again; only network trouble and 5xx are worth retrying, and
 * not while the device is offline: the page then says so at once instead of waiting.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) return false;
  if (typeof navigator !== 'undefined' && !navigator.onLine) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Live changes arrive over the stream, so a short staleness only bounds missed events.
        staleTime: 30_000,
        retry: shouldRetry,
        refetchOnWindowFocus: true,
        // Offline, a query with no saved copy fails at once (the page says it needs the network)
        // instead of pausing until the network returns, which left loaders, and so the page,
        // waiting forever. Saved copies are shown either way, and refreshed on reconnect.
        networkMode: 'offlineFirst',
      },
      mutations: { retry: false },
    },
  });
}
