import { apiPaths } from '@shared/contract/paths';
import { type ScheduleChanges } from '@shared/contract/schedule-changes';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { scheduleChangesWire } from '@client/lib/wire/schedule-wire';

export function getScheduleChanges(
  slug: string,
  since: number,
  code?: string,
  signal?: AbortSignal,
): Promise<ScheduleChanges> {
  return apiFetch(apiPaths.scheduleChanges(slug, since, code), scheduleChangesWire, { signal });
}

/** The changelog after `since`, optionally of one session; the 'sessions' topic refreshes it. */
export const scheduleChangesQueryOptions = (slug: string, since: number, code?: string) =>
  queryOptions({
    queryKey: ['sessions', slug, 'changes', since, code ?? null],
    queryFn: ({ signal }) => getScheduleChanges(slug, since, code, signal),
  });
