import type { Kysely } from 'kysely';
import type { AuditPage, AuditQuery } from '@shared/contract';
import { auditQuerySchema } from '@shared/contract';
import { readJsonOr } from '../../db/json-column';
import type { Database, Json } from '../../db/schema';
import { HttpProblem } from '../../http/problem';
import { auditPageRows } from './repository';

/** The cursor is the last entry's (at, id), base64url: opaque to clients, cheap to check. */
const encodeCursor = (at: string, id: string) => Buffer.from(`${at}|${id}`).toString('base64url');

function decodeCursor(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!at || !id || Number.isNaN(Date.parse(at))) {
    throw new HttpProblem('validation_failed', 'The cursor is not one this API gave out.', {
      before: ['Not a valid cursor'],
    });
  }
  return { at, id };
}

function isDetailObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An entry whose detail cannot be read is still shown, without its detail: the log must open. */
const parseDetail = (text: Json<Record<string, unknown>>) =>
  readJsonOr(text, isDetailObject, 'audit_log.detail', {});

export async function listAuditPage(
  db: Kysely<Database>,
  conferenceId: string,
  input: AuditQuery,
): Promise<AuditPage> {
  const query = auditQuerySchema.parse(input);
  // One more than asked tells whether there is a next page without a count query.
  const rows = await auditPageRows(db, conferenceId, {
    limit: query.limit + 1,
    ...(query.before ? { before: decodeCursor(query.before) } : {}),
    ...(query.action ? { action: query.action } : {}),
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    entries: page.map((r) => ({
      id: r.id,
      at: r.at,
      action: r.action,
      subject: r.subject,
      detail: parseDetail(r.detail),
      actor: r.name !== null && r.email !== null ? { name: r.name, email: r.email } : null,
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.at, last.id) : null,
  };
}
