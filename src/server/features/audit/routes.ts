import { Hono } from 'hono';
import { apiRoutes, auditQuerySchema, type AuditPage } from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { readQuery } from '../../http/body';
import { slugParam } from '../../http/params';
import { requireRole } from '../auth';
import { requireConference } from '../conferences';
import { listAuditPage } from './service';

/** Who changed what in an edition, for organizers. */
export function auditRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get(apiRoutes.audit, requireRole('organizer'), async (c) => {
    const conference = await requireConference(deps.db, slugParam(c));
    const query = readQuery(c, auditQuerySchema);
    const body: AuditPage = await listAuditPage(deps.db, conference.id, query);
    return c.json(body, 200, { 'Cache-Control': 'no-store' });
  });
}
