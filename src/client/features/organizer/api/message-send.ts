import {
  type SendMessage,
  type VolunteerMessage,
  volunteerMessageSchema,
} from '@shared/contract/coordination';
import { apiPaths } from '@shared/contract/paths';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { shiftKeys } from '@client/features/volunteer/api/keys';

export function useSendMessage(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SendMessage): Promise<VolunteerMessage> =>
      apiFetch(apiPaths.volunteerMessages(slug), volunteerMessageSchema, { method: 'POST', json: input }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: shiftKeys.all(slug) }),
  });
}
