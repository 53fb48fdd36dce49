import { apiPaths } from '@shared/contract/paths';
import { speakerSchema, type Speaker } from '@shared/contract/speaker';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';

export function getSpeaker(slug: string, code: string, signal?: AbortSignal): Promise<Speaker> {
  return apiFetch(apiPaths.speaker(slug, code), speakerSchema, { signal });
}

export const speakerQueryOptions = (slug: string, code: string) =>
  queryOptions({
    queryKey: ['speakers', slug, 'detail', code],
    queryFn: ({ signal }) => getSpeaker(slug, code, signal),
  });

export function useSpeaker(slug: string, code: string) {
  return useSuspenseQuery(speakerQueryOptions(slug, code)).data;
}
