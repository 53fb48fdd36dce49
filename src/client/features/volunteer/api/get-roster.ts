import { apiPaths } from '@shared/contract/paths';
import { type Roster, rosterSchema } from '@shared/contract/shift';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { shiftKeys } from './keys';

export function getRoster(slug: string, shiftId: string, signal?: AbortSignal): Promise<Roster> {
  return apiFetch(apiPaths.shiftRoster(slug, shiftId), rosterSchema, { signal });
}

export const rosterQueryOptions = (slug: string, shiftId: string) =>
  queryOptions({
    queryKey: shiftKeys.roster(slug, shiftId),
    queryFn: ({ signal }) => getRoster(slug, shiftId, signal),
  });

export function useRoster(slug: string, shiftId: string) {
  return useQuery(rosterQueryOptions(slug, shiftId));
}
