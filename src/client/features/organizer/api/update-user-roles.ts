import { apiPaths } from '@shared/contract/paths';
import { type User, type UserList, type UserRole, userSchema } from '@shared/contract/user';
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { meQueryOptions } from '@client/features/auth';
import { apiFetch } from '@client/lib/api-client';
import { userKeys } from './get-users';

export interface UpdateUserRolesInput {
  id: string;
  roles: UserRole[];
}

export function updateUserRoles({ id, roles }: UpdateUserRolesInput): Promise<User> {
  return apiFetch(apiPaths.userRoles(id), userSchema, { method: 'PUT', json: { roles } });
}

const mutationKey = [...userKeys.all, 'update-roles'] as const;

type Snapshot = [readonly unknown[], UserList | undefined][];

function setRolesInLists(queryClient: QueryClient, { id, roles }: UpdateUserRolesInput) {
  queryClient.setQueriesData<UserList>({ queryKey: userKeys.lists() }, (list) =>
    list ? { users: list.users.map((u) => (u.id === id ? { ...u, roles } : u)) } : list,
  );
}

/**
 * Sets an account's roles, showing the change at once in every cached list and rolling it back
 * if the API refuses (e.g. last_organizer). The lists are refetched once the last of several
 * quick toggles settles, so an early answer cannot overwrite a later optimistic state.
 */
export function useUpdateUserRoles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey,
    mutationFn: updateUserRoles,
    onMutate: async (input): Promise<{ snapshot: Snapshot }> => {
      await queryClient.cancelQueries({ queryKey: userKeys.all });
      const snapshot = queryClient.getQueriesData<UserList>({ queryKey: userKeys.lists() });
      setRolesInLists(queryClient, input);
      return { snapshot };
    },
    onError: (_error, _input, context) => {
      for (const [queryKey, data] of context?.snapshot ?? []) queryClient.setQueryData(queryKey, data);
    },
    onSettled: async (_user, _error, input) => {
      const me = queryClient.getQueryData(meQueryOptions().queryKey);
      // An organizer who changed their own roles sees other sections (or loses this page).
      if (me?.id === input.id) await queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey });
      if (queryClient.isMutating({ mutationKey }) === 1) {
        await queryClient.invalidateQueries({ queryKey: userKeys.all });
      }
    },
  });
}
