import { apiPaths } from '@shared/contract/paths';
import { type RevocationList, revocationListSchema } from '@shared/contract/ticket';
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { ticketKeys } from './keys';

export function getRevocations(slug: string, since?: string, signal?: AbortSignal): Promise<RevocationList> {
  return apiFetch(apiPaths.checkInRevocations(slug, since), revocationListSchema, { signal });
}

/** Later entries replace earlier ones of the same ticket; tickets back to plain valid drop out. */
export function mergeRevocations(previous: RevocationList | undefined, next: RevocationList): RevocationList {
  if (!previous) return next;
  const byTicket = new Map(previous.entries.map((e) => [e.ticketId, e]));
  for (const entry of next.entries) byTicket.set(entry.ticketId, entry);
  const entries = [...byTicket.values()].filter((e) => e.status !== 'valid' || e.note !== null);
  return { entries, asOf: next.asOf };
}

/**
 * The desk's copy of the tickets it must not admit on signature alone. After the first load
 * only what changed since is fetched and merged into the cached copy.
 */
export const revocationsQueryOptions = (slug: string, queryClient: QueryClient) =>
  queryOptions({
    queryKey: ticketKeys.revocations(slug),
    queryFn: async ({ signal }) => {
      const previous = queryClient.getQueryData<RevocationList>(ticketKeys.revocations(slug));
      return mergeRevocations(previous, await getRevocations(slug, previous?.asOf, signal));
    },
    staleTime: 60_000,
    refetchInterval: 60_000,
  });

export function useRevocations(slug: string, queryClient: QueryClient) {
  return useQuery(revocationsQueryOptions(slug, queryClient));
}
