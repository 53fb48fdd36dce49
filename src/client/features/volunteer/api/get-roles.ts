import { apiPaths } from '@shared/contract/paths';
import { type RoleList, roleListSchema } from '@shared/contract/role';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { roleKeys } from './keys';

export function getRoles(slug: string, signal?: AbortSignal): Promise<RoleList> {
  return apiFetch(apiPaths.volunteerRoles(slug), roleListSchema, { signal });
}

export const rolesQueryOptions = (slug: string, userId: string | null) =>
  queryOptions({ queryKey: roleKeys.list(slug, userId), queryFn: ({ signal }) => getRoles(slug, signal) });

export function useRoles(slug: string, userId: string | null) {
  return useQuery(rolesQueryOptions(slug, userId));
}
