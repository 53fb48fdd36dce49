export { conferenceEndpoints } from './routes';
export { auditEndpoints } from './audit-routes';
export { streamEndpoints } from './stream-routes';
export { getConference, requireConference } from './service';
export { conferenceOf } from './request';
