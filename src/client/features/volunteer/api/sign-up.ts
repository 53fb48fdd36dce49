import { apiPaths } from '@shared/contract/paths';
import { type Signup, signupSchema } from '@shared/contract/signup';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { shiftKeys } from './keys';
import { restoreShiftLists, type ShiftListSnapshot, updateCachedShift } from './shift-cache';

export interface SignUpInput {
  shiftId: string;
  /** On a full shift: take a place in line instead. */
  waitlist?: boolean;
}

export function signUp(slug: string, { shiftId, waitlist }: SignUpInput): Promise<Signup> {
  return apiFetch(apiPaths.shiftSignup(slug, shiftId), signupSchema, {
    method: 'POST',
    ...(waitlist ? { json: { waitlist: true } } : {}),
  });
}

/**
 * One tap claims a place (or a place in line): the card shows it at once and goes back as it
 * was if the server refuses; the error carries the rule's problem code for the message.
 */
export function useSignUp(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...shiftKeys.all(slug), 'sign-up'],
    mutationFn: (input: SignUpInput) => signUp(slug, input),
    onMutate: async ({ shiftId, waitlist }): Promise<{ snapshot: ShiftListSnapshot }> => {
      const snapshot = await updateCachedShift(queryClient, slug, shiftId, (s) =>
        waitlist
          ? {
              ...s,
              waiting: s.waiting + 1,
              mine: { shiftId, status: 'waiting', position: s.waiting + 1, attendance: null },
              verdict: { kind: 'already_signed_up', status: 'waiting' },
            }
          : {
              ...s,
              taken: s.taken + 1,
              mine: { shiftId, status: 'confirmed', position: null, attendance: null },
              verdict: { kind: 'already_signed_up', status: 'confirmed' },
            },
      );
      return { snapshot };
    },
    onError: (_error, _input, context) => restoreShiftLists(queryClient, context?.snapshot),
    onSuccess: async (signup) => {
      // The real place in line, before the refetch lands.
      await updateCachedShift(queryClient, slug, signup.shiftId, (s) => ({ ...s, mine: signup }));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: shiftKeys.all(slug) }),
  });
}
