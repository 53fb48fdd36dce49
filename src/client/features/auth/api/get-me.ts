import { apiPaths } from '@shared/contract/paths';
import { type User } from '@shared/contract/user';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { isApiError } from '@client/lib/api-error';
import { meResponseWire } from '@client/lib/wire/schedule-wire';

/** The logged-in user, or null for an anonymous visitor (the API answers 401 then). */
export async function getMe(signal?: AbortSignal): Promise<User | null> {
  try {
    return (await apiFetch(apiPaths.me(), meResponseWire, { signal })).user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const authKeys = { all: ['auth'] as const };

export const meQueryOptions = () =>
  queryOptions({ queryKey: [...authKeys.all, 'me'], queryFn: ({ signal }) => getMe(signal) });

/** Not suspending: the header must render for attendees even while this is unknown. */
export function useMe() {
  return useQuery(meQueryOptions());
}
