import { type Session } from '@shared/contract/session';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { t } from '@client/i18n';
import { formatDay, formatTimeRange } from '@client/lib/format';
import { localDateAt } from '@shared/time';
import { type UrlSort } from '../lib/use-url-sort';
import { SortHeader } from './sort-header';

export const sessionSortKeys = ['title', 'code', 'time', 'room', 'state'] as const;
export type SessionSortKey = (typeof sessionSortKeys)[number];

const badge = 'rounded border px-1.5 text-xs font-semibold whitespace-nowrap';

/** Not yet published, newly created, cancelled: what an organizer checks before publishing. */
export function SessionBadges({
  session,
  drafted,
  created,
}: {
  session: Session;
  drafted: boolean;
  created: boolean;
}) {
  return (
    <>
      {drafted ? (
        <span
          className={`${badge} border-amber-700 text-amber-900 dark:border-amber-400 dark:text-amber-200`}
        >
          {t('scheduleAdmin.sessions.unpublished')}
        </span>
      ) : null}
      {created ? (
        <span
          className={`${badge} border-emerald-700 text-emerald-900 dark:border-emerald-400 dark:text-emerald-200`}
        >
          {t('sessionsAdmin.newBadge')}
        </span>
      ) : null}
      {session.status === 'cancelled' ? (
        <span className={`${badge} border-red-700 text-red-900 dark:border-red-400 dark:text-red-200`}>
          {t('session.cancelled')}
        </span>
      ) : null}
    </>
  );
}

const cell = 'px-3 py-2 align-middle';

/** The drafted sessions from laptop width on: sortable columns, each title leading to its edit form. */
export function SessionTable({
  slug,
  sessions,
  timeZone,
  roomName,
  drafted,
  created,
  sort,
}: {
  slug: string;
  sessions: readonly Session[];
  timeZone: string;
  roomName: (id: string | null) => string;
  drafted: ReadonlySet<string>;
  created: ReadonlySet<string>;
  sort: UrlSort<SessionSortKey>;
}) {
  const sorted = useMemo(() => {
    // Cancelled last, then changes waiting to be published, then new ones first among those.
    const state = (s: Session) =>
      `${s.status === 'cancelled' ? 1 : 0}${drafted.has(s.code) ? 0 : 1}${created.has(s.code) ? 0 : 1}`;
    const key: Record<SessionSortKey, (s: Session) => string> = {
      title: (s) => s.title,
      code: (s) => s.code,
      time: (s) => s.startsAt,
      room: (s) => roomName(s.roomId),
      state,
    };
    const by = key[sort.sort];
    const sign = sort.dir === 'asc' ? 1 : -1;
    return [...sessions].sort(
      (a, b) =>
        sign * by(a).localeCompare(by(b)) ||
        a.startsAt.localeCompare(b.startsAt) ||
        a.code.localeCompare(b.code),
    );
  }, [sessions, sort.sort, sort.dir, drafted, created, roomName]);

  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{t('sessionsTable.caption')}</caption>
      <thead className="border-b-2 border-slate-400 dark:border-slate-500">
        <tr>
          {sessionSortKeys.map((column) => (
            <SortHeader
              key={column}
              label={t(`sessionsTable.column.${column}`)}
              active={sort.sort === column}
              dir={sort.dir}
              onSort={() => sort.sortBy(column)}
            />
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((s) => (
          <tr key={s.code} className="border-b border-slate-200 dark:border-slate-700">
            <th scope="row" className={`${cell} text-left font-medium`}>
              <Link
                to={`/${slug}/organizer/sessions/${encodeURIComponent(s.code)}`}
                className="inline-flex min-h-11 items-center text-indigo-800 underline decoration-1 underline-offset-2 hover:decoration-2 dark:text-indigo-200"
              >
                {s.title}
              </Link>
            </th>
            <td className={`${cell} font-mono`}>{s.code}</td>
            <td className={`${cell} whitespace-nowrap`}>
              {formatDay(localDateAt(new Date(s.startsAt), timeZone))}{' '}
              {formatTimeRange(s.startsAt, s.endsAt, timeZone)}
            </td>
            <td className={cell}>{roomName(s.roomId)}</td>
            <td className={cell}>
              <span className="flex flex-wrap gap-1">
                <SessionBadges session={s} drafted={drafted.has(s.code)} created={created.has(s.code)} />
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
