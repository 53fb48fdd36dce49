import { type CheckInListList, checkInListListSchema } from '@shared/contract/check-in';
import { apiPaths } from '@shared/contract/paths';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { checkInKeys } from './keys';

export function getCheckInLists(slug: string, signal?: AbortSignal): Promise<CheckInListList> {
  return apiFetch(apiPaths.checkInLists(slug), checkInListListSchema, { signal });
}

export const checkInListsQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: checkInKeys.lists(slug),
    queryFn: ({ signal }) => getCheckInLists(slug, signal),
    // The desk keeps working offline with the lists it already knows.
    staleTime: 5 * 60_000,
  });

export function useCheckInLists(slug: string) {
  return useQuery(checkInListsQueryOptions(slug));
}
