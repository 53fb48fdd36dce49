import { apiPaths } from '@shared/contract/paths';
import { speakerListSchema, type SpeakerList } from '@shared/contract/speaker';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';

export function getSpeakers(slug: string, signal?: AbortSignal): Promise<SpeakerList> {
  return apiFetch(apiPaths.speakers(slug), speakerListSchema, { signal });
}

export const speakersQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['speakers', slug, 'list'],
    queryFn: ({ signal }) => getSpeakers(slug, signal),
  });

export function useSpeakers(slug: string) {
  return useSuspenseQuery(speakersQueryOptions(slug)).data.speakers;
}
