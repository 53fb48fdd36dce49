import { type QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, Link } from 'react-router';
import { conferenceDayOf } from '@shared/time';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { SessionCard, sessionsQueryOptions, useSessions } from '@client/features/sessions';
import { t } from '@client/i18n';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { useShownZone } from '@client/lib/use-shown-zone';
import { standaloneLink } from '@client/ui/button-styles';
import { speakerQueryOptions, useSpeaker } from '../api/get-speaker';
import { speakersQueryOptions } from '../api/get-speakers';

export const speakerLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    const code = requireParam(params, 'code');
    // The speakers list (prefetched for offline use) already holds this speaker.
    const detailKey = speakerQueryOptions(slug, code).queryKey;
    const listKey = speakersQueryOptions(slug).queryKey;
    const fromList = queryClient.getQueryData(listKey)?.speakers.find((s) => s.code === code);
    if (fromList && !queryClient.getQueryData(detailKey)) {
      queryClient.setQueryData(detailKey, fromList, {
        updatedAt: queryClient.getQueryState(listKey)?.dataUpdatedAt ?? 0,
      });
    }
    await Promise.all([
      queryClient.ensureQueryData(conferenceQueryOptions(slug)),
      queryClient.ensureQueryData(speakerQueryOptions(slug, code)),
      // The whole list is usually cached from the schedule or videos already.
      queryClient.ensureQueryData(sessionsQueryOptions(slug)),
    ]);
    return null;
  };

export function SpeakerRoute() {
  const slug = useRequiredParam('slug');
  const code = useRequiredParam('code');
  const conference = useConference(slug);
  const speaker = useSpeaker(slug, code);
  const all = useSessions(slug);
  const { zone } = useShownZone(conference.timeZone);
  const sessions = all
    .filter((s) => speaker.sessionCodes.includes(s.code))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  // Back to the schedule, on the day of the speaker's first talk.
  const first = sessions[0];
  const back = first
    ? `/${slug}?day=${conferenceDayOf(new Date(first.startsAt), conference.timeZone)}`
    : `/${slug}`;

  return (
    <article className="max-w-3xl">
      <Link to={back} className={`${standaloneLink} -mt-3 flex w-fit text-sm`}>
        ← {t('session.back')}
      </Link>
      <div className="mb-4">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl dark:text-slate-50">
          {speaker.name}
        </h1>
        {speaker.affiliation ? (
          <p className="mt-1 text-slate-700 dark:text-slate-300">{speaker.affiliation}</p>
        ) : null}
      </div>
      <p className="mb-6 whitespace-pre-line text-slate-800 dark:text-slate-200">
        {speaker.bio || t('speaker.noBio')}
      </p>
      <section aria-labelledby="speaker-sessions">
        <h2 id="speaker-sessions" className="mb-3 text-lg font-bold text-slate-900 dark:text-slate-50">
          {t('speaker.sessions')}
        </h2>
        <ul className="space-y-3">
          {sessions.map((session) => (
            <li key={session.code}>
              <SessionCard session={session} conference={conference} zone={zone} withDay />
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
