export { listAudit, recordAudit, type AuditEntry } from './repository';
export { listAuditPage } from './service';
