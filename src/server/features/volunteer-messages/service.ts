import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { volunteerMessageSchema, type SendMessage, type User, type VolunteerMessage } from '@shared/contract';
import { toInstant, type Clock } from '@shared/time';
import { readJson, writeJson } from '../../db/json-column';
import type { ConferenceRow, Database } from '../../db/schema';
import { HttpProblem } from '../../http/problem';
import { recordAudit } from '../audit';
import * as repo from './repository';

type Db = Kysely<Database> | Transaction<Database>;

/** The shift as it was when a message was written: the shift itself may be gone since. */
const shiftSnapshotSchema = volunteerMessageSchema.shape.shift.unwrap();
export type ShiftSnapshot = NonNullable<VolunteerMessage['shift']>;

export interface Delivery {
  conferenceId: string;
  senderId: string | null;
  kind: VolunteerMessage['kind'];
  target: VolunteerMessage['target'];
  shift: ShiftSnapshot | null;
  body: string;
  recipientIds: string[];
  at: string;
}

/** Stores a message and who receives it. Call it inside the transaction that makes the change. */
export async function deliverMessage(db: Db, d: Delivery): Promise<string> {
  const id = randomUUID();
  const recipients = [...new Set(d.recipientIds)];
  await repo.insertMessage(
    db,
    {
      id,
      conference_id: d.conferenceId,
      sender_user_id: d.senderId,
      kind: d.kind,
      target_kind: d.target.kind,
      target_label: d.target.label,
      shift: d.shift ? writeJson(d.shift) : null,
      body: d.body,
      recipients: recipients.length,
      created_at: d.at,
    },
    recipients,
  );
  return id;
}

function toMessage(row: repo.MessageRow): VolunteerMessage {
  return {
    id: row.id,
    kind: row.kind,
    body: row.body,
    sender: row.sender_user_id && row.sender_name ? { id: row.sender_user_id, name: row.sender_name } : null,
    target: { kind: row.target_kind, label: row.target_label },
    shift: row.shift ? readJson(row.shift, shiftSnapshotSchema, 'volunteer_messages.shift') : null,
    recipients: row.recipients,
    sentAt: row.created_at,
  };
}

/**
 * Whom a coordinator writes to, as the caller found and checked it: shifts and roles belong to
 * the features above this one, which deliver their own notices through deliverMessage.
 */
export type MessageTarget =
  | { kind: 'shift'; shiftId: string; label: string; shift: ShiftSnapshot }
  | { kind: 'role'; roleId: string; label: string };

/**
 * A coordinator writes to everyone on a shift (holders and waiting) or every member of a role.
 * `findTarget` runs first in the transaction: it looks the target up and checks that `user`
 * coordinates it.
 */
export async function sendMessage(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  user: User,
  input: SendMessage,
  findTarget: (trx: Transaction<Database>) => Promise<MessageTarget>,
): Promise<VolunteerMessage> {
  const at = toInstant(clock());
  const id = await db.transaction().execute(async (trx) => {
    const target = await findTarget(trx);
    const delivery: Omit<Delivery, 'conferenceId' | 'senderId' | 'kind' | 'body' | 'at'> =
      target.kind === 'shift'
        ? {
            target: { kind: 'shift', label: target.label },
            shift: target.shift,
            recipientIds: await repo.shiftPeople(trx, target.shiftId),
          }
        : {
            target: { kind: 'role', label: target.label },
            shift: null,
            recipientIds: await repo.rolePeople(trx, target.roleId),
          };
    if (delivery.recipientIds.length === 0) {
      throw new HttpProblem('message_no_recipients', `Nobody is on ${delivery.target.label} yet.`);
    }
    const messageId = await deliverMessage(trx, {
      ...delivery,
      conferenceId: conference.id,
      senderId: user.id,
      kind: 'text',
      body: input.body,
      at,
    });
    await recordAudit(trx, {
      conferenceId: conference.id,
      userId: user.id,
      action: 'volunteers.messaged',
      subject: messageId,
      detail: { target: input.target, recipients: new Set(delivery.recipientIds).size },
      at,
    });
    return messageId;
  });
  const [row] = (await repo.sentMessages(db, conference.id, user.id)).filter((m) => m.id === id);
  return toMessage(row!);
}

export async function listMessages(
  db: Kysely<Database>,
  conference: ConferenceRow,
  user: User,
  sent: boolean,
): Promise<VolunteerMessage[]> {
  const rows = sent
    ? await repo.sentMessages(db, conference.id, user.roles.includes('organizer') ? null : user.id)
    : await repo.receivedMessages(db, conference.id, user.id);
  return rows.map(toMessage);
}
