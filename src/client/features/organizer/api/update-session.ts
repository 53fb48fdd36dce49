import { apiPaths } from '@shared/contract/paths';
import { type SessionUpdate } from '@shared/contract/schedule-changes';
import { type Session, sessionSchema } from '@shared/contract/session';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { scheduleDraftQueryOptions } from './get-schedule-draft';

export function updateSession(slug: string, code: string, update: SessionUpdate): Promise<Session> {
  return apiFetch(apiPaths.session(slug, code), sessionSchema, { method: 'PATCH', json: update });
}

/** Saves an edit as a draft; the draft view (and its unpublished changes) is refetched. */
export function useUpdateSession(slug: string, code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: SessionUpdate) => updateSession(slug, code, update),
    onSettled: () => queryClient.invalidateQueries({ queryKey: scheduleDraftQueryOptions(slug).queryKey }),
  });
}
