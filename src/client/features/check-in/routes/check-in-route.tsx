import { conferenceDayOf } from '@shared/time';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { hasRole, requireRole, useMe } from '@client/features/auth';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { t } from '@client/i18n';
import { formatDay } from '@client/lib/format';
import { useConferenceStream } from '@client/lib/live/use-conference-stream';
import { serverNow } from '@client/lib/server-clock';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { Alert } from '@client/ui/alert';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';
import { checkInListsQueryOptions, useCheckInLists } from '../api/get-check-in-lists';
import { checkInStatsQueryOptions } from '../api/get-check-in-stats';
import { useRevocations, revocationsQueryOptions } from '../api/get-revocations';
import { signingKeysQueryOptions, useSigningKeys } from '../api/get-signing-keys';
import { ticketTypesQueryOptions, useTicketTypes } from '../api/get-ticket-types';
import { CameraScanner } from '../components/camera-scanner';
import { ConnectionStatus } from '../components/connection-status';
import { DeskCounts } from '../components/desk-counts';
import { DeskSetup } from '../components/desk-setup';
import { RecentScans } from '../components/recent-scans';
import { SetAsideScans } from '../components/set-aside-scans';
import { TicketSearch } from '../components/ticket-search';
import { VerdictScreen } from '../components/verdict-screen';
import { toneOf } from '../lib/desk-outcome';
import { useDeskSettings } from '../lib/desk-settings-store';
import { playVerdictSound } from '../lib/desk-sounds';
import { useDesk } from '../lib/use-desk';
import { useDeskHeartbeat } from '../lib/use-desk-heartbeat';
import { useOfflineTicketSearch } from '../lib/use-offline-ticket-search';
import { useWedgeScanner } from '../lib/use-wedge-scanner';
import { type CheckInList } from '@shared/contract/check-in';

/** An admission clears quickly so the queue keeps moving; a refusal stays long enough to explain. */
const CLEAR_ADMIT_MS = 4000;
const CLEAR_OTHER_MS = 8000;

/** Today's conference day, or null outside the event (the figures then cover all of it). */
function deskDay(timeZone: string, days: readonly { date: string }[]): string | null {
  const day = conferenceDayOf(serverNow(), timeZone);
  return days.some((d) => d.date === day) ? day : null;
}

export const checkInLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    await requireRole(queryClient, request, 'checkin');
    const conference = await queryClient.ensureQueryData(conferenceQueryOptions(slug));
    // Everything an offline desk needs to judge a code is loaded before the first scan.
    await Promise.all([
      queryClient.ensureQueryData(checkInListsQueryOptions(slug)),
      queryClient.ensureQueryData(ticketTypesQueryOptions(slug)),
      queryClient.ensureQueryData(signingKeysQueryOptions(slug)),
      queryClient.ensureQueryData(revocationsQueryOptions(slug, queryClient)),
    ]);
    void queryClient.prefetchQuery(
      checkInStatsQueryOptions(slug, deskDay(conference.timeZone, conference.days)),
    );
    return null;
  };

/**
 * The check-in desk, a full-screen mode of its own: a bar with the way out and, once set up,
 * the list, day and desk name and whether the desk is online; then scan, search and admit.
 */
export function CheckInRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const lists = useCheckInLists(slug).data?.lists ?? [];
  const settings = useDeskSettings();
  const me = useMe().data;
  const [editing, setEditing] = useState(false);
  const list = lists.find((l) => l.id === settings.listIds[slug]);
  const configured = !!list && settings.deskName !== '' && !editing;
  useConferenceStream(slug);
  const exitTo = hasRole(me, 'organizer') ? `/${slug}/organizer` : `/${slug}`;

  return (
    <div className="min-h-dvh bg-slate-50 dark:bg-slate-950">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
      >
        {t('app.skipToContent')}
      </a>
      {configured ? (
        <Desk
          slug={slug}
          list={list}
          conferenceName={conference.name}
          timeZone={conference.timeZone}
          days={conference.days}
          exitTo={exitTo}
          onChange={() => setEditing(true)}
        />
      ) : (
        <>
          <DeskBar exitTo={exitTo} title={t('checkIn.title')} conferenceName={conference.name} />
          <main id="main" tabIndex={-1} className="mx-auto max-w-3xl space-y-5 px-4 py-5">
            <DeskSetup
              lists={lists}
              listId={list?.id}
              deskName={settings.deskName}
              staffName={me?.name}
              onSave={(listId, name) => {
                settings.setListId(slug, listId);
                settings.setDeskName(name);
                setEditing(false);
              }}
              onCancel={list && settings.deskName ? () => setEditing(false) : undefined}
            />
          </main>
        </>
      )}
    </div>
  );
}

/** The desk's own top bar: what this page is, the way out, and whatever the desk must keep in view. */
function DeskBar({
  exitTo,
  title,
  conferenceName,
  children,
}: {
  exitTo: string;
  title: string;
  /** Which edition this desk admits to: one deployment can run several. */
  conferenceName: string;
  children?: ReactNode;
}) {
  return (
    <header className="sticky top-0 z-30 border-b border-slate-300 bg-white pt-[env(safe-area-inset-top)] dark:border-slate-700 dark:bg-slate-900">
      <div className="mx-auto max-w-3xl space-y-2 px-4 py-2">
        <div className="flex items-center justify-between gap-3">
          <div className="min-w-0">
            <h1 className="truncate text-lg font-bold">{title}</h1>
            <p className="truncate text-sm text-slate-700 dark:text-slate-300">{conferenceName}</p>
          </div>
          <Link to={exitTo} className={`${secondaryButton} min-h-11`}>
            {t('desk.leave')}
          </Link>
        </div>
        {children}
      </div>
    </header>
  );
}

interface DeskProps {
  slug: string;
  conferenceName: string;
  list: CheckInList;
  timeZone: string;
  days: readonly { date: string }[];
  exitTo: string;
  onChange: () => void;
}

function Desk({ slug, conferenceName, list, timeZone, days, exitTo, onChange }: DeskProps) {
  const queryClient = useQueryClient();
  const me = useMe().data;
  const deskName = useDeskSettings((s) => s.deskName);
  const sounds = useDeskSettings((s) => s.sounds);
  const types = useTicketTypes(slug).data?.ticketTypes ?? [];
  // Kept fresh in the background, so an offline desk has today's keys and revocations.
  useSigningKeys(slug);
  useRevocations(slug, queryClient);
  const index = useOfflineTicketSearch(slug);
  const desk = useDesk(slug, timeZone, list, index);
  useDeskHeartbeat(slug, list.id);
  const [camera, setCamera] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const { outcome, dismiss } = desk;
  const day = deskDay(timeZone, days);

  useWedgeScanner((code) => void desk.scan({ qr: code }));

  useEffect(() => {
    if (!outcome) return;
    const timer = setTimeout(dismiss, toneOf(outcome.verdict) === 'admit' ? CLEAR_ADMIT_MS : CLEAR_OTHER_MS);
    return () => clearTimeout(timer);
  }, [outcome, dismiss]);

  return (
    <>
      <DeskBar exitTo={exitTo} title={t('checkIn.title')} conferenceName={conferenceName}>
        <p className="flex flex-wrap gap-x-2 text-sm" data-testid="desk-context">
          <span>
            <span className="sr-only">{t('desk.list')}: </span>
            <span className="font-semibold">{list.name}</span>
          </span>
          <span aria-hidden="true">·</span>
          <span>{day ? formatDay(day) : t('desk.allDays')}</span>
          <span aria-hidden="true">·</span>
          <span>
            <span className="sr-only">{t('desk.deskName')}: </span>
            {deskName}
          </span>
        </p>
        <ConnectionStatus offline={desk.offline} queued={desk.queued} />
      </DeskBar>
      <main id="main" tabIndex={-1} className="mx-auto max-w-3xl space-y-5 px-4 pt-4 pb-32">
        <SetAsideScans slug={slug} timeZone={timeZone} />
        {desk.failure ? (
          <Alert tone="error">
            <p className="font-semibold">{t('desk.scanFailed')}</p>
            <p>{desk.failure.message}</p>
          </Alert>
        ) : null}
        {camera ? (
          <section aria-label={t('desk.scanTitle')}>
            <CameraScanner onCode={(code) => void desk.scan({ qr: code })} />
          </section>
        ) : null}
        <TicketSearch
          slug={slug}
          listId={list.id}
          timeZone={timeZone}
          day={day}
          types={types}
          offline={desk.offline}
          index={index}
          inputRef={searchRef}
          onCheckIn={(ticket, typeName) => void desk.scan({ ticket, typeName })}
          onCode={(code) => void desk.scan({ qr: code })}
        />
        <RecentScans recent={desk.recent} timeZone={timeZone} onUndo={desk.undo} undoing={desk.undoing} />
        <DeskCounts slug={slug} listId={list.id} day={day} />
        <p className="text-sm text-slate-700 dark:text-slate-300">{t('desk.wedgeHint')}</p>
        <section
          aria-label={t('desk.settings')}
          className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
        >
          {me ? (
            <p className="text-sm">
              <span className="font-semibold text-slate-700 dark:text-slate-300">{t('desk.staff')}</span>{' '}
              {me.name}
            </p>
          ) : null}
          <div className="flex flex-wrap items-center gap-3">
            <label className="flex min-h-11 items-center gap-2 text-sm font-medium">
              <input
                type="checkbox"
                className="size-5 accent-indigo-700"
                checked={sounds}
                onChange={(e) => {
                  useDeskSettings.getState().setSounds(e.target.checked);
                  // A sample, so staff hear what an admission sounds like (and the browser allows audio).
                  if (e.target.checked) playVerdictSound('admit');
                }}
              />
              {t('desk.sounds')}
            </label>
            <button type="button" className={`${secondaryButton} min-h-11`} onClick={onChange}>
              {t('desk.change')}
            </button>
          </div>
        </section>
      </main>
      {/* Under the thumb: the two ways to find a ticket. */}
      <div className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-300 bg-white/95 px-4 pt-2 pb-[max(0.5rem,env(safe-area-inset-bottom))] backdrop-blur dark:border-slate-700 dark:bg-slate-900/95">
        <div className="mx-auto grid max-w-3xl grid-cols-2 gap-3">
          <button
            type="button"
            className={`${primaryButton} min-h-12`}
            aria-pressed={camera}
            onClick={() => setCamera(!camera)}
          >
            {camera ? t('desk.stopCamera') : t('desk.startCamera')}
          </button>
          <button
            type="button"
            className={`${secondaryButton} min-h-12`}
            onClick={() => {
              searchRef.current?.scrollIntoView({ block: 'center' });
              searchRef.current?.focus();
            }}
          >
            {t('desk.findByName')}
          </button>
        </div>
      </div>
      {outcome ? (
        <VerdictScreen
          outcome={outcome}
          timeZone={timeZone}
          onDismiss={dismiss}
          onUndo={desk.undo}
          undoing={desk.undoing}
        />
      ) : null}
    </>
  );
}
