import { apiRoutes, auditPageSchema, auditQuerySchema } from '@shared/contract';
import type { Operation } from '../../openapi/operations';

export const auditOperations: Operation[] = [
  {
    method: 'get',
    path: apiRoutes.audit,
    summary: "The edition's audit log, newest first; `before` pages on, `action` filters by prefix",
    tag: 'audit',
    query: auditQuerySchema,
    responses: { 200: auditPageSchema },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found'],
    auth: 'organizer',
  },
];
