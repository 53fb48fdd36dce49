import { type DeskTicketIndex, deskTicketIndexSchema } from '@shared/contract/desk';
import { apiPaths } from '@shared/contract/paths';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { ticketKeys } from './keys';

export function getTicketIndex(slug: string, signal?: AbortSignal): Promise<DeskTicketIndex> {
  return apiFetch(apiPaths.checkInTicketIndex(slug), deskTicketIndexSchema, { signal });
}

/**
 * Every ticket, compact, for searching offline. The 'tickets' stream topic refreshes it when
 * tickets change; it is never retried hard, the desk keeps its last copy meanwhile.
 */
export const ticketIndexQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ticketKeys.index(slug),
    queryFn: ({ signal }) => getTicketIndex(slug, signal),
    staleTime: 5 * 60_000,
    retry: 1,
  });

export function useTicketIndex(slug: string) {
  return useQuery(ticketIndexQueryOptions(slug));
}
