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
import { RoomForm } from '../components/room-form';

export const roomsLoader =
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

/** The edition's rooms in schedule order, each editable in place; a new one from the top. */
export function RoomsRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const sessions = useSessions(slug);
  const { editing, status, open, cancel, saved, deleted } = useConsoleEditing();
  const rooms = [...conference.rooms].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  const inRoom = (id: string) => sessions.filter((s) => s.roomId === id).length;

  return (
    <ConsolePage
      slug={slug}
      title={t('console.rooms.title')}
      intro={t('console.rooms.intro', { conference: conference.name })}
      status={status}
    >
      <NewItemSection
        id="new-room"
        heading={t('console.rooms.new')}
        addLabel={t('console.rooms.add')}
        open={editing === 'new'}
        onOpen={() => open('new')}
      >
        <RoomForm slug={slug} room={null} onDone={saved} onCancel={cancel} />
      </NewItemSection>
      <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">
        {t('console.rooms.count', { count: rooms.length })}
      </p>
      {rooms.length === 0 ? <p>{t('console.rooms.empty')}</p> : null}
      <ul className="space-y-3">
        {rooms.map((room) => (
          <EditableItem
            key={room.id}
            title={room.name}
            editing={editing === room.id}
            onEdit={() => open(room.id)}
            facts={
              <>
                <p>
                  {t('console.rooms.position', { position: room.position })} · {room.slug} ·{' '}
                  {t('console.rooms.sessions', { count: inRoom(room.id) })}
                </p>
                <p className="break-all">
                  {room.liveStreamUrl
                    ? `${t('console.rooms.stream')}: ${room.liveStreamUrl}`
                    : t('console.rooms.noStream')}
                </p>
              </>
            }
          >
            <div className="space-y-4">
              <RoomForm
                key={`${room.id}:${room.name}:${room.slug}:${room.position}:${room.liveStreamUrl}`}
                slug={slug}
                room={room}
                onDone={saved}
                onCancel={cancel}
              />
              <DeleteControl
                slug={slug}
                path={apiPaths.room(slug, room.id)}
                kind="room"
                name={room.name}
                onDeleted={deleted}
              />
            </div>
          </EditableItem>
        ))}
      </ul>
    </ConsolePage>
  );
}
