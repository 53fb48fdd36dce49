import { apiPaths } from '@shared/contract/paths';
import { type SigningKeyList, signingKeyListSchema } from '@shared/contract/ticket';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { ticketKeys } from './keys';

export function getSigningKeys(slug: string, signal?: AbortSignal): Promise<SigningKeyList> {
  return apiFetch(apiPaths.checkInKeys(slug), signingKeyListSchema, { signal });
}

/** Public keys only: enough for an offline desk to verify a QR code's signature. */
export const signingKeysQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ticketKeys.signingKeys(slug),
    queryFn: ({ signal }) => getSigningKeys(slug, signal),
    staleTime: 5 * 60_000,
  });

export function useSigningKeys(slug: string) {
  return useQuery(signingKeysQueryOptions(slug));
}
