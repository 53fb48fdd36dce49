import { type VerdictCode } from '@shared/contract/check-in';
import { localDateAt } from '@shared/time';
import { useCheckInLists, useScans } from '@client/features/check-in';
import { useConference } from '@client/features/conference';
import { t } from '@client/i18n';
import { formatDay, formatTime } from '@client/lib/format';
import { problemMessage } from '@client/ui/forms/problem-messages';

/** Every scan of one ticket, newest first: where and when it came in, and what desks answered. */
export function TicketScanHistory({ slug, ticketId }: { slug: string; ticketId: string }) {
  const scans = useScans(slug, { ticketId, limit: 50 });
  const lists = useCheckInLists(slug).data?.lists ?? [];
  const { timeZone } = useConference(slug);
  if (scans.isPending) return <p className="mt-3 text-sm">{t('ticketsAdmin.scans.loading')}</p>;
  if (scans.isError) {
    return (
      <p role="alert" className="mt-3 text-sm text-red-800 dark:text-red-300">
        {problemMessage(scans.error)}
      </p>
    );
  }
  if (scans.data.scans.length === 0) {
    return <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">{t('ticketsAdmin.scans.none')}</p>;
  }
  return (
    <ol className="mt-3 space-y-1 text-sm text-slate-800 dark:text-slate-200">
      {scans.data.scans.map((scan) => (
        <li key={scan.id}>
          {t('ticketsAdmin.scans.line', {
            day: formatDay(localDateAt(new Date(scan.scannedAt), timeZone)),
            time: formatTime(scan.scannedAt, timeZone),
            direction: t(`ticketsAdmin.scans.${scan.direction}`),
            list: lists.find((l) => l.id === scan.listId)?.name ?? scan.listId,
            desk: scan.deskName,
            verdict: t(`ticketsAdmin.verdict.${scan.verdict as VerdictCode}`),
          })}
          {scan.undoneAt ? ` ${t('ticketsAdmin.scans.undone')}` : ''}
          {scan.conflict ? ` ${t('ticketsAdmin.scans.conflict')}` : ''}
        </li>
      ))}
    </ol>
  );
}
