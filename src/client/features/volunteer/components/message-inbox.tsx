import { type VolunteerMessage } from '@shared/contract/coordination';
import { t } from '@client/i18n';
import { formatDayTime, formatWeekday } from '@client/lib/format';
import { useMessageInbox } from '../api/message-inbox';
import { formatShiftTime } from '../lib/format-shift';
import { card, muted, sectionHeading } from '@client/ui/staff-styles';

export function messageText(m: VolunteerMessage, zone: string): string {
  const when = m.shift ? `${formatWeekday(m.shift.startsAt, zone)} ${formatShiftTime(m.shift, zone)}` : '';
  if (m.kind === 'shift-cancelled' && m.shift) {
    return t('coord.inbox.cancelled', { role: m.shift.roleName, place: m.shift.place, when });
  }
  if (m.kind === 'shift-changed' && m.shift) {
    return t('coord.inbox.changed', { role: m.shift.roleName, place: m.shift.place, when });
  }
  return m.body;
}

/** Messages from coordinators, newest first; they arrive live through the stream. */
export function MessageInbox({ slug, userId, zone }: { slug: string; userId: string; zone: string }) {
  const inbox = useMessageInbox(slug, userId);
  const messages = inbox.data?.messages ?? [];
  return (
    <section aria-labelledby="mine-messages" className="mb-8">
      <h2 id="mine-messages" className={sectionHeading}>
        {t('coord.inbox.title')}
      </h2>
      {inbox.isPending ? null : messages.length === 0 ? (
        <p className={muted}>{t('coord.inbox.none')}</p>
      ) : (
        <ul className="space-y-3" aria-live="polite">
          {messages.slice(0, 20).map((m) => (
            <li key={m.id} className={card}>
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {t('coord.inbox.meta', {
                  from: m.sender?.name ?? t('coord.inbox.organizers'),
                  to: m.target.label,
                  when: formatDayTime(m.sentAt, zone),
                })}
              </p>
              <p className="mt-1 whitespace-pre-line text-slate-900 dark:text-slate-50">
                {messageText(m, zone)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
