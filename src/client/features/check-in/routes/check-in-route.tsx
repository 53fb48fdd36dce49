import { conferenceDayOf } from '@shared/time';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { type LoaderFunctionArgs } from 'react-router';
import { requireRole, useMe } from '@client/features/auth';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { t } from '@client/i18n';
import { serverNow } from '@client/lib/server-clock';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { Alert } from '@client/ui/alert';
import { secondaryButton } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';
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

/** The check-in desk: choose a list and a desk name, then scan, search and admit. */
export function CheckInRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const lists = useCheckInLists(slug).data?.lists ?? [];
  const settings = useDeskSettings();
  const me = useMe().data;
  const [editing, setEditing] = useState(false);
  const list = lists.find((l) => l.id === settings.listIds[slug]);
  const configured = !!list && settings.deskName !== '' && !editing;

  return (
    <div className="max-w-3xl space-y-5">
      <PageHeading>{t('checkIn.title')}</PageHeading>
      {configured ? (
        <Desk
          slug={slug}
          list={list}
          timeZone={conference.timeZone}
          days={conference.days}
          onChange={() => setEditing(true)}
        />
      ) : (
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
      )}
    </div>
  );
}

interface DeskProps {
  slug: string;
  list: CheckInList;
  timeZone: string;
  days: readonly { date: string }[];
  onChange: () => void;
}

function Desk({ slug, list, timeZone, days, onChange }: DeskProps) {
  const queryClient = useQueryClient();
  const me = useMe().data;
  const deskName = useDeskSettings((s) => s.deskName);
  const sounds = useDeskSettings((s) => s.sounds);
  const types = useTicketTypes(slug).data?.ticketTypes ?? [];
  // Kept fresh in the background, so an offline desk has today's keys and revocations.
  useSigningKeys(slug);
  useRevocations(slug, queryClient);
  const desk = useDesk(slug, timeZone, list);
  const index = useOfflineTicketSearch(slug);
  useDeskHeartbeat(slug, list.id);
  const [camera, setCamera] = useState(false);
  const { outcome, dismiss } = desk;

  useWedgeScanner((code) => void desk.scan({ qr: code }));

  useEffect(() => {
    if (!outcome) return;
    const timer = setTimeout(dismiss, toneOf(outcome.verdict) === 'admit' ? CLEAR_ADMIT_MS : CLEAR_OTHER_MS);
    return () => clearTimeout(timer);
  }, [outcome, dismiss]);

  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900">
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="font-semibold text-slate-700 dark:text-slate-300">{t('desk.list')}</dt>
          <dd>{list.name}</dd>
          <dt className="font-semibold text-slate-700 dark:text-slate-300">{t('desk.deskName')}</dt>
          <dd>{deskName}</dd>
          {me ? (
            <>
              <dt className="font-semibold text-slate-700 dark:text-slate-300">{t('desk.staff')}</dt>
              <dd>{me.name}</dd>
            </>
          ) : null}
        </dl>
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
          <button type="button" className={secondaryButton} onClick={onChange}>
            {t('desk.change')}
          </button>
        </div>
      </div>
      <ConnectionStatus offline={desk.offline} queued={desk.queued} />
      <SetAsideScans slug={slug} timeZone={timeZone} />
      <DeskCounts slug={slug} listId={list.id} day={deskDay(timeZone, days)} />
      {desk.failure ? (
        <Alert tone="error">
          <p className="font-semibold">{t('desk.scanFailed')}</p>
          <p>{desk.failure.message}</p>
        </Alert>
      ) : null}
      <section aria-labelledby="desk-camera-title" className="space-y-2">
        <div className="flex items-center justify-between gap-3">
          <h2 id="desk-camera-title" className="text-lg font-semibold">
            {t('desk.scanTitle')}
          </h2>
          <button
            type="button"
            className={secondaryButton}
            aria-pressed={camera}
            onClick={() => setCamera(!camera)}
          >
            {camera ? t('desk.stopCamera') : t('desk.startCamera')}
          </button>
        </div>
        {camera ? <CameraScanner onCode={(code) => void desk.scan({ qr: code })} /> : null}
        <p className="text-sm text-slate-700 dark:text-slate-300">{t('desk.wedgeHint')}</p>
      </section>
      <TicketSearch
        slug={slug}
        types={types}
        offline={desk.offline}
        index={index}
        onCheckIn={(ticket, typeName) => void desk.scan({ ticket, typeName })}
        onCode={(code) => void desk.scan({ qr: code })}
      />
      <RecentScans recent={desk.recent} timeZone={timeZone} onUndo={desk.undo} undoing={desk.undoing} />
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
