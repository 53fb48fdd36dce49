import { apiPaths } from '@shared/contract/paths';
import { type TicketTypeList, ticketTypeListSchema } from '@shared/contract/ticket';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { ticketKeys } from './keys';

export function getTicketTypes(slug: string, signal?: AbortSignal): Promise<TicketTypeList> {
  return apiFetch(apiPaths.ticketTypes(slug), ticketTypeListSchema, { signal });
}

/** The desk maps a QR code's type number to its type offline with these. */
export const ticketTypesQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ticketKeys.types(slug),
    queryFn: ({ signal }) => getTicketTypes(slug, signal),
    staleTime: 5 * 60_000,
  });

export function useTicketTypes(slug: string) {
  return useQuery(ticketTypesQueryOptions(slug));
}
