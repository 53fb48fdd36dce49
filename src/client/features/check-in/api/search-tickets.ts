import { apiPaths } from '@shared/contract/paths';
import { TICKET_SEARCH_MIN, type TicketList, ticketListSchema } from '@shared/contract/ticket';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch, toQueryString } from '@client/lib/api-client';
import { ticketKeys } from './keys';

const RESULTS = 8;

export function searchTickets(slug: string, q: string, signal?: AbortSignal): Promise<TicketList> {
  return apiFetch(apiPaths.tickets(slug) + toQueryString({ q, limit: String(RESULTS) }), ticketListSchema, {
    signal,
  });
}

export const ticketSearchQueryOptions = (slug: string, q: string) => {
  const text = q.trim();
  return queryOptions({
    queryKey: ticketKeys.search(slug, text),
    queryFn: ({ signal }) => searchTickets(slug, text, signal),
    enabled: text.length >= TICKET_SEARCH_MIN,
    staleTime: 10_000,
  });
};

/** Searches by name, email or order code from three characters; earlier results stay while typing. */
export function useTicketSearch(slug: string, q: string) {
  return useQuery({ ...ticketSearchQueryOptions(slug, q), placeholderData: keepPreviousData });
}
