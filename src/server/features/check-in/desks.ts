import type { Kysely } from 'kysely';
import {
  DESK_SILENT_AFTER_MS,
  type DeskState,
  type DeskStatus,
  type DeskStatusList,
  type deskHeartbeatSchema,
} from '@shared/contract';
import { toInstant, type Clock } from '@shared/time';
import type { z } from 'zod';
import type { Database } from '../../db/schema';
import { HttpProblem } from '../../http/problem';
import { findListRow } from './repository';

type Heartbeat = z.output<typeof deskHeartbeatSchema>;

/** Desks not heard from for this long are gone for the day and drop off the dashboard. */
const FORGET_AFTER_MS = 12 * 60 * 60 * 1000;

function stateOf(row: { online: number; seen_at: string }, now: Date, silentAfterMs: number): DeskState {
  if (now.getTime() - new Date(row.seen_at).getTime() > silentAfterMs) return 'silent';
  return row.online === 1 ? 'online' : 'offline';
}

/**
 * Keeps the latest heartbeat of a desk. Answers whether the dashboard should hear about it:
 * a new desk, a desk back from silence, or a change of mode, queue or list. A steady desk
 * every 15 s is not news, so 20 desks do not make every dashboard refetch once a second.
 */
export async function recordHeartbeat(
  db: Kysely<Database>,
  clock: Clock,
  conferenceId: string,
  userId: string,
  input: Heartbeat,
  silentAfterMs: number = DESK_SILENT_AFTER_MS,
): Promise<{ changed: boolean }> {
  if (!(await findListRow(db, conferenceId, input.listId))) {
    throw new HttpProblem('check_in_list_not_found', `There is no check-in list "${input.listId}".`);
  }
  const now = clock();
  const previous = await db
    .selectFrom('desk_heartbeats')
    .select(['online', 'queued', 'list_id', 'desk_name', 'seen_at'])
    .where('conference_id', '=', conferenceId)
    .where('desk_id', '=', input.deskId)
    .executeTakeFirst();
  const row = {
    desk_name: input.deskName,
    list_id: input.listId,
    user_id: userId,
    online: input.online ? 1 : 0,
    queued: input.queued,
    last_upload_at: input.lastUploadAt ? toInstant(new Date(input.lastUploadAt)) : null,
    seen_at: toInstant(now),
  };
  await db
    .insertInto('desk_heartbeats')
    .values({ conference_id: conferenceId, desk_id: input.deskId, ...row })
    .onConflict((oc) => oc.columns(['conference_id', 'desk_id']).doUpdateSet(row))
    .execute();
  const changed =
    !previous ||
    stateOf(previous, now, silentAfterMs) === 'silent' ||
    previous.online !== row.online ||
    Number(previous.queued) !== row.queued ||
    previous.list_id !== row.list_id ||
    previous.desk_name !== row.desk_name;
  return { changed };
}

/** Every desk heard from in the last 12 hours, with its state as of now. */
export async function listDesks(
  db: Kysely<Database>,
  clock: Clock,
  conferenceId: string,
  silentAfterMs: number = DESK_SILENT_AFTER_MS,
): Promise<DeskStatusList> {
  const now = clock();
  const rows = await db
    .selectFrom('desk_heartbeats as h')
    .leftJoin('check_in_lists as l', 'l.id', 'h.list_id')
    .select([
      'h.desk_id',
      'h.desk_name',
      'h.list_id',
      'l.name as list_name',
      'h.online',
      'h.queued',
      'h.last_upload_at',
      'h.seen_at',
    ])
    .where('h.conference_id', '=', conferenceId)
    .where('h.seen_at', '>=', toInstant(new Date(now.getTime() - FORGET_AFTER_MS)))
    .orderBy('h.desk_name')
    .orderBy('h.desk_id')
    .execute();
  const desks: DeskStatus[] = rows.map((r) => ({
    deskId: r.desk_id,
    deskName: r.desk_name,
    listId: r.list_id,
    listName: r.list_name ?? null,
    state: stateOf({ online: Number(r.online), seen_at: r.seen_at }, now, silentAfterMs),
    queued: Number(r.queued),
    lastUploadAt: r.last_upload_at,
    lastSeenAt: r.seen_at,
  }));
  return { desks, asOf: toInstant(now) };
}
