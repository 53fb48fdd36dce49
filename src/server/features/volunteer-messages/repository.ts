import type { Kysely, Transaction } from 'kysely';
import type { Database, VolunteerMessagesTable } from '../../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export async function insertMessage(
  db: Db,
  row: Omit<VolunteerMessagesTable, 'seq'>,
  recipientIds: string[],
) {
  const last = await db
    .selectFrom('volunteer_messages')
    .select((eb) => eb.fn.max<number | null>('seq').as('max'))
    .where('conference_id', '=', row.conference_id)
    .executeTakeFirst();
  await db
    .insertInto('volunteer_messages')
    .values({ ...row, seq: Number(last?.max ?? 0) + 1 })
    .execute();
  // Slices keep each statement well under SQLite's bound-parameter limit.
  for (let i = 0; i < recipientIds.length; i += 400) {
    await db
      .insertInto('volunteer_message_recipients')
      .values(recipientIds.slice(i, i + 400).map((user_id) => ({ message_id: row.id, user_id })))
      .execute();
  }
}

function messageQuery(db: Db, conferenceId: string) {
  return db
    .selectFrom('volunteer_messages as m')
    .leftJoin('users as u', 'u.id', 'm.sender_user_id')
    .selectAll('m')
    .select('u.name as sender_name')
    .where('m.conference_id', '=', conferenceId)
    .orderBy('m.created_at', 'desc')
    .orderBy('m.seq', 'desc')
    .limit(200);
}

export function receivedMessages(db: Db, conferenceId: string, userId: string) {
  return messageQuery(db, conferenceId)
    .innerJoin('volunteer_message_recipients as r', 'r.message_id', 'm.id')
    .where('r.user_id', '=', userId)
    .execute();
}

/** Coordinators' own messages; organizers see every coordinator's. */
export function sentMessages(db: Db, conferenceId: string, senderId: string | null) {
  let query = messageQuery(db, conferenceId).where('m.kind', '=', 'text');
  if (senderId) query = query.where('m.sender_user_id', '=', senderId);
  return query.execute();
}
export type MessageRow = Awaited<ReturnType<typeof receivedMessages>>[number];

/** Everyone on a shift: holders and those waiting for a place. */
export async function shiftPeople(db: Db, shiftId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('shift_signups')
    .select('user_id')
    .where('shift_id', '=', shiftId)
    .execute();
  return rows.map((r) => r.user_id);
}

/** Every member of a role, confirmed or still waiting for the briefing. */
export async function rolePeople(db: Db, roleId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('volunteer_role_members')
    .select('user_id')
    .where('role_id', '=', roleId)
    .execute();
  return rows.map((r) => r.user_id);
}
