import { type Conference } from '@shared/contract/conference';
import { apiPaths } from '@shared/contract/paths';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { conferenceWire } from '@client/lib/wire/schedule-wire';

export function getConference(slug: string, signal?: AbortSignal): Promise<Conference> {
  return apiFetch(apiPaths.conference(slug), conferenceWire, { signal });
}

export const conferenceQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['conference', slug],
    queryFn: ({ signal }) => getConference(slug, signal),
    // Rooms, days and tracks rarely change; the stream invalidates the key when they do.
    staleTime: 5 * 60_000,
  });

export function useConference(slug: string) {
  return useSuspenseQuery(conferenceQueryOptions(slug)).data;
}
