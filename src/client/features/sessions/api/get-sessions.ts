import { apiPaths } from '@shared/contract/paths';
import { type SessionFilters, type SessionList } from '@shared/contract/session';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiFetch, toQueryString } from '@client/lib/api-client';
import { sessionListWire } from '@client/lib/wire/schedule-wire';

export function getSessions(
  slug: string,
  filters: SessionFilters,
  signal?: AbortSignal,
): Promise<SessionList> {
  return apiFetch(apiPaths.sessions(slug) + toQueryString(filters), sessionListWire, { signal });
}

/** Drops empty filters so `{}` and `{ q: undefined }` share one cache entry. */
function normalize(filters: SessionFilters): SessionFilters {
  return Object.fromEntries(
    Object.entries(filters).filter(([, value]) => value !== undefined && value !== ''),
  ) as SessionFilters;
}

export const sessionsQueryOptions = (slug: string, filters: SessionFilters = {}) => {
  const normalized = normalize(filters);
  return queryOptions({
    queryKey: ['sessions', slug, 'list', normalized],
    queryFn: ({ signal }) => getSessions(slug, normalized, signal),
  });
};

export function useSessions(slug: string, filters: SessionFilters = {}) {
  return useSuspenseQuery(sessionsQueryOptions(slug, filters)).data.sessions;
}
