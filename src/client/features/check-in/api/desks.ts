import { type DeskHeartbeat, type DeskStatusList, deskStatusListSchema } from '@shared/contract/desk';
import { apiPaths } from '@shared/contract/paths';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from '@client/lib/api-client';
import { checkInKeys } from './keys';

/** The heartbeat answers 204: nothing to parse. */
const nothing = z.undefined();

export function postHeartbeat(slug: string, beat: DeskHeartbeat, signal?: AbortSignal): Promise<undefined> {
  return apiFetch(apiPaths.checkInDesks(slug), nothing, { method: 'POST', json: beat, signal });
}

export function getDesks(slug: string, signal?: AbortSignal): Promise<DeskStatusList> {
  return apiFetch(apiPaths.checkInDesks(slug), deskStatusListSchema, { signal });
}

/** How often the dashboard asks again: a desk that went silent sends no event to say so. */
export const DESKS_REFRESH_MS = 10_000;

export const desksQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: checkInKeys.desks(slug),
    queryFn: ({ signal }) => getDesks(slug, signal),
    refetchInterval: DESKS_REFRESH_MS,
  });

export function useDesks(slug: string) {
  return useQuery(desksQueryOptions(slug));
}
