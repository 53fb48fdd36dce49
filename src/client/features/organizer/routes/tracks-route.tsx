import { type QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs } from 'react-router';
import { apiPaths } from '@shared/contract/paths';
import { requireRole } from '@client/features/auth';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { sessionsQueryOptions, useSessions } from '@client/features/sessions';
import { t } from '@client/i18n';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { NewItemSection } from '../components/new-item-section';
import { useConsoleEditing } from '../lib/use-console-editing';
import { ConsolePage } from '../components/console-page';
import { DeleteControl } from '../components/delete-control';
import { EditableItem } from '../components/editable-item';
import { TrackForm } from '../components/track-form';
import { ratioOnWhite } from '../lib/color';

export const tracksLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    await requireRole(queryClient, request, 'organizer');
    await Promise.all([
      queryClient.ensureQueryData(conferenceQueryOptions(slug)),
      queryClient.ensureQueryData(sessionsQueryOptions(slug)),
    ]);
    return null;
  };

/** The edition's tracks with their colours, each editable in place. */
export function TracksRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const sessions = useSessions(slug);
  const { editing, status, open, cancel, saved, deleted } = useConsoleEditing();
  const tracks = [...conference.tracks].sort((a, b) => a.name.localeCompare(b.name));
  const inTrack = (id: string) => sessions.filter((s) => s.trackId === id).length;

  return (
    <ConsolePage
      slug={slug}
      title={t('console.tracks.title')}
      intro={t('console.tracks.intro', { conference: conference.name })}
      status={status}
    >
      <NewItemSection
        id="new-track"
        heading={t('console.tracks.new')}
        addLabel={t('console.tracks.add')}
        open={editing === 'new'}
        onOpen={() => open('new')}
      >
        <TrackForm slug={slug} track={null} onDone={saved} onCancel={cancel} />
      </NewItemSection>
      {tracks.length === 0 ? <p>{t('console.tracks.empty')}</p> : null}
      <ul className="space-y-3">
        {tracks.map((track) => (
          <EditableItem
            key={track.id}
            title={track.name}
            badge={
              <span
                aria-hidden="true"
                className="inline-block h-4 w-4 shrink-0 rounded-full border border-slate-400"
                style={{ backgroundColor: track.color }}
              />
            }
            editing={editing === track.id}
            onEdit={() => open(track.id)}
            facts={
              <p>
                {track.slug} · <span className="font-mono">{track.color}</span> (
                {t('console.tracks.contrast', { ratio: (ratioOnWhite(track.color) ?? 0).toFixed(1) })}) ·{' '}
                {t('console.rooms.sessions', { count: inTrack(track.id) })}
              </p>
            }
          >
            <div className="space-y-4">
              <TrackForm
                key={`${track.id}:${track.name}:${track.slug}:${track.color}`}
                slug={slug}
                track={track}
                onDone={saved}
                onCancel={cancel}
              />
              <DeleteControl
                slug={slug}
                path={apiPaths.track(slug, track.id)}
                kind="track"
                name={track.name}
                onDeleted={deleted}
              />
            </div>
          </EditableItem>
        ))}
      </ul>
    </ConsolePage>
  );
}
