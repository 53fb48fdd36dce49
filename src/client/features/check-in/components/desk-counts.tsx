import { useId } from 'react';
import { t } from '@client/i18n';
import { formatNumber } from '@client/lib/format';
import { useCheckInStats } from '../api/get-check-in-stats';

function Tally({ label, checkedIn, expected }: { label: string; checkedIn: number; expected: number }) {
  return (
    <div className="rounded-lg border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900">
      <dt className="text-sm text-slate-700 dark:text-slate-300">{label}</dt>
      <dd className="text-2xl font-bold tabular-nums">
        {t('desk.tally', { checkedIn: formatNumber(checkedIn), expected: formatNumber(expected) })}
      </dd>
    </div>
  );
}

/**
 * Checked in / expected today, for this list and the whole conference; live through the stream.
 * The same server figures as the organizer's arrivals page for that day.
 */
export function DeskCounts({ slug, listId, day }: { slug: string; listId: string; day: string | null }) {
  const stats = useCheckInStats(slug, day);
  const noteId = useId();
  if (!stats.data) return null;
  const list = stats.data.lists.find((l) => l.listId === listId);
  return (
    <div className="space-y-1">
      <dl
        className="grid grid-cols-2 gap-3"
        aria-label={t('desk.countsLabel')}
        aria-describedby={day ? noteId : undefined}
      >
        {list ? <Tally label={list.name} checkedIn={list.checkedIn} expected={list.expected} /> : null}
        <Tally
          label={t('desk.wholeConference')}
          checkedIn={stats.data.conference.checkedIn}
          expected={stats.data.conference.expected}
        />
      </dl>
      {day ? (
        <p id={noteId} className="text-xs text-slate-700 dark:text-slate-300">
          {t('desk.countsExplained')}
        </p>
      ) : null}
    </div>
  );
}
