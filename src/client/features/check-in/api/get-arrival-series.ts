import { type ArrivalSeries, arrivalSeriesSchema } from '@shared/contract/desk';
import { apiPaths } from '@shared/contract/paths';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { checkInKeys } from './keys';

export function getArrivalSeries(
  slug: string,
  day: string | null,
  signal?: AbortSignal,
): Promise<ArrivalSeries> {
  return apiFetch(apiPaths.checkInArrivals(slug, day ?? undefined), arrivalSeriesSchema, { signal });
}

/** Admissions per 15 minutes of one day (today's, or the latest, when `day` is null). */
export const arrivalSeriesQueryOptions = (slug: string, day: string | null) =>
  queryOptions({
    queryKey: checkInKeys.arrivals(slug, day),
    queryFn: ({ signal }) => getArrivalSeries(slug, day, signal),
    // The 'arrivals' stream refreshes it; this bounds a missed event.
    staleTime: 15_000,
  });

export function useArrivalSeries(slug: string, day: string | null) {
  return useQuery({ ...arrivalSeriesQueryOptions(slug, day), placeholderData: keepPreviousData });
}
