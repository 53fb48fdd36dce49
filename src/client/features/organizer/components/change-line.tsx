import { type Conference } from '@shared/contract/conference';
import { type ScheduleChange } from '@shared/contract/schedule-changes';
import { t } from '@client/i18n';
import { formatDayTime } from '@client/lib/format';

const kindStyles = {
  new: 'border-green-700 text-green-900 dark:border-green-400 dark:text-green-200',
  moved: 'border-amber-700 text-amber-900 dark:border-amber-400 dark:text-amber-200',
  cancelled: 'border-red-700 text-red-900 dark:border-red-400 dark:text-red-200',
  changed: 'border-indigo-700 text-indigo-900 dark:border-indigo-400 dark:text-indigo-200',
} as const;

/** One changelog entry as an organizer reviews it before publishing: the kind, then what moved where. */
export function ChangeLine({ change, conference }: { change: ScheduleChange; conference: Conference }) {
  const roomName = (id: string | null) =>
    (id && conference.rooms.find((r) => r.id === id)?.name) || t('session.noRoom');
  const when = (instant: string) => formatDayTime(instant, conference.timeZone);
  const details: string[] = [];
  const { before, after } = change;
  if (before && before.roomId !== after.roomId) {
    details.push(
      t('scheduleAdmin.change.room', { from: roomName(before.roomId), to: roomName(after.roomId) }),
    );
  }
  if (before && before.startsAt !== after.startsAt) {
    details.push(t('scheduleAdmin.change.time', { from: when(before.startsAt), to: when(after.startsAt) }));
  }
  const others = change.fields.filter((f) => !['roomId', 'startsAt', 'status'].includes(f));
  if (others.length > 0) {
    details.push(
      t('scheduleAdmin.change.fields', {
        fields: others.map((f) => t(`scheduleAdmin.field.${f}`)).join(', '),
      }),
    );
  }
  return (
    <li className="py-2">
      <span
        className={`mr-2 inline-block rounded border px-1.5 text-xs font-semibold uppercase ${kindStyles[change.kind]}`}
      >
        {t(`scheduleAdmin.kind.${change.kind}`)}
      </span>
      <span className="font-medium text-slate-900 dark:text-slate-50">{change.title}</span>{' '}
      <span className="text-sm text-slate-600 dark:text-slate-400">({change.code})</span>
      {details.length > 0 ? (
        <span className="block text-sm text-slate-700 dark:text-slate-300">{details.join(' · ')}</span>
      ) : null}
    </li>
  );
}
