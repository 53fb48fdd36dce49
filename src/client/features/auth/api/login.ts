import { apiPaths } from '@shared/contract/paths';
import { type LoginRequest, meResponseSchema, type User } from '@shared/contract/user';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { authKeys, meQueryOptions } from './get-me';

export async function login(body: LoginRequest): Promise<User> {
  return (await apiFetch(apiPaths.login(), meResponseSchema, { method: 'POST', json: body })).user;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: async (user) => {
      queryClient.setQueryData(meQueryOptions().queryKey, user);
      await queryClient.invalidateQueries({ queryKey: authKeys.all });
    },
  });
}
