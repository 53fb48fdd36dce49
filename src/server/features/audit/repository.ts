import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type SqlBool, type Transaction } from 'kysely';
import { writeJson } from '../../db/json-column';
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
      detail: writeJson(entry.detail ?? {}),
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

/**
 * One page of a conference's log, newest first. Entries of the same instant are ordered by
 * id, so (at, id) is a total order and a page boundary never skips or repeats an entry.
 */
export function auditPageRows(
  db: Db,
  conferenceId: string,
  page: { limit: number; before?: { at: string; id: string }; action?: string },
) {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.id', 'a.at', 'a.action', 'a.subject', 'a.detail', 'u.name', 'u.email'])
    .where('a.conference_id', '=', conferenceId);
  if (page.before) {
    const { at, id } = page.before;
    query = query.where((eb) =>
      eb.or([eb('a.at', '<', at), eb.and([eb('a.at', '=', at), eb('a.id', '<', id)])]),
    );
  }
  if (page.action) {
    // A prefix match with the LIKE wildcards of the filter escaped (dots and dashes are literal anyway).
    const pattern = `${page.action.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    query = query.where(sql<SqlBool>`${sql.ref('a.action')} like ${pattern} escape '\\'`);
  }
  return query.orderBy('a.at', 'desc').orderBy('a.id', 'desc').limit(page.limit).execute();
}
