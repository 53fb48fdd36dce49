import { type CheckInStats, checkInStatsSchema } from '@shared/contract/check-in';
import { apiPaths } from '@shared/contract/paths';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch, toQueryString } from '@client/lib/api-client';
import { checkInKeys } from './keys';

export function getCheckInStats(
  slug: string,
  day: string | null,
  signal?: AbortSignal,
): Promise<CheckInStats> {
  return apiFetch(
    apiPaths.checkInStats(slug) + toQueryString({ day: day ?? undefined }),
    checkInStatsSchema,
    {
      signal,
    },
  );
}

/** Arrival figures for one conference day, or the whole event when `day` is null. */
export const checkInStatsQueryOptions = (slug: string, day: string | null) =>
  queryOptions({
    queryKey: checkInKeys.stats(slug, day),
    queryFn: ({ signal }) => getCheckInStats(slug, day, signal),
    // Fresh figures arrive through the 'arrivals' stream; this only bounds a missed event.
    staleTime: 15_000,
  });

export function useCheckInStats(slug: string, day: string | null) {
  return useQuery({ ...checkInStatsQueryOptions(slug, day), placeholderData: keepPreviousData });
}
