import { type QueryClient } from '@tanstack/react-query';
import { conferencesQueryOptions } from '@client/features/conference';
import { speakersQueryOptions } from '@client/features/speakers';
import { sponsorsQueryOptions } from '@client/features/sponsors';

/** Loaded after the first screen: nothing here may delay it. */
export function prefetchForOffline(queryClient: QueryClient, slug: string): void {
  void queryClient.prefetchQuery(speakersQueryOptions(slug));
  void queryClient.prefetchQuery(sponsorsQueryOptions(slug));
  // `/` (where the installed app starts) picks the edition from this list.
  void queryClient.prefetchQuery(conferencesQueryOptions());
}
