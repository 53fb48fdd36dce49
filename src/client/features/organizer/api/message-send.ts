import {
  type SendMessage,
  type VolunteerMessage,
  type VolunteerMessageList,
  volunteerMessageListSchema,
  volunteerMessageSchema,
} from '@shared/contract/coordination';
import { apiPaths } from '@shared/contract/paths';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { shiftKeys } from '@client/features/volunteer';

export function useSendMessage(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SendMessage): Promise<VolunteerMessage> =>
      apiFetch(apiPaths.volunteerMessages(slug), volunteerMessageSchema, { method: 'POST', json: input }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: shiftKeys.all(slug) }),
  });
}

/** What this user sent (an organizer: everyone's); under 'shifts' so sending elsewhere refreshes it. */
export const sentMessagesQueryOptions = (slug: string, userId: string) =>
  queryOptions({
    queryKey: [...shiftKeys.all(slug), 'messages-sent', userId] as const,
    queryFn: ({ signal }): Promise<VolunteerMessageList> =>
      apiFetch(apiPaths.volunteerMessages(slug, true), volunteerMessageListSchema, { signal }),
  });

export const useSentMessages = (slug: string, userId: string) =>
  useQuery(sentMessagesQueryOptions(slug, userId));
