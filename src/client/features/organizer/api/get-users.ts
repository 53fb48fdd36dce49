import { apiPaths } from '@shared/contract/paths';
import { type UserList, userListSchema, type UserListFilters } from '@shared/contract/user';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch, toQueryString } from '@client/lib/api-client';

export function getUsers(filters: UserListFilters, signal?: AbortSignal): Promise<UserList> {
  return apiFetch(apiPaths.users() + toQueryString(filters), userListSchema, { signal });
}

/**
 * Trims the search and drops empty filters, so `{}`, `{ q: '' }` and `{ q: ' ' }` share one
 * cache entry and the API never sees a blank `q` (which it refuses).
 */
export function normalizeUserFilters(filters: UserListFilters): UserListFilters {
  const q = filters.q?.trim();
  return { ...(filters.role ? { role: filters.role } : {}), ...(q ? { q } : {}) };
}

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
};

export const usersQueryOptions = (filters: UserListFilters = {}) => {
  const normalized = normalizeUserFilters(filters);
  return queryOptions({
    queryKey: [...userKeys.lists(), normalized],
    queryFn: ({ signal }) => getUsers(normalized, signal),
  });
};

/**
 * Not suspending: while a new search loads, the previous results stay on screen (and the
 * search box keeps its focus) instead of the page falling back to a skeleton.
 */
export function useUsers(filters: UserListFilters = {}) {
  return useQuery({ ...usersQueryOptions(filters), placeholderData: keepPreviousData });
}
