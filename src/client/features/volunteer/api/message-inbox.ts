import { type VolunteerMessageList, volunteerMessageListSchema } from '@shared/contract/coordination';
import { apiPaths } from '@shared/contract/paths';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { shiftKeys } from './keys';

/**
 * Under the 'shifts' family, so the stream's 'shifts' topic (which the server publishes with
 * every message) refetches the inbox: messages arrive live without a topic of their own.
 */
export const messageKeys = {
  inbox: (slug: string, userId: string) => [...shiftKeys.all(slug), 'messages', userId] as const,
};

export const messageInboxQueryOptions = (slug: string, userId: string) =>
  queryOptions({
    queryKey: messageKeys.inbox(slug, userId),
    queryFn: ({ signal }): Promise<VolunteerMessageList> =>
      apiFetch(apiPaths.volunteerMessages(slug), volunteerMessageListSchema, { signal }),
  });

export const useMessageInbox = (slug: string, userId: string) =>
  useQuery(messageInboxQueryOptions(slug, userId));
