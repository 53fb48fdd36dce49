import { apiPaths } from '@shared/contract/paths';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from '@client/lib/api-client';
import { forgetPrivateStorage } from '@client/lib/offline/private-storage';
import { authKeys, meQueryOptions } from './get-me';

/** Logout answers 204; any body it may carry means nothing to the client. */
const logoutResponseSchema = z.unknown();

export async function logout(): Promise<void> {
  await apiFetch(apiPaths.logout(), logoutResponseSchema, { method: 'POST' });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: async () => {
      // Staff devices are shared: the next person must not find ticket holders' data here.
      forgetPrivateStorage();
      queryClient.setQueryData(meQueryOptions().queryKey, null);
      await queryClient.invalidateQueries({ queryKey: authKeys.all });
    },
  });
}
