export { listAudit, recordAudit, type AuditEntry } from './repository';
export { auditRoutes } from './routes';
export { auditOperations } from './operations';
