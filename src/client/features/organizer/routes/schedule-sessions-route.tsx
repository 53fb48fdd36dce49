import { type Session } from '@shared/contract/session';
import { type QueryClient } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { Link, type LoaderFunctionArgs, useNavigate } from 'react-router';
import { requireRole } from '@client/features/auth';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { speakersQueryOptions, useSpeakers } from '@client/features/speakers';
import { t } from '@client/i18n';
import { formatDay, formatTimeRange } from '@client/lib/format';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { useMediaQuery } from '@client/lib/use-media-query';
import { primaryButton, textLink } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';
import { TextField } from '@client/ui/text-field';
import { localDateAt } from '@shared/time';
import { scheduleDraftQueryOptions, useScheduleDraft } from '../api/get-schedule-draft';
import { PublishBar } from '../components/publish-bar';
import { SessionForm } from '../components/session-form';
import { SessionBadges, sessionSortKeys, SessionTable } from '../components/session-table';
import { useUrlSort } from '../lib/use-url-sort';

export const scheduleSessionsLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    await requireRole(queryClient, request, 'organizer');
    await Promise.all([
      queryClient.ensureQueryData(conferenceQueryOptions(slug)),
      queryClient.ensureQueryData(scheduleDraftQueryOptions(slug)),
      queryClient.ensureQueryData(speakersQueryOptions(slug)),
    ]);
    return null;
  };

const matches = (s: Session, needle: string) =>
  s.code.toLowerCase().includes(needle) ||
  s.title.toLowerCase().includes(needle) ||
  s.speakers.some((p) => p.name.toLowerCase().includes(needle));

/** Every session as drafted, searchable, each leading to its edit form; the publish bar on top. */
export function ScheduleSessionsRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const draft = useScheduleDraft(slug);
  const speakers = useSpeakers(slug);
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const [text, setText] = useState('');
  const needle = useDeferredValue(text.trim().toLowerCase());
  const shown = useMemo(
    () => (needle ? draft.sessions.filter((s) => matches(s, needle)) : draft.sessions),
    [draft.sessions, needle],
  );
  const drafted = new Set(draft.changes.map((c) => c.code));
  const created = new Set(draft.changes.filter((c) => c.kind === 'new').map((c) => c.code));
  const roomName = useCallback(
    (id: string | null) => (id && conference.rooms.find((r) => r.id === id)?.name) || t('session.noRoom'),
    [conference.rooms],
  );
  // From laptop width a sortable table (?sort=room&dir=desc); phones keep the list by time.
  const wide = useMediaQuery('(min-width: 1024px)');
  const sort = useUrlSort(sessionSortKeys, 'time');

  return (
    <div className={wide ? 'max-w-6xl' : 'max-w-4xl'}>
      <p className="mb-2 text-sm">
        <Link to={`/${slug}/organizer`} className={textLink}>
          <span aria-hidden="true">← </span>
          {t('people.back')}
        </Link>
      </p>
      <PageHeading intro={t('scheduleAdmin.sessions.intro')}>{t('scheduleAdmin.sessions.title')}</PageHeading>
      <PublishBar slug={slug} conference={conference} changes={draft.changes} />
      {creating ? (
        <section
          aria-labelledby="new-session-heading"
          className="mb-6 rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
        >
          <h2 id="new-session-heading" className="text-lg font-semibold text-slate-900 dark:text-slate-50">
            {t('sessionsAdmin.newTitle')}
          </h2>
          <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">{t('sessionsAdmin.newIntro')}</p>
          <SessionForm
            slug={slug}
            conference={conference}
            speakers={speakers}
            onCreated={(s) => navigate(`/${slug}/organizer/sessions/${encodeURIComponent(s.code)}`)}
            onCancel={() => setCreating(false)}
          />
        </section>
      ) : (
        <p className="mb-4">
          <button
            type="button"
            className={`${primaryButton} w-full sm:w-auto`}
            onClick={() => setCreating(true)}
          >
            {t('sessionsAdmin.new')}
          </button>
        </p>
      )}
      <div className="mb-3">
        <TextField
          label={t('scheduleAdmin.sessions.search')}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <p role="status" className="mb-3 text-sm text-slate-700 dark:text-slate-300">
        {t('scheduleAdmin.sessions.count', { count: shown.length })}
      </p>
      {wide ? (
        <SessionTable
          slug={slug}
          sessions={shown}
          timeZone={conference.timeZone}
          roomName={roomName}
          drafted={drafted}
          created={created}
          sort={sort}
        />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white dark:divide-slate-700 dark:border-slate-700 dark:bg-slate-900">
          {shown.map((s) => (
            <li key={s.code}>
              <Link
                to={`/${slug}/organizer/sessions/${encodeURIComponent(s.code)}`}
                className="block p-3 hover:bg-slate-50 focus-visible:bg-slate-50 dark:hover:bg-slate-800 dark:focus-visible:bg-slate-800"
              >
                <span className="font-medium text-indigo-800 dark:text-indigo-200">{s.title}</span>
                <span className="ml-2 inline-flex gap-2">
                  <SessionBadges session={s} drafted={drafted.has(s.code)} created={created.has(s.code)} />
                </span>
                <span className="block text-sm text-slate-700 dark:text-slate-300">
                  {s.code} · {formatDay(localDateAt(new Date(s.startsAt), conference.timeZone))}{' '}
                  {formatTimeRange(s.startsAt, s.endsAt, conference.timeZone)} · {roomName(s.roomId)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
