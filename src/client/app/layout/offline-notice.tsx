import { localDateAt } from '@shared/time';
import { useQueryClient } from '@tanstack/react-query';
import { sessionsQueryOptions } from '@client/features/sessions';
import { t } from '@client/i18n';
import { formatDay, formatTime } from '@client/lib/format';
import { useOnline } from '@client/lib/offline/use-online';
import { Icon } from '@client/ui/icons';

/**
 * A quiet line while offline, saying how fresh the shown schedule is: the time if it was
 * updated today, the day and time if earlier.
 */
export function OfflineNotice({ slug, zone }: { slug: string; zone: string }) {
  const online = useOnline();
  const queryClient = useQueryClient();
  if (online) return null;
  const updatedAt = queryClient.getQueryState(sessionsQueryOptions(slug).queryKey)?.dataUpdatedAt;
  return (
    <p
      role="status"
      className="mb-4 flex items-center gap-2 rounded-md border border-slate-500 px-3 py-2 text-sm text-slate-800 dark:border-slate-400 dark:text-slate-200"
    >
      <Icon name="offline" className="h-4 w-4 shrink-0" />
      {updatedAt ? lastUpdated(new Date(updatedAt), zone) : t('offline.notice')}
    </p>
  );
}

function lastUpdated(at: Date, zone: string): string {
  const time = formatTime(at, zone);
  const day = localDateAt(at, zone);
  // Both instants are the device's clock (dataUpdatedAt is stamped with it).
  if (day === localDateAt(new Date(), zone)) return t('offline.lastUpdated', { time });
  return t('offline.lastUpdatedDay', { day: formatDay(day), time });
}
