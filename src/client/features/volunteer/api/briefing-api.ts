import { apiPaths } from '@shared/contract/paths';
import { briefingCodeSchema, briefingConfirmedSchema } from '@shared/contract/volunteering';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { roleKeys, shiftKeys } from './keys';

/** A code lives two minutes; a fresh one every 90 s leaves anyone mid-scan half a minute. */
export const BRIEFING_ROTATE_MS = 90_000;

/** The coordinator's current briefing code, renewed while the screen shows it. */
export function useBriefingCode(slug: string, role: string, enabled: boolean) {
  return useQuery({
    queryKey: ['briefing-code', slug, role],
    queryFn: () => apiFetch(apiPaths.roleBriefing(slug, role), briefingCodeSchema, { method: 'POST' }),
    enabled,
    refetchInterval: BRIEFING_ROTATE_MS,
    refetchIntervalInBackground: true,
    gcTime: 0,
    staleTime: 0,
    retry: false,
  });
}

export function useConfirmBriefing(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) =>
      apiFetch(apiPaths.volunteerBriefing(slug, token), briefingConfirmedSchema, { method: 'POST' }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: roleKeys.all(slug) }),
        queryClient.invalidateQueries({ queryKey: shiftKeys.all(slug) }),
      ]),
  });
}
