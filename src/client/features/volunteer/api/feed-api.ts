import { apiPaths } from '@shared/contract/paths';
import { volunteerFeedSchema } from '@shared/contract/volunteering';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';

const feedKey = (slug: string, userId: string) => ['volunteer-feed', slug, userId] as const;

export function useFeed(slug: string, userId: string) {
  return useQuery({
    queryKey: feedKey(slug, userId),
    queryFn: ({ signal }) => apiFetch(apiPaths.volunteerFeed(slug), volunteerFeedSchema, { signal }),
  });
}

/** A new secret address; the old one stops working at once. */
export function useRenewFeed(slug: string, userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch(apiPaths.volunteerFeed(slug), volunteerFeedSchema, { method: 'POST' }),
    onSuccess: (feed) => queryClient.setQueryData(feedKey(slug, userId), feed),
  });
}
