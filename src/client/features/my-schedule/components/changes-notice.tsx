import { type Conference } from '@shared/contract/conference';
import { type Session } from '@shared/contract/session';
import { Link } from 'react-router';
import { t } from '@client/i18n';
import { formatTime } from '@client/lib/format';
import { Icon } from '@client/ui/icons';
import { type Change, orderChanges } from '../lib/changes';
import { useStarredCodes } from '../my-schedule-store';

/** "What changed since you last looked", your starred sessions first; dismissed by marking seen. */
export function ChangesNotice({
  conference,
  sessions,
  changes,
  zone,
  onSeen,
}: {
  conference: Conference;
  sessions: readonly Session[];
  changes: ReadonlyMap<string, Change>;
  zone: string;
  onSeen: () => void;
}) {
  const starred = useStarredCodes(conference.slug);
  if (changes.size === 0) return null;
  const ordered = orderChanges(changes, sessions, starred);
  const mine = ordered.filter((s) => starred.includes(s.code)).length;
  return (
    <section
      aria-labelledby="changes-heading"
      className="mb-4 rounded-md border-l-4 border-indigo-700 bg-indigo-50 p-3 text-indigo-900 dark:border-indigo-400 dark:bg-indigo-950 dark:text-indigo-100"
    >
      <h2 id="changes-heading" className="flex items-center gap-2 font-bold">
        <Icon name="changed" className="h-5 w-5" />
        {t('changes.title', { count: changes.size })}
      </h2>
      {mine > 0 ? <p className="text-sm">{t('changes.mine', { count: mine })}</p> : null}
      <details className="mt-1">
        <summary className="min-h-11 cursor-pointer py-3 text-sm font-medium underline underline-offset-2">
          {t('changes.show')}
        </summary>
        <ul className="mt-2 space-y-1 text-sm">
          {ordered.slice(0, 30).map((s) => (
            <li key={s.code}>
              <span className="font-semibold">
                {changes.get(s.code) === 'new'
                  ? t('session.new')
                  : s.status === 'cancelled'
                    ? t('session.cancelled')
                    : t('session.changed')}
                {starred.includes(s.code) ? ` · ${t('changes.starred')}` : ''}
              </span>
              {': '}
              <Link to={`/${conference.slug}/sessions/${s.code}`} className="underline underline-offset-2">
                {s.title}
              </Link>{' '}
              <span className="tabular-nums">({formatTime(s.startsAt, zone)})</span>
            </li>
          ))}
        </ul>
      </details>
      <button
        type="button"
        className="mt-1 inline-flex min-h-11 items-center text-sm font-semibold underline underline-offset-2"
        onClick={onSeen}
      >
        {t('changes.markSeen')}
      </button>
    </section>
  );
}
