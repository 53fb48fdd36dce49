import { apiPaths } from '@shared/contract/paths';
import { scheduleDraftSchema, type ScheduleDraft } from '@shared/contract/schedule-changes';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';

export function getScheduleDraft(slug: string, signal?: AbortSignal): Promise<ScheduleDraft> {
  return apiFetch(apiPaths.scheduleDraft(slug), scheduleDraftSchema, { signal });
}

/** Under the 'sessions' family, so the stream's 'sessions' topic refreshes it too. */
export const scheduleDraftQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['sessions', slug, 'draft'],
    queryFn: ({ signal }) => getScheduleDraft(slug, signal),
  });

export function useScheduleDraft(slug: string) {
  return useSuspenseQuery(scheduleDraftQueryOptions(slug)).data;
}
