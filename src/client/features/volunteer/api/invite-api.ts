import { apiPaths } from '@shared/contract/paths';
import {
  type CreateInvite,
  createdInviteSchema,
  inviteAcceptedSchema,
  inviteListSchema,
  invitePreviewSchema,
} from '@shared/contract/volunteering';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from '@client/lib/api-client';
import { roleKeys, shiftKeys } from './keys';

export const inviteKeys = {
  all: (slug: string) => ['volunteer-invites', slug] as const,
  preview: (slug: string, token: string) => [...inviteKeys.all(slug), 'preview', token] as const,
};

/** The invite page's first question: what does this link offer, and does it still work? */
export const invitePreviewQueryOptions = (slug: string, token: string) =>
  queryOptions({
    queryKey: inviteKeys.preview(slug, token),
    queryFn: ({ signal }) => apiFetch(apiPaths.volunteerJoin(slug, token), invitePreviewSchema, { signal }),
    retry: false,
  });

export function useInvitePreview(slug: string, token: string) {
  return useQuery(invitePreviewQueryOptions(slug, token));
}

export function useAcceptInvite(slug: string, token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch(apiPaths.volunteerJoin(slug, token), inviteAcceptedSchema, { method: 'POST' }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: roleKeys.all(slug) }),
        queryClient.invalidateQueries({ queryKey: shiftKeys.all(slug) }),
      ]),
  });
}

export function useInvites(slug: string) {
  return useQuery({
    queryKey: [...inviteKeys.all(slug), 'list'],
    queryFn: ({ signal }) => apiFetch(apiPaths.volunteerInvites(slug), inviteListSchema, { signal }),
  });
}

export function useCreateInvite(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvite) =>
      apiFetch(apiPaths.volunteerInvites(slug), createdInviteSchema, { method: 'POST', json: body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: inviteKeys.all(slug) }),
  });
}

export function useRevokeInvite(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch(apiPaths.volunteerInvite(slug, id), z.undefined(), { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: inviteKeys.all(slug) }),
  });
}
