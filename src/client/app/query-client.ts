import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@client/lib/api-error';

/** A 4xx will answer the same way again; only network trouble and 5xx are worth retrying. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) return false;
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
      },
      mutations: { retry: false },
    },
  });
}
