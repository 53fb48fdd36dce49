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

/** Checked in / expected today, for this list and the whole conference; live through the stream. */
export function DeskCounts({ slug, listId, day }: { slug: string; listId: string; day: string | null }) {
  const stats = useCheckInStats(slug, day);
  if (!stats.data) return null;
  const list = stats.data.lists.find((l) => l.listId === listId);
  return (
    <dl className="grid grid-cols-2 gap-3" aria-label={t('desk.countsLabel')}>
      {list ? <Tally label={list.name} checkedIn={list.checkedIn} expected={list.expected} /> : null}
      <Tally
        label={t('desk.wholeConference')}
        checkedIn={stats.data.conference.checkedIn}
        expected={stats.data.conference.expected}
      />
    </dl>
  );
}
