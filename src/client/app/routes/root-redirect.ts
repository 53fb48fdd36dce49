import { type ConferenceSummary } from '@shared/contract/conference';
import { type QueryClient } from '@tanstack/react-query';
import { data, redirect } from 'react-router';
import { conferencesQueryOptions, pickCurrentConference } from '@client/features/conference';
import { serverNow } from '@client/lib/server-clock';

/**
 * `/` opens the edition running now (or the next one), so a shared link to the app just works.
 * Offline, and the list never fetched on this device (the app was first opened on a deep link),
 * it picks among the editions this device saved, so the installed app still opens the schedule.
 */
export const rootRedirectLoader = (queryClient: QueryClient) => async () => {
  const conferences = await queryClient
    .ensureQueryData(conferencesQueryOptions())
    .then((list) => list.conferences)
    .catch((error: unknown) => {
      const saved = savedConferences(queryClient);
      if (saved.length === 0) throw error;
      return saved;
    });
  const current = pickCurrentConference(conferences, serverNow());
  if (!current) throw data(null, { status: 404 });
  return redirect(`/${current.slug}`);
};

function savedConferences(queryClient: QueryClient): ConferenceSummary[] {
  return queryClient
    .getQueriesData<ConferenceSummary>({ queryKey: ['conference'] })
    .flatMap(([, conference]) => (conference ? [conference] : []));
}
