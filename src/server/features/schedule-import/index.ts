export { scheduleImportEndpoints } from './routes';
