import { apiPaths } from '@shared/contract/paths';
import { sponsorListSchema, type SponsorList } from '@shared/contract/sponsor';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';

export function getSponsors(slug: string, signal?: AbortSignal): Promise<SponsorList> {
  return apiFetch(apiPaths.sponsors(slug), sponsorListSchema, { signal });
}

export const sponsorsQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['sponsors', slug],
    queryFn: ({ signal }) => getSponsors(slug, signal),
  });

export function useSponsors(slug: string) {
  return useSuspenseQuery(sponsorsQueryOptions(slug)).data;
}
