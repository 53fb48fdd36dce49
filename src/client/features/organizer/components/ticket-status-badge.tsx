import { type TicketStatus } from '@shared/contract/ticket';
import { t } from '@client/i18n';

const styles: Record<TicketStatus, string> = {
  valid: 'border-green-700 text-green-900 dark:border-green-400 dark:text-green-200',
  cancelled: 'border-slate-600 text-slate-800 line-through dark:border-slate-400 dark:text-slate-200',
  blocked: 'border-red-700 text-red-900 dark:border-red-400 dark:text-red-200',
};

/** The status in words, framed in a colour that only repeats them. */
export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  return (
    <span className={`inline-block rounded-sm border px-1.5 py-0.5 text-xs font-semibold ${styles[status]}`}>
      {t(`ticketsAdmin.status.${status}`)}
    </span>
  );
}
