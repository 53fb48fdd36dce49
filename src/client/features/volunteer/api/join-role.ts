import { apiPaths } from '@shared/contract/paths';
import { type Membership, membershipSchema } from '@shared/contract/role';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { roleKeys, shiftKeys } from './keys';

export function joinRole(slug: string, role: string): Promise<Membership> {
  return apiFetch(apiPaths.volunteerRoleJoin(slug, role), membershipSchema, { method: 'POST' });
}

/** Joining changes the role's membership and every verdict that said "join the role first". */
export function useJoinRole(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (role: string) => joinRole(slug, role),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: roleKeys.all(slug) }),
        queryClient.invalidateQueries({ queryKey: shiftKeys.all(slug) }),
      ]),
  });
}
