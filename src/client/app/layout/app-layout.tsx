import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { type LoaderFunctionArgs } from 'react-router';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { meQueryOptions, useMe } from '@client/features/auth';
import { useConferenceStream } from '@client/lib/live/use-conference-stream';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { useShownZone } from '@client/lib/use-shown-zone';
import { AppHeader } from './app-header';
import { AppNav } from './app-nav';
import { OfflineNotice } from './offline-notice';
import { PendingOutlet } from './pending-outlet';
import { SkipLink } from './skip-link';

export const conferenceLayoutLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    await Promise.all([
      queryClient.ensureQueryData(conferenceQueryOptions(slug)),
      // Who is logged in only decides which sections show; failing to know must not block the
      // schedule, and offline the question would wait for the network forever.
      navigator.onLine ? queryClient.ensureQueryData(meQueryOptions()).catch(() => null) : null,
    ]);
    return null;
  };

/** The shell of one conference: header, navigation and the page. */
export function AppLayout() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const me = useMe();
  useConferenceStream(slug);
  usePrefetchForOffline(slug);
  const { zone } = useShownZone(conference.timeZone);
  return (
    <div className="min-h-dvh">
      <SkipLink />
      <AppHeader slug={slug} title={conference.name} />
      <div className="mx-auto flex max-w-6xl">
        <AppNav slug={slug} user={me.data} />
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 pt-6 pb-28 md:px-8 md:pb-12">
          <OfflineNotice slug={slug} zone={zone} />
          <PendingOutlet />
        </main>
      </div>
    </div>
  );
}

/**
 * Once the first screen is up, quietly fetch the speakers and sponsors too, so their pages
 * open in airplane mode later (the query cache is persisted on the device).
 */
function usePrefetchForOffline(slug: string) {
  const queryClient = useQueryClient();
  useEffect(() => {
    const timer = setTimeout(() => {
      void import('./prefetch-for-offline').then((m) => m.prefetchForOffline(queryClient, slug));
    }, 2000);
    return () => clearTimeout(timer);
  }, [queryClient, slug]);
}
