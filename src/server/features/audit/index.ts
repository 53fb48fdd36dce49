export { listAudit, recordAudit, type AuditEntry } from './repository';
