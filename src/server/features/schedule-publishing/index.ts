export { schedulePublishingEndpoints } from './routes';
export { insertChanges } from './repository';
