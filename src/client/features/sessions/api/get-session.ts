import { apiPaths } from '@shared/contract/paths';
import { type Session } from '@shared/contract/session';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { sessionWire } from '@client/lib/wire/schedule-wire';

export function getSession(slug: string, code: string, signal?: AbortSignal): Promise<Session> {
  return apiFetch(apiPaths.session(slug, code), sessionWire, { signal });
}

export const sessionQueryOptions = (slug: string, code: string) =>
  queryOptions({
    queryKey: ['sessions', slug, 'detail', code],
    queryFn: ({ signal }) => getSession(slug, code, signal),
  });

export function useSession(slug: string, code: string) {
  return useSuspenseQuery(sessionQueryOptions(slug, code)).data;
}
