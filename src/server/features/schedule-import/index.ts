export { scheduleImportEndpoints } from './routes';
export { bumpScheduleVersion, lockScheduleVersion } from './repository';
