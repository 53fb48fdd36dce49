import { apiPaths } from '@shared/contract/paths';
import {
  type TicketList,
  ticketListSchema,
  type TicketSortDirection,
  type TicketSortKey,
  type TicketStatus,
} from '@shared/contract/ticket';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { ticketKeys } from '@client/features/check-in';
import { apiFetch, toQueryString } from '@client/lib/api-client';

export const TICKET_PAGE_SIZE = 20;

export interface TicketPageFilters {
  q: string;
  status: TicketStatus | '';
  page: number;
  /** The wide table's sort; the phone's card list keeps the default (holder, A to Z). */
  sort?: TicketSortKey;
  dir?: TicketSortDirection;
}

/** Under ['tickets', slug], so the 'tickets' stream topic refreshes the organizer's list too. */
export const ticketAdminKeys = {
  list: (slug: string, filters: TicketPageFilters) =>
    [...ticketKeys.all(slug), 'admin-list', filters] as const,
};

export function getTicketPage(
  slug: string,
  filters: TicketPageFilters,
  signal?: AbortSignal,
): Promise<TicketList> {
  const query = toQueryString({
    // The API refuses a search under three characters; shorter text lists everything.
    q: filters.q.trim().length >= 3 ? filters.q.trim() : undefined,
    status: filters.status || undefined,
    limit: String(TICKET_PAGE_SIZE),
    offset: String(filters.page * TICKET_PAGE_SIZE),
    sort: filters.sort && filters.sort !== 'holder' ? filters.sort : undefined,
    dir: filters.dir === 'desc' ? 'desc' : undefined,
  });
  return apiFetch(apiPaths.tickets(slug) + query, ticketListSchema, { signal });
}

export const ticketPageQueryOptions = (slug: string, filters: TicketPageFilters) => {
  const { sort, dir, ...rest } = filters;
  // The default sort (holder, A to Z) shares the cache entry the loader filled.
  const normalized: TicketPageFilters = {
    ...rest,
    q: filters.q.trim().length >= 3 ? filters.q.trim() : '',
    ...(sort && sort !== 'holder' ? { sort } : {}),
    ...(dir === 'desc' ? { dir } : {}),
  };
  return queryOptions({
    queryKey: ticketAdminKeys.list(slug, normalized),
    queryFn: ({ signal }) => getTicketPage(slug, normalized, signal),
  });
};

/** Earlier results stay on screen while the next page or search loads. */
export function useTicketPage(slug: string, filters: TicketPageFilters) {
  return useQuery({ ...ticketPageQueryOptions(slug, filters), placeholderData: keepPreviousData });
}
