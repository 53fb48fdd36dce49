import { apiPaths } from '@shared/contract/paths';
import { type HolderTicket, holderTicketSchema } from '@shared/contract/ticket';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';

const SAVED_PREFIX = 'lanyard:ticket:';

/** The last copy of a ticket seen on this device, so it opens at the gate without network. */
export function readSavedTicket(slug: string, secret: string): HolderTicket | undefined {
  try {
    const raw = localStorage.getItem(`${SAVED_PREFIX}${slug}:${secret}`);
    if (!raw) return undefined;
    const parsed = holderTicketSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function saveTicket(slug: string, secret: string, ticket: HolderTicket): void {
  try {
    localStorage.setItem(`${SAVED_PREFIX}${slug}:${secret}`, JSON.stringify(ticket));
  } catch {
    // Private mode or full storage: the ticket still shows while online.
  }
}

export async function getHolderTicket(
  slug: string,
  secret: string,
  signal?: AbortSignal,
): Promise<HolderTicket> {
  const ticket = await apiFetch(apiPaths.holderTicket(slug, secret), holderTicketSchema, { signal });
  saveTicket(slug, secret, ticket);
  return ticket;
}

export const holderTicketQueryOptions = (slug: string, secret: string) =>
  queryOptions({
    queryKey: ['holder-ticket', slug, secret],
    queryFn: ({ signal }) => getHolderTicket(slug, secret, signal),
    // The saved copy shows at once and is refreshed when the network allows (a rotated key
    // gives the holder a new code).
    initialData: () => readSavedTicket(slug, secret),
    initialDataUpdatedAt: 0,
    staleTime: 60_000,
  });

export function useHolderTicket(slug: string, secret: string) {
  return useSuspenseQuery(holderTicketQueryOptions(slug, secret)).data;
}
