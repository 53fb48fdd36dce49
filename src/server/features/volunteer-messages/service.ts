import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { volunteerMessageSchema, type SendMessage, type User, type VolunteerMessage } from '@shared/contract';
import { toInstant, type Clock } from '@shared/time';
import { readJson, writeJson } from '../../db/json-column';
import type { ConferenceRow, Database } from '../../db/schema';
import { HttpProblem } from '../../http/problem';
import { recordAudit } from '../audit';
import { assertCoordinates, requireVolunteerRole } from '../roles';
import { findShiftRows } from '../shifts/repository';
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

/** A coordinator writes to everyone on a shift (holders and waiting) or every member of a role. */
export async function sendMessage(
  db: Kysely<Database>,
  clock: Clock,
  conference: ConferenceRow,
  user: User,
  input: SendMessage,
): Promise<VolunteerMessage> {
  const at = toInstant(clock());
  const id = await db.transaction().execute(async (trx) => {
    let delivery: Omit<Delivery, 'conferenceId' | 'senderId' | 'kind' | 'body' | 'at'>;
    if (input.target.kind === 'shift') {
      const shiftId = input.target.shiftId;
      const [shift] = await findShiftRows(trx, { conferenceId: conference.id, id: shiftId });
      if (!shift) throw new HttpProblem('shift_not_found', `There is no shift "${shiftId}".`);
      assertCoordinates(user, { coordinator_user_id: shift.coordinator_user_id, name: shift.role_name });
      const snapshot = {
        roleName: shift.role_name,
        place: shift.place,
        startsAt: shift.starts_at,
        endsAt: shift.ends_at,
      };
      delivery = {
        target: { kind: 'shift', label: `${shift.role_name} · ${shift.place}` },
        shift: snapshot,
        recipientIds: await repo.shiftPeople(trx, shift.id),
      };
    } else {
      const role = await requireVolunteerRole(trx, conference, input.target.role);
      assertCoordinates(user, role);
      delivery = {
        target: { kind: 'role', label: role.name },
        shift: null,
        recipientIds: await repo.rolePeople(trx, role.id),
      };
    }
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
