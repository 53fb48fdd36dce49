export { schedulePublishingEndpoints } from './routes';
export { insertChanges } from './repository';
export { bumpScheduleVersion, lockScheduleVersion } from './versions';
