import { type QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs } from 'react-router';
import { apiPaths } from '@shared/contract/paths';
import { useState } from 'react';
import { requireRole } from '@client/features/auth';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { sessionsQueryOptions, useSessions } from '@client/features/sessions';
import { t } from '@client/i18n';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { primaryButton } from '@client/ui/button-styles';
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
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const rooms = [...conference.rooms].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  const inRoom = (id: string) => sessions.filter((s) => s.roomId === id).length;

  return (
    <ConsolePage
      slug={slug}
      title={t('console.rooms.title')}
      intro={t('console.rooms.intro', { conference: conference.name })}
      status={status}
    >
      <section aria-labelledby="new-room" className="mb-6">
        {editing === 'new' ? (
          <div className="rounded-lg border border-indigo-700 bg-white p-4 dark:border-indigo-300 dark:bg-slate-900">
            <h2 id="new-room" className="mb-3 text-lg font-semibold text-slate-900 dark:text-slate-50">
              {t('console.rooms.new')}
            </h2>
            <RoomForm
              slug={slug}
              room={null}
              onDone={(room) => {
                setEditing(null);
                setStatus(t('console.form.saved', { name: room.name }));
              }}
              onCancel={() => setEditing(null)}
            />
          </div>
        ) : (
          <button
            id="new-room"
            type="button"
            className={primaryButton}
            onClick={() => {
              setStatus(null);
              setEditing('new');
            }}
          >
            {t('console.rooms.add')}
          </button>
        )}
      </section>
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
            onEdit={() => {
              setStatus(null);
              setEditing(room.id);
            }}
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
                onDone={(saved) => {
                  setEditing(null);
                  setStatus(t('console.form.saved', { name: saved.name }));
                }}
                onCancel={() => setEditing(null)}
              />
              <DeleteControl
                slug={slug}
                path={apiPaths.room(slug, room.id)}
                kind="room"
                name={room.name}
                onDeleted={(name) => {
                  setEditing(null);
                  setStatus(t('console.form.deleted', { name }));
                }}
              />
            </div>
          </EditableItem>
        ))}
      </ul>
    </ConsolePage>
  );
}
