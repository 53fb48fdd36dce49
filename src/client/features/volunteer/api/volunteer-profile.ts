import { apiPaths } from '@shared/contract/paths';
import { type VolunteerProfile, volunteerProfileSchema } from '@shared/contract/role';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { profileKeys } from './keys';

export function getVolunteerProfile(slug: string, signal?: AbortSignal): Promise<VolunteerProfile> {
  return apiFetch(apiPaths.volunteerProfile(slug), volunteerProfileSchema, { signal });
}

export function putVolunteerProfile(slug: string, profile: VolunteerProfile): Promise<VolunteerProfile> {
  return apiFetch(apiPaths.volunteerProfile(slug), volunteerProfileSchema, { method: 'PUT', json: profile });
}

export const volunteerProfileQueryOptions = (slug: string, userId: string) =>
  queryOptions({
    queryKey: profileKeys.mine(slug, userId),
    queryFn: ({ signal }) => getVolunteerProfile(slug, signal),
  });

export function useVolunteerProfile(slug: string, userId: string) {
  return useQuery(volunteerProfileQueryOptions(slug, userId));
}

export function useSaveVolunteerProfile(slug: string, userId: string) {
  const queryClient = useQueryClient();
  const { queryKey } = volunteerProfileQueryOptions(slug, userId);
  return useMutation({
    mutationFn: (profile: VolunteerProfile) => putVolunteerProfile(slug, profile),
    onSuccess: (saved) => queryClient.setQueryData(queryKey, saved),
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });
}
