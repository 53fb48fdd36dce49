import { apiPaths } from '@shared/contract/paths';
import { type Shift } from '@shared/contract/shift';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from '@client/lib/api-client';
import { shiftKeys } from './keys';
import { restoreShiftLists, type ShiftListSnapshot, updateCachedShift } from './shift-cache';

export async function signOff(slug: string, shiftId: string): Promise<void> {
  await apiFetch(apiPaths.shiftSignup(slug, shiftId), z.undefined(), { method: 'DELETE' });
}

function withoutMe(shift: Shift): Shift {
  const waiting = shift.mine?.status === 'waiting';
  return {
    ...shift,
    taken: waiting ? shift.taken : Math.max(0, shift.taken - 1),
    waiting: waiting ? Math.max(0, shift.waiting - 1) : shift.waiting,
    mine: null,
    // The refetch brings the real verdict; until then the freed place reads as open.
    verdict: { kind: 'ok' },
  };
}

/** Signs off (or leaves the waiting list); the shift leaves "My shifts" at once. */
export function useSignOff(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (shiftId: string) => signOff(slug, shiftId),
    onMutate: async (shiftId): Promise<{ snapshot: ShiftListSnapshot }> => ({
      snapshot: await updateCachedShift(queryClient, slug, shiftId, (s, filters) =>
        filters.mine ? null : withoutMe(s),
      ),
    }),
    onError: (_error, _shiftId, context) => restoreShiftLists(queryClient, context?.snapshot),
    onSettled: () => queryClient.invalidateQueries({ queryKey: shiftKeys.all(slug) }),
  });
}
