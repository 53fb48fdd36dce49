import { type DeskState, type DeskStatus, type DeskStatusList } from '@shared/contract/desk';
import { t } from '@client/i18n';
import { formatNumber, formatTime } from '@client/lib/format';

const badges: Record<DeskState, { className: string; icon: string }> = {
  online: {
    className: 'bg-green-100 text-green-950 dark:bg-green-950 dark:text-green-50',
    icon: 'M5 12.5 10 17.5 19.5 7',
  },
  offline: {
    className: 'bg-amber-100 text-amber-950 dark:bg-amber-950 dark:text-amber-50',
    icon: 'M2 2l20 20M8.5 16.5a5 5 0 0 1 7 0M12 20h.01',
  },
  silent: {
    className: 'bg-red-100 text-red-950 dark:bg-red-950 dark:text-red-50',
    icon: 'M12 7v6M12 17v.5M4 12a8 8 0 1 0 16 0 8 8 0 1 0-16 0',
  },
};

function ago(seenAt: string, asOf: string): string {
  const seconds = Math.max(0, Math.round((Date.parse(asOf) - Date.parse(seenAt)) / 1000));
  return seconds < 120
    ? t('arrivals.secondsAgo', { count: seconds })
    : t('arrivals.minutesAgo', { count: Math.floor(seconds / 60) });
}

function StateBadge({ state }: { state: DeskState }) {
  const badge = badges[state];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded px-2 py-0.5 text-sm font-semibold ${badge.className}`}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-4 shrink-0"
        fill="none"
        stroke="currentColor"
        strokeWidth={2.5}
        strokeLinecap="round"
      >
        <path d={badge.icon} />
      </svg>
      {t(`arrivals.deskState.${state}`)}
    </span>
  );
}

/**
 * Every desk heard from today: online, offline (it said so) or silent (no heartbeat for 45 s:
 * the network is gone), with the scans it has queued. Silent desks keep the last queue they
 * reported; it drains once they are back.
 */
export function DesksPanel({ data, timeZone }: { data: DeskStatusList; timeZone: string }) {
  if (data.desks.length === 0) {
    return <p className="text-slate-700 dark:text-slate-300">{t('arrivals.desksEmpty')}</p>;
  }
  const online = data.desks.filter((d) => d.state === 'online').length;
  const queued = data.desks.reduce((n, d) => n + d.queued, 0);
  return (
    <div className="space-y-2">
      <p role="status" className="text-sm font-medium">
        {t('arrivals.desksSummary', {
          online: formatNumber(online),
          offline: formatNumber(data.desks.length - online),
          queued: formatNumber(queued),
        })}
      </p>
      <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label={t('arrivals.desksTitle')}>
        {data.desks.map((d: DeskStatus) => (
          <li
            key={d.deskId}
            data-desk={d.deskName}
            className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2"
          >
            <div className="min-w-0 grow">
              <p className="font-semibold">{d.deskName}</p>
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {[
                  d.listName,
                  ago(d.lastSeenAt, data.asOf),
                  d.lastUploadAt
                    ? t('arrivals.deskUploaded', { time: formatTime(d.lastUploadAt, timeZone) })
                    : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </div>
            <StateBadge state={d.state} />
            <span className="text-sm tabular-nums">
              {t('arrivals.deskQueue')}: <span className="font-semibold">{formatNumber(d.queued)}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
