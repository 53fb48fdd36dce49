export { listAudit, recordAudit, type AuditEntry } from './repository';
export { auditEndpoints } from './routes';
