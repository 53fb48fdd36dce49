import { apiPaths } from '@shared/contract/paths';
import { type SessionCreateInput } from '@shared/contract/schedule-changes';
import { type Session, sessionSchema } from '@shared/contract/session';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from '@client/lib/api-client';
import { scheduleDraftQueryOptions } from './get-schedule-draft';

export function createSession(slug: string, input: SessionCreateInput): Promise<Session> {
  return apiFetch(apiPaths.sessions(slug), sessionSchema, { method: 'POST', json: input });
}

export function discardSession(slug: string, code: string): Promise<unknown> {
  return apiFetch(apiPaths.session(slug, code), z.unknown(), { method: 'DELETE' });
}

/** Creates an unpublished session; the draft view (where it now appears) is refetched. */
export function useCreateSession(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SessionCreateInput) => createSession(slug, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: scheduleDraftQueryOptions(slug).queryKey }),
  });
}

/** Deletes a session that was created in the console and never published. */
export function useDiscardSession(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => discardSession(slug, code),
    onSettled: () => queryClient.invalidateQueries({ queryKey: scheduleDraftQueryOptions(slug).queryKey }),
  });
}
