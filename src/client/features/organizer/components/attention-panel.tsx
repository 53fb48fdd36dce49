import { type QueryClient, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { conferenceDayOf } from '@shared/time';
import { useMe } from '@client/features/auth';
import { desksQueryOptions, checkInStatsQueryOptions } from '@client/features/check-in';
import { shiftsQueryOptions, signoffRequestsQueryOptions } from '@client/features/volunteer';
import { t } from '@client/i18n';
import { formatNumber, formatTime } from '@client/lib/format';
import { useNow } from '@client/lib/use-now';
import { scheduleDraftQueryOptions } from '../api/get-schedule-draft';

/** How far ahead an understaffed shift counts as needing attention now. */
const SOON_MS = 4 * 3_600_000;

interface Item {
  key: string;
  tone: 'urgent' | 'info' | 'ok';
  text: string;
  to: string;
  action: string;
}

/** What the overview needs loaded; the panel itself also refreshes each part live. */
export function prefetchAttention(queryClient: QueryClient, slug: string) {
  return Promise.allSettled([
    queryClient.prefetchQuery(scheduleDraftQueryOptions(slug)),
    queryClient.prefetchQuery(desksQueryOptions(slug)),
  ]);
}

const toneClass: Record<Item['tone'], string> = {
  urgent: 'border-l-red-700 dark:border-l-red-400',
  info: 'border-l-amber-600 dark:border-l-amber-300',
  ok: 'border-l-emerald-700 dark:border-l-emerald-400',
};

/**
 * What needs an organizer now, each a tap away from where to act: volunteers asking to leave a
 * shift after its deadline, unpublished schedule edits, understaffed shifts starting in the next hours, desks offline or silent, and today's show-up
 * rate. Every part follows the live stream (and desks their 10 s refresh), so the list changes
 * while it is open.
 */
export function AttentionPanel({ slug, timeZone }: { slug: string; timeZone: string }) {
  const now = useNow(30_000);
  const me = useMe().data;
  const today = conferenceDayOf(now, timeZone);
  const draft = useQuery(scheduleDraftQueryOptions(slug)).data;
  const shifts = useQuery(shiftsQueryOptions(slug, me?.id ?? null)).data?.shifts ?? [];
  const desks = useQuery(desksQueryOptions(slug)).data?.desks ?? [];
  const stats = useQuery(checkInStatsQueryOptions(slug, today)).data;
  const requests = useQuery({ ...signoffRequestsQueryOptions(slug, me?.id ?? ''), enabled: !!me }).data;

  const items: Item[] = [];
  const changes = draft?.changes.length ?? 0;
  if (changes > 0) {
    items.push({
      key: 'draft',
      tone: 'info',
      text: t('attention.unpublished', { count: changes }),
      to: `/${slug}/organizer/sessions`,
      action: t('attention.toPublish'),
    });
  }
  const toDecide = requests?.toDecide.length ?? 0;
  if (toDecide > 0) {
    items.push({
      key: 'signoff',
      tone: 'urgent',
      text: t('attention.signoffRequests', { count: toDecide }),
      to: `/${slug}/volunteer/roster`,
      action: t('attention.toRoster'),
    });
  }
  const soon = shifts
    .filter((s) => {
      const starts = Date.parse(s.startsAt);
      return s.taken < s.capacity && starts > now.getTime() - 3_600_000 && starts - now.getTime() < SOON_MS;
    })
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  if (soon.length > 0) {
    const missing = soon.reduce((sum, s) => sum + (s.capacity - s.taken), 0);
    items.push({
      key: 'shifts',
      tone: 'urgent',
      text: t('attention.understaffed', {
        count: soon.length,
        missing,
        first: `${soon[0]!.roleName} ${formatTime(soon[0]!.startsAt, timeZone)}`,
      }),
      to: `/${slug}/organizer/coverage`,
      action: t('attention.toCoverage'),
    });
  }
  const quiet = desks.filter((d) => d.state !== 'online');
  if (quiet.length > 0) {
    items.push({
      key: 'desks',
      tone: 'urgent',
      text: t('attention.desks', { count: quiet.length, names: quiet.map((d) => d.deskName).join(', ') }),
      to: `/${slug}/organizer/arrivals`,
      action: t('attention.toArrivals'),
    });
  }
  if (stats && stats.conference.expected > 0) {
    const { checkedIn, expected } = stats.conference;
    items.push({
      key: 'arrivals',
      tone: 'ok',
      text: t('attention.showUp', {
        checkedIn: formatNumber(checkedIn),
        expected: formatNumber(expected),
        percent: formatNumber(Math.round((checkedIn / expected) * 100)),
      }),
      to: `/${slug}/organizer/arrivals`,
      action: t('attention.toArrivals'),
    });
  }

  return (
    <section aria-labelledby="attention-title" className="mb-6">
      <h2 id="attention-title" className="mb-2 text-lg font-semibold text-slate-900 dark:text-slate-50">
        {t('attention.title')}
      </h2>
      {items.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">{t('attention.none')}</p>
      ) : (
        <ul className="space-y-2" aria-live="polite">
          {items.map((item) => (
            <li
              key={item.key}
              className={`flex flex-wrap items-center justify-between gap-x-4 gap-y-1 rounded-md border border-l-4 border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900 ${toneClass[item.tone]}`}
            >
              <span className="text-slate-900 dark:text-slate-50">{item.text}</span>
              <Link
                to={item.to}
                className="inline-flex min-h-11 items-center font-semibold text-indigo-800 underline underline-offset-2 dark:text-indigo-200"
              >
                {item.action}
                <span aria-hidden="true">&nbsp;→</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
