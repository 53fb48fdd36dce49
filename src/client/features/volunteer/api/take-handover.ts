import { apiPaths } from '@shared/contract/paths';
import { type Signup, signupSchema } from '@shared/contract/signup';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { shiftKeys } from './keys';

/** Takes over a place someone offered, in one step on the server. */
export function takeHandover(slug: string, shiftId: string): Promise<Signup> {
  return apiFetch(apiPaths.shiftHandoverTake(slug, shiftId), signupSchema, { method: 'POST' });
}

export function useTakeHandover(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (shiftId: string) => takeHandover(slug, shiftId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: shiftKeys.all(slug) }),
  });
}
