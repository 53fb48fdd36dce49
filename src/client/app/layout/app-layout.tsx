import { type QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs } from 'react-router';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { meQueryOptions, useMe } from '@client/features/auth';
import { useConferenceStream } from '@client/lib/live/use-conference-stream';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { AppHeader } from './app-header';
import { AppNav } from './app-nav';
import { PendingOutlet } from './pending-outlet';
import { SkipLink } from './skip-link';

export const conferenceLayoutLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    await Promise.all([
      queryClient.ensureQueryData(conferenceQueryOptions(slug)),
      // Who is logged in only decides which sections show; failing to know must not block the schedule.
      queryClient.ensureQueryData(meQueryOptions()).catch(() => null),
    ]);
    return null;
  };

/** The shell of one conference: header, navigation and the page. */
export function AppLayout() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const me = useMe();
  useConferenceStream(slug);
  return (
    <div className="min-h-dvh">
      <SkipLink />
      <AppHeader slug={slug} title={conference.name} />
      <div className="mx-auto flex max-w-6xl">
        <AppNav slug={slug} user={me.data} />
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 pt-6 pb-28 md:px-8 md:pb-12">
          <PendingOutlet />
        </main>
      </div>
    </div>
  );
}
