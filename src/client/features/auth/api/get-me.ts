import { apiPaths } from '@shared/contract/paths';
import { type User } from '@shared/contract/user';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { sessionResponseWire } from '@client/lib/wire/schedule-wire';

/**
 * The logged-in user, or null for an anonymous visitor. Asked of the session endpoint, which
 * answers 200 with `user: null` rather than 401: attendees never log in, and every page asks,
 * so "nobody" is the common answer and must not show up as a failed request in the console.
 */
export async function getMe(signal?: AbortSignal): Promise<User | null> {
  return (await apiFetch(apiPaths.authSession(), sessionResponseWire, { signal })).user;
}

export const authKeys = { all: ['auth'] as const };

export const meQueryOptions = () =>
  queryOptions({ queryKey: [...authKeys.all, 'me'], queryFn: ({ signal }) => getMe(signal) });

/** Not suspending: the header must render for attendees even while this is unknown. */
export function useMe() {
  return useQuery(meQueryOptions());
}
