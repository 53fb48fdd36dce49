export { scheduleImportRoutes } from './routes';
