import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface AuditEntry {
  conferenceId: string | null;
  userId: string | null;
  /** Dotted verb, e.g. 'schedule.imported'. */
  action: string;
  subject?: string | null;
  detail?: Record<string, unknown>;
  at: string;
}

/** Records who changed what and when. Call it inside the transaction that makes the change. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: randomUUID(),
      conference_id: entry.conferenceId,
      user_id: entry.userId,
      action: entry.action,
      subject: entry.subject ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
      at: entry.at,
    })
    .execute();
}

export function listAudit(db: Db, conferenceId: string) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('conference_id', '=', conferenceId)
    .orderBy('at')
    .execute();
}
