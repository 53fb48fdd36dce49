import { apiPaths } from '@shared/contract/paths';
import { meResponseSchema, type RegisterRequest, type User } from '@shared/contract/user';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { authKeys, meQueryOptions } from './get-me';

/** Creates a volunteer account; the API logs the new volunteer in straight away. */
export async function register(body: RegisterRequest): Promise<User> {
  return (await apiFetch(apiPaths.register(), meResponseSchema, { method: 'POST', json: body })).user;
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: async (user) => {
      queryClient.setQueryData(meQueryOptions().queryKey, user);
      await queryClient.invalidateQueries({ queryKey: authKeys.all });
    },
  });
}
