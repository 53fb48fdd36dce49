import { type QueryClient } from '@tanstack/react-query';
import { data, redirect } from 'react-router';
import { conferencesQueryOptions, pickCurrentConference } from '@client/features/conference';
import { serverNow } from '@client/lib/server-clock';

/** `/` opens the edition running now (or the next one), so a shared link to the app just works. */
export const rootRedirectLoader = (queryClient: QueryClient) => async () => {
  const { conferences } = await queryClient.ensureQueryData(conferencesQueryOptions());
  const current = pickCurrentConference(conferences, serverNow());
  if (!current) throw data(null, { status: 404 });
  return redirect(`/${current.slug}`);
};
