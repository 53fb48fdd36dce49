export { shiftRoutes } from './routes';
