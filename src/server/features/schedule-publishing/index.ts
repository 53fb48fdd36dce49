export { schedulePublishingRoutes } from './routes';
export { insertChanges } from './repository';
