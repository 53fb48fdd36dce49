import { type QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, useSearchParams } from 'react-router';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { SessionCard, sessionsQueryOptions, useSessions } from '@client/features/sessions';
import { t } from '@client/i18n';
import { formatDay, formatTime } from '@client/lib/format';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { useShownZone } from '@client/lib/use-shown-zone';
import { PageHeading } from '@client/ui/page-heading';
import { DayTabs } from '../components/day-tabs';
import { ZoneSwitch } from '../components/zone-switch';
import { groupByStart } from '../lib/group-by-start';
import { pickDay } from '../lib/pick-day';
import { serverNow } from '@client/lib/server-clock';

export const scheduleLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    const conference = await queryClient.ensureQueryData(conferenceQueryOptions(slug));
    const day = pickDay(conference, new URL(request.url).searchParams.get('day'), serverNow());
    await queryClient.ensureQueryData(sessionsQueryOptions(slug, { day }));
    return null;
  };

export function ScheduleRoute() {
  const slug = useRequiredParam('slug');
  const [search] = useSearchParams();
  const conference = useConference(slug);
  const day = pickDay(conference, search.get('day'), serverNow());
  const sessions = useSessions(slug, { day });
  const { zone, mode } = useShownZone(conference.timeZone);
  const slots = groupByStart(sessions);
  const dayInfo = conference.days.find((d) => d.date === day);

  return (
    <>
      <PageHeading>{t('schedule.title')}</PageHeading>
      <DayTabs days={conference.days} selected={day} />
      <ZoneSwitch zone={zone} mode={mode} at={slots[0]?.startsAt ?? serverNow()} />
      <section aria-labelledby="day-heading">
        <h2 id="day-heading" className="mb-1 text-xl font-bold text-slate-900 dark:text-slate-50">
          {day ? formatDay(day, undefined, 'long') : null}
        </h2>
        <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
          {[dayInfo?.label, dayInfo?.note, t('schedule.sessionCount', { count: sessions.length })]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {slots.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">{t('schedule.empty')}</p>
        ) : null}
        <ol className="space-y-6">
          {slots.map((slot) => (
            <li key={slot.startsAt} aria-labelledby={`slot-${slot.startsAt}`}>
              <h3
                id={`slot-${slot.startsAt}`}
                className="sticky top-14 z-10 -mx-1 mb-2 bg-slate-50/95 px-1 py-1 text-sm font-bold tracking-wide text-slate-700 tabular-nums md:top-16 dark:bg-slate-950/95 dark:text-slate-300"
              >
                <time dateTime={slot.startsAt}>{formatTime(slot.startsAt, zone)}</time>
              </h3>
              <ul className="space-y-3">
                {slot.sessions.map((session) => (
                  <li key={session.code}>
                    <SessionCard session={session} conference={conference} zone={zone} headingLevel={4} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
