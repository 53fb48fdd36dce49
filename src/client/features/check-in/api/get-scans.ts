import { type ScanList, type ScanListFilters, scanListSchema } from '@shared/contract/check-in';
import { apiPaths } from '@shared/contract/paths';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch, toQueryString } from '@client/lib/api-client';
import { checkInKeys } from './keys';

export type ScanFilters = Partial<ScanListFilters>;

export function getScans(slug: string, filters: ScanFilters, signal?: AbortSignal): Promise<ScanList> {
  const query = toQueryString({
    listId: filters.listId,
    ticketId: filters.ticketId,
    only: filters.only,
    limit: filters.limit === undefined ? undefined : String(filters.limit),
  });
  return apiFetch(apiPaths.scans(slug) + query, scanListSchema, { signal });
}

export const scansQueryOptions = (slug: string, filters: ScanFilters = {}) =>
  queryOptions({
    queryKey: [...checkInKeys.scans(slug), filters],
    queryFn: ({ signal }) => getScans(slug, filters, signal),
  });

export function useScans(slug: string, filters: ScanFilters = {}) {
  return useQuery(scansQueryOptions(slug, filters));
}
