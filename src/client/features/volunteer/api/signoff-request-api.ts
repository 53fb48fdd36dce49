import { apiPaths } from '@shared/contract/paths';
import {
  type DecideSignoffRequest,
  signoffRequestListSchema,
  signoffRequestSchema,
} from '@shared/contract/volunteering';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { shiftKeys } from './keys';

/** Under ['shifts', slug]: the stream's 'shifts' topic refreshes it, so outcomes show live. */
export const signoffRequestKeys = {
  all: (slug: string) => [...shiftKeys.all(slug), 'signoff-requests'] as const,
  list: (slug: string, userId: string) => [...signoffRequestKeys.all(slug), userId] as const,
};

export const signoffRequestsQueryOptions = (slug: string, userId: string) =>
  queryOptions({
    queryKey: signoffRequestKeys.list(slug, userId),
    queryFn: ({ signal }) => apiFetch(apiPaths.signoffRequests(slug), signoffRequestListSchema, { signal }),
  });

export function useSignoffRequests(slug: string, userId: string | null) {
  return useQuery({ ...signoffRequestsQueryOptions(slug, userId ?? ''), enabled: userId !== null });
}

export function useRequestSignoff(slug: string, shiftId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      apiFetch(apiPaths.shiftSignoffRequest(slug, shiftId), signoffRequestSchema, {
        method: 'POST',
        json: { reason },
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: signoffRequestKeys.all(slug) }),
  });
}

export function useDecideSignoffRequest(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: string } & DecideSignoffRequest) =>
      apiFetch(apiPaths.signoffRequest(slug, id), signoffRequestSchema, {
        method: 'PUT',
        json: { decision },
      }),
    // Approving frees a place and may promote someone: every shift list may change.
    onSettled: () => queryClient.invalidateQueries({ queryKey: shiftKeys.all(slug) }),
  });
}
