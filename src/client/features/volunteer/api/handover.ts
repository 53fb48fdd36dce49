import { apiPaths } from '@shared/contract/paths';
import { type Signup, signupSchema } from '@shared/contract/signup';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { shiftKeys } from './keys';

/** Puts a held place up for grabs (POST) or takes the offer back (DELETE). */
export function setHandoverOffer(slug: string, shiftId: string, offered: boolean): Promise<Signup> {
  return apiFetch(apiPaths.shiftHandover(slug, shiftId), signupSchema, {
    method: offered ? 'POST' : 'DELETE',
  });
}

export function useHandoverOffer(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ shiftId, offered }: { shiftId: string; offered: boolean }) =>
      setHandoverOffer(slug, shiftId, offered),
    onSettled: () => queryClient.invalidateQueries({ queryKey: shiftKeys.all(slug) }),
  });
}
