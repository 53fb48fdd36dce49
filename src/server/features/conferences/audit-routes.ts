import { apiRoutes, auditPageSchema, auditQuerySchema, type AuditPage } from '@shared/contract';
import { endpoint, endpointGroup } from '../../http/endpoint';
import { listAuditPage } from '../audit';
import { conferenceOf } from './request';

/**
 * Who changed what in an edition, for organizers. Served here rather than by the audit feature,
 * which every feature (this one too) writes to: audit needs nothing of conferences that way.
 */
export const auditEndpoints = endpointGroup('audit', { tag: 'audit' }, [
  endpoint({
    method: 'get',
    path: apiRoutes.audit,
    summary: "The edition's audit log, newest first; `before` pages on, `action` filters by prefix",
    query: auditQuerySchema,
    responses: { 200: auditPageSchema },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found'],
    auth: 'organizer',
    handler:
      (deps) =>
      async (c, { query }) => {
        const conference = await conferenceOf(deps, c);
        const body: AuditPage = await listAuditPage(deps.db, conference.id, query());
        return c.json(body, 200, { 'Cache-Control': 'no-store' });
      },
  }),
]);
