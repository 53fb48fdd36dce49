import { messageText } from '@client/features/volunteer';
import { card, muted } from '@client/ui/staff-styles';
import { t } from '@client/i18n';
import { formatDayTime } from '@client/lib/format';
import { useSentMessages } from '../api/message-send';

/** Messages already sent, newest first: what volunteers were told, to whom, and when. */
export function SentMessages({ slug, userId, zone }: { slug: string; userId: string; zone: string }) {
  const sent = useSentMessages(slug, userId);
  const messages = sent.data?.messages ?? [];
  if (sent.isPending) return null;
  if (messages.length === 0) return <p className={muted}>{t('coord.sent.none')}</p>;
  return (
    <ul className="space-y-3" aria-label={t('coord.sent.title')}>
      {messages.slice(0, 30).map((m) => (
        <li key={m.id} className={card}>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {t('coord.sent.meta', {
              to: m.target.label,
              count: m.recipients,
              from: m.sender?.name ?? t('coord.inbox.organizers'),
              when: formatDayTime(m.sentAt, zone),
            })}
          </p>
          <p className="mt-1 whitespace-pre-line text-slate-900 dark:text-slate-50">{messageText(m, zone)}</p>
        </li>
      ))}
    </ul>
  );
}
