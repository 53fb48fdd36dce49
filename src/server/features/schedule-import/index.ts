export { scheduleImportRoutes } from './routes';
export { bumpScheduleVersion, lockScheduleVersion } from './repository';
